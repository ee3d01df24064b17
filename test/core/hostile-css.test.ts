/**
 * A CMS theme's global CSS must not reach inside the widgets: the same widgets on the same feed are laid
 * out the same with and without it (only what the theme sets on the host's box itself may differ).
 *
 * Two themes: the demo's typical CMS theme (demo/cms-theme.css, the stylesheet its city page links), and a hostile one that marks everything
 * `!important` on `*` (which reaches the host element itself, and through inheritance everything in its
 * shadow root), writes rules that look like they could reach inside (`:host`, `::slotted`, descendant
 * selectors through the host, attribute selectors on parts) and resets `all` on every element. Every
 * element, in every view and state, with its dialog, card, details and filters open.
 *
 * By design the widgets follow the page's font family and size (they inherit the host's font), and the
 * page may style the parts the kit exposes (`::part()`): the hostile theme sets neither. The kit pins the
 * text metrics a theme usually sets (line height, letter and word spacing, case, indent, alignment,
 * white space, style, weight, variant, shadow, word breaking, fill colour, colour, box sizing, writing
 * mode) over any rule of the page. Direction still follows the page (right-to-left is supported), and so
 * do the font's family and size.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/twinning-kit.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

/**
 * Everything a theme can write on the page that is not about the font's family and size, or a part.
 * `*` matches the host element itself, so its `!important` declarations meet the kit's `:host` rules.
 */
const IMPORTANT_CSS = `
* {
  line-height: 3 !important; letter-spacing: 0.3em !important; word-spacing: 1em !important;
  text-transform: uppercase !important; text-indent: 3em !important; text-align: right !important;
  white-space: pre !important; font-style: italic !important; font-weight: 900 !important;
  color: #f0f !important; box-sizing: content-box !important;
  font-variant: small-caps !important; text-shadow: 0 0 4px #f00 !important; word-break: break-all !important;
  -webkit-text-fill-color: transparent !important;
}
twin-event-calendar, twin-partner-map, twin-delegation-list, twin-report-summary { writing-mode: vertical-rl !important; }
:host, :host(*), :host-context(body), ::slotted(*) { display: none !important; color: red !important; padding: 5em !important; }
twin-event-calendar *, twin-partner-map *, twin-delegation-list *, twin-report-summary * { display: none !important; }
[part], [class], [role], [aria-hidden], button, table, td, th, svg, p, a, li, h2, h3, dialog, details, summary, input, select, dl, dd, dt, figure {
  all: unset !important; display: block !important; font-size: 40px !important; padding: 3em !important; width: 100px !important;
}
html, body { writing-mode: horizontal-tb !important; }
`;

type Setup = {
  tag: string;
  attrs?: Record<string, string>;
  width?: number;
  open?: (root: ShadowRoot) => Promise<void> | void;
};

const click = (root: ShadowRoot, selector: string) => {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  el.click();
};

/** Every element in every view and state, some with what renders on demand opened. */
const SETUPS: Record<string, Setup> = {
  'calendar, month': {tag: 'twin-event-calendar', attrs: {date: '2021-07'}},
  'calendar, month, details dialog open': {
    tag: 'twin-event-calendar',
    attrs: {date: '2021-07'},
    open: (r) => click(r, 'details[data-band="month"] button[data-event]'),
  },
  'calendar, month, filters open': {
    tag: 'twin-event-calendar',
    attrs: {date: '2021-07'},
    open: (r) => click(r, 'details[part="filters"] summary'),
  },
  'calendar, list': {tag: 'twin-event-calendar', attrs: {view: 'list'}},
  'calendar, list in a narrow container': {tag: 'twin-event-calendar', width: 400},
  'calendar, year': {tag: 'twin-event-calendar', attrs: {view: 'year', date: '2021'}},
  'calendar, error': {tag: 'twin-event-calendar', attrs: {src: '/no-such-feed.json'}},
  'calendar, empty': {tag: 'twin-event-calendar', attrs: {src: ''}},
  'map, map': {tag: 'twin-partner-map'},
  'map, a marker’s card open': {tag: 'twin-partner-map', open: (r) => click(r, '.marker[data-id="mogilev"]')},
  'map, list': {tag: 'twin-partner-map', attrs: {view: 'list'}},
  'map, narrow': {tag: 'twin-partner-map', width: 400},
  'delegations, table': {tag: 'twin-delegation-list'},
  'delegations, table, a row and the filters open': {
    tag: 'twin-delegation-list',
    open: (r) => {
      click(r, 'tr.row .toggle');
      click(r, 'details[part="filters"] summary');
    },
  },
  'delegations, cards': {tag: 'twin-delegation-list', width: 400},
  'report, full': {tag: 'twin-report-summary'},
  'report, a chart as its table': {tag: 'twin-report-summary', open: (r) => click(r, '.as-table')},
  'report, compact': {tag: 'twin-report-summary', attrs: {compact: ''}},
  'report, one section': {tag: 'twin-report-summary', attrs: {section: 'festival'}},
  'report, empty (no such section)': {tag: 'twin-report-summary', attrs: {section: 'no-such-section'}},
};

async function ready(el: Element & {updateComplete: Promise<boolean>}) {
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    if (el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

const MEASURED =
  'button, td, th, h2, h3, svg, p, a, li, summary, input, select, dialog, dt, dd, figure, table, span, div, section';

/** What a reader sees of a widget: the size, font and box of every button, cell, heading, svg... inside. */
async function layout(setup: Setup): Promise<string[]> {
  const box = await fixture(html`<div style=${`width: ${setup.width ?? 900}px`}></div>`);
  const el = document.createElement(setup.tag) as HTMLElement & {updateComplete: Promise<boolean>};
  el.setAttribute('src', FEED);
  el.setAttribute('lang', 'ru');
  for (const [k, v] of Object.entries(setup.attrs ?? {})) el.setAttribute(k, v);
  box.append(el);
  await ready(el);
  if (setup.open) {
    await setup.open(el.shadowRoot!);
    await ready(el);
    await new Promise((r) => setTimeout(r, 300));
  }
  const host = el.getBoundingClientRect();
  const out = [`host ${Math.round(host.width)}x${Math.round(host.height)}`];
  for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>(MEASURED)) {
    const r = n.getBoundingClientRect();
    const s = getComputedStyle(n);
    out.push(
      `${n.localName}.${n.className} ${Math.round(r.width)}x${Math.round(r.height)} ${s.display} ${s.fontSize} ${s.lineHeight} ${s.fontWeight} ${s.fontStyle} ` +
        `${s.textTransform} ${s.letterSpacing} ${s.wordSpacing} ${s.textIndent} ${s.textAlign} ${s.whiteSpace} ${s.color} ${s.boxSizing} ` +
        `${s.fontVariant} ${s.textShadow} ${s.wordBreak} ${s.webkitTextFillColor} ${s.writingMode}`,
    );
  }
  el.shadowRoot!.querySelector('dialog')?.close();
  box.remove();
  return out;
}

async function compare(setup: Setup, css: string) {
  const plain = await layout(setup);
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    const themed = await layout(setup);
    expect(themed.length, 'the same elements').to.equal(plain.length);
    const differences = themed.map((line, i) => (line === plain[i] ? '' : `${plain[i]}  →  ${line}`)).filter(Boolean);
    expect(differences.slice(0, 10)).to.deep.equal([]);
  } finally {
    style.remove();
  }
}

describe('a CMS theme with aggressive global CSS', () => {
  let cmsTheme = '';
  before(async () => {
    cmsTheme = await (await fetch('/demo/cms-theme.css')).text();
    expect(cmsTheme).to.contain('font-size: 62.5%');
  });
  for (const [name, setup] of Object.entries(SETUPS)) {
    it(`leaves <${setup.tag}> as it is: ${name}`, () => compare(setup, cmsTheme));
  }
});

describe('a theme with !important rules on *, :host-looking selectors and `all: unset` on every element', () => {
  for (const [name, setup] of Object.entries(SETUPS)) {
    it(`leaves <${setup.tag}> as it is: ${name}`, () => compare(setup, IMPORTANT_CSS));
  }

  it('styles the exposed parts, as designed (::part is the way in)', async () => {
    const box = await fixture(html`<div style="width: 900px"></div>`);
    const el = document.createElement('twin-event-calendar') as HTMLElement & {updateComplete: Promise<boolean>};
    el.setAttribute('src', FEED);
    el.setAttribute('date', '2021-07');
    box.append(el);
    await ready(el);
    const style = document.createElement('style');
    style.textContent = 'twin-event-calendar::part(toolbar) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="toolbar"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
      box.remove();
    }
  });
});

describe('in the layouts a page puts it in', () => {
  // Flex rows, auto grid columns and centred columns ask an element how wide it wants to be; each widget
  // measures its own width (container queries), so without a width of its own it would say zero.
  const LAYOUTS: Record<string, string> = {
    'a flex row': 'display: flex',
    'an auto grid column': 'display: grid; grid-template-columns: auto 1fr',
    'a centred flex column': 'display: flex; flex-direction: column; align-items: center',
    'a page in vertical writing': 'writing-mode: vertical-rl',
  };
  const TAGS = ['twin-event-calendar', 'twin-partner-map', 'twin-delegation-list', 'twin-report-summary'];
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    for (const width of [1000, 360]) {
      it(`takes the room there is in ${name}, ${width} px wide`, async () => {
        for (const tag of TAGS) {
          const box = await fixture(html`<div style=${`${layout}; width: ${width}px`}></div>`);
          const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<boolean>};
          el.setAttribute('src', FEED);
          box.append(el, Object.assign(document.createElement('span'), {textContent: 'aside'}));
          await ready(el);
          const w = el.getBoundingClientRect().width;
          expect(w, `${tag} in ${name}: at least half the width`).to.be.at.least(width / 2);
          expect(w, `${tag} in ${name}: no wider than the box`).to.be.at.most(width);
          box.remove();
        }
      });
    }
  }
});
