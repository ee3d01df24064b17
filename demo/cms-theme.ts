/**
 * The global CSS of a typical CMS theme, the kind the widgets meet on real city sites: a 62.5% root
 * font size, upper-case letter-spaced buttons, bordered tables, icon-sized SVGs, underlined red links.
 * The demo page uses it (demo/index.html), and a test checks that none of it reaches inside a widget.
 */
export const HOSTILE_CSS = `
html { font-size: 62.5%; }
body { font-size: 1.6rem; line-height: 2; letter-spacing: 0.02em; word-spacing: 0.1em; text-transform: none; }
* { box-sizing: content-box; }
button { background: #b00020; color: #fff; border: 0; border-radius: 0; padding: 20px 30px; font-size: 1.4rem;
  text-transform: uppercase; letter-spacing: 0.2em; min-width: 120px; }
table { border: 3px double #000; width: auto; border-collapse: separate; border-spacing: 6px; }
th, td { padding: 18px; border: 1px solid #999; font-size: 1.2rem; }
svg { width: 24px; height: 24px; fill: currentColor; }
a { color: #d00; text-decoration: underline dotted; font-weight: bold; }
h2, h3 { font-family: Georgia, serif; font-size: 3.2rem; text-transform: uppercase; margin: 2em 0; }
p { margin: 0 0 2.4rem; font-size: 1.8rem; }
ul li::before { content: '» '; }
li { list-style: square; margin: 1em 0; }
select, input { border: 2px solid #000; padding: 12px; font-size: 1.6rem; }
`;

/** Puts the theme on the page (a constructed sheet: nothing for a strict CSP to object to). */
export function applyCmsTheme(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOSTILE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
