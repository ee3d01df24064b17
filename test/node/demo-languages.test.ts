/**
 * A reader of a Russian, Chinese, Japanese or Korean page never meets an English sentence from the kit:
 * every demo page, the feed checker with a feed full of mistakes included, is walked in headless
 * Chromium in each of those languages, with its widgets opened up (the map's table and a partner card,
 * the calendar's filters and .ics choice, a delegation's details, the notice of problems), and every text
 * the kit or the demo's tools put on the page is read: shadow roots, attributes a reader hears (aria-label,
 * title, placeholder, alt). Feed texts marked with another `lang` (an English name where the feed has no
 * Japanese one) are the feed's words, not the kit's, and quoted values and paths are code.
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {startDemoServer, watch, widgetsSettled, type DemoServer} from '../helpers/demo-server.js';

const LANGS = ['ru', 'zh-Hans', 'ja', 'ko'] as const;
const PAGES = ['index', 'niigata', 'portland', 'vladivostok', 'builder', 'checker'] as const;

/** Names and notations that are the same in every language: technical names, products, units. */
const ALLOWED = new Set(
  'Twinning Kit npx twinning kit validate JSON CSV ics iCalendar Google Outlook GMT UTC React Vue BCP ISO IANA km https http mailto tel Content Security Policy ID URL HTML CDN CMS CORS jsDelivr gzip script type module src lang div data element class twin WordPress DOMPurify iframe Page Down Enter Home End Tab Shift Ctrl Esc Escape'.split(
    ' ',
  ),
);
/** A Latin word of three letters or more that is not one of those: English (or another language) from the kit. */
const LATIN_WORD = /[A-Za-z]{3,}/g;

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer('languages');
  await fetch(`${demo.origin}/@twinning-kit/cdn.json`);
});
after(() => demo?.close());

// The scripts run in the page as they are written here (plain JavaScript: no helpers of the test's compiler).

/** Every text the kit or the demo's tools show, with the language it is marked as. */
const KIT_TEXTS = `(() => {
  const out = [];
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'TEXTAREA', 'NOSCRIPT']);
  const ATTRS = ['aria-label', 'title', 'placeholder', 'alt'];
  // kit: the kit's or a demo tool's own rendering; widget: inside a twin-* element (or the demo's feed
  // overview), where an element
  // with a lang of its own holds a text of the feed (the kit marks each with its language).
  const walk = (node, lang, kit, widget) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\\s+/g, ' ').trim();
      if (kit && text) out.push({text, lang});
      return;
    }
    let inKit = kit;
    if (node instanceof Element) {
      if (SKIP.has(node.tagName)) return;
      if (node.hasAttribute('lang')) {
        if (widget) return;
        lang = node.getAttribute('lang');
      }
      if (node.classList.contains('demo-bar')) inKit = true;
      if (inKit) for (const a of ATTRS) if (node.getAttribute(a)) out.push({text: node.getAttribute(a), lang});
      if (node.shadowRoot) {
        walk(node.shadowRoot, lang, true, widget || /^twin-|^demo-feed-overview$/.test(node.localName));
        // Light-DOM children show only through a slot (the fallback link, before the data arrives).
        if (!node.shadowRoot.querySelector('slot')) return;
      }
    }
    for (const child of node.childNodes) walk(child, lang, inKit, widget);
  };
  walk(document.documentElement, document.documentElement.lang, false, false);
  return out;
})()`;

/** Opens what a reader would open: the views, tables, cards, choices and details the widgets have. */
const OPEN_UP = `(async () => {
  const settle = () => new Promise((r) => setTimeout(r, 250));
  const all = (root, selector) => [...root.querySelectorAll(selector)];
  for (const map of all(document, 'twin-partner-map')) {
    map.shadowRoot.querySelector('[part="view-toggle"]')?.click();
    await settle();
    map.shadowRoot.querySelector('tbody tr button.city')?.click();
    await settle();
  }
  for (const cal of all(document, 'twin-event-calendar')) {
    cal.shadowRoot.querySelector('button.export')?.click();
    await settle();
  }
  for (const list of all(document, 'twin-delegation-list')) {
    list.shadowRoot.querySelector('button.toggle')?.click();
    const filters = list.shadowRoot.querySelector('details[part="filters"]');
    if (filters) filters.open = true;
    await settle();
  }
  for (const el of all(document, '*').flatMap((e) => (e.shadowRoot ? all(e.shadowRoot, 'details') : []))) el.open = true;
  await settle();
})()`;

for (const name of PAGES) {
  test(
    `/demo/${name}.html in ru, zh-Hans, ja and ko: no English sentence from the kit`,
    {timeout: 240_000},
    async () => {
      for (const lang of LANGS) {
        const context = await demo.browser.newContext({viewport: {width: 1280, height: 1000}});
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        const seen = watch(page);
        try {
          await page.goto(`${demo.origin}/demo/${name}.html?lang=${lang}`);
          if (name === 'checker') await page.locator('demo-feed-checker button[data-load="broken"]').click();
          if (name !== 'builder') await widgetsSettled(page);
          await page.evaluate(OPEN_UP);
          const texts = (await page.evaluate(KIT_TEXTS)) as Array<{text: string; lang: string}>;
          assert.ok(texts.length > 20, `${name} ${lang}: the page has the kit's texts`);
          // A text marked with another language (a language's own name, "English") is not the page's.
          const english = texts
            .filter((t) => t.lang === lang)
            .flatMap(({text}) => {
              // Quoted values, JSON paths, addresses and file names are code, the same in every language.
              const words = text.replace(
                /"[^"]*"|«[^»]*»|\$[\w.[\]"-]*|https?:\S+|\S*\.(json|csv|ics|js|html)\b|--?[\w-]+/g,
                '',
              );
              return (words.match(LATIN_WORD) ?? [])
                .filter((w) => !ALLOWED.has(w))
                .map((w) => `${w} (in "${text.slice(0, 80)}")`);
            });
          assert.deepEqual([...new Set(english)], [], `${name} in ${lang}: English from the kit`);
          assert.deepEqual(seen.pageErrors, [], 'page errors');
        } finally {
          await context.close();
        }
      }
    },
  );
}
