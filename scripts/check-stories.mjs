#!/usr/bin/env node
/**
 * Opens every story of the static Storybook (storybook-static/) in headless Chromium, in every locale
 * and both themes, and fails when a story throws, leaves its widget unrendered or spinning, or when axe
 * finds any accessibility violation. Then opens every docs page (in English and Japanese) and fails when
 * one throws, leaves a widget unrendered, or, for an element's page, when its reference table lacks
 * anything custom-elements.json says about the element (attributes, properties, events, slots, CSS
 * custom properties, CSS parts), lists a private member, misses one of the element's stories, or when
 * its controls do not reach the element. Run after `npm run build-storybook`.
 */
import {chromium} from 'playwright-core';
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {extname, join, normalize} from 'node:path';
import {findChrome, CHROME_ARGS} from './find-chrome.mjs';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!path.startsWith(root)) return void res.writeHead(403).end();
  try {
    const body = await readFile(path.endsWith('/') ? `${path}index.html` : path);
    res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
/** Stories that show the loading state on purpose: checked for axe, not for finishing. */
const LOADING = /--loading$/;
const variants = [
  ...['ru', 'en', 'zh-Hans', 'ja', 'ko'].map((locale) => ({locale, theme: 'light'})),
  {locale: 'ru', theme: 'dark'},
];

const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
let failures = 0;
let checked = 0;
// The 10,000-event stories are checked once: their markup is the same as the small ones'.
const jobs = stories.flatMap((story) =>
  (/ten-thousand|hundred-thousand/.test(story.id) ? variants.slice(0, 1) : variants).map((v) => ({story, ...v})),
);
async function check({story, locale, theme}) {
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    `${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme};a11y.manual:!true`,
  );
  // A widget is done when no element in the story is still in its loading state.
  const state = await page
    .waitForFunction(
      (loading) => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.includes('-'));
        if (widgets.length === 0) return null;
        const busy = widgets.some(
          (el) => !el.shadowRoot || (!loading && el.shadowRoot.querySelector('[aria-busy="true"]')),
        );
        return busy ? null : widgets.map((el) => el.tagName.toLowerCase());
      },
      LOADING.test(story.id),
      {timeout: 15_000},
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
  if (state === 'timeout') errors.push('the widget did not render, or is still loading after 15 s');
  await page.addScriptTag({content: axeSource});
  // Storybook's accessibility addon runs axe on the story too; wait for its turn to end.
  const violations = await page.evaluate(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {resultTypes: ['violations']});
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      } catch (err) {
        if (attempt > 50 || !String(err).includes('already running')) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  errors.push(...violations);
  checked++;
  if (errors.length) {
    failures++;
    console.error(`✗ ${story.id} [${locale}, ${theme}]\n  ${errors.join('\n  ')}`);
  }
  await page.close();
}

// Docs pages: one per element of the manifest (elements-<name>--docs), the MDX pages, and any other.
const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const docsEntries = Object.values(index.entries).filter((e) => e.type === 'docs');
const docsIdOf = (tag) => `elements-${tag.replace(/^twin-/, '')}--docs`;
const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
};

/** What an element's reference table must list, by category, and the names its properties may have. */
function expectedRows(d) {
  const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName ?? a.name));
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !attributeFields.has(m.name));
  return {
    rows: {
      [CATEGORY.attributes]: (d.attributes ?? []).map((a) => a.name),
      [CATEGORY.properties]: fields.map((m) => m.name),
      [CATEGORY.events]: (d.events ?? []).filter((e) => e.name).map((e) => e.name),
      [CATEGORY.slots]: (d.slots ?? []).map((s) => s.name || '(default)'),
      [CATEGORY.cssProperties]: (d.cssProperties ?? []).map((p) => p.name),
      [CATEGORY.cssParts]: (d.cssParts ?? []).map((p) => p.name),
    },
    publicFields: new Set(fields.map((m) => m.name)),
  };
}

let docsChecked = 0;
let docsFailures = 0;
const docsJobs = docsEntries.flatMap((entry) => ['en', 'ja'].map((locale) => ({entry, locale})));
const withoutDocs = elements.filter((d) => !docsEntries.some((e) => e.id === docsIdOf(d.tagName)));
for (const d of withoutDocs)
  console.error(
    `✗ <${d.tagName}> has no docs page (${docsIdOf(d.tagName)}): add tags: ['autodocs'] to its stories' meta`,
  );

async function checkDocs({entry, locale}) {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:${locale}`);
  const element = elements.find((d) => docsIdOf(d.tagName) === entry.id);
  // Done when the page has its title, every story on it has rendered, and so has every element in them
  // (the loading stories stay busy, on purpose).
  const rendered = await page
    .waitForFunction(
      () => {
        const docs = document.querySelector('#storybook-docs .sbdocs-content');
        if (!docs?.querySelector('h1')) return false;
        const stories = [...docs.querySelectorAll('.sb-story')];
        if (!stories.every((s) => s.querySelector('[id$="-inner"]')?.childElementCount)) return false;
        const widgets = [...docs.querySelectorAll('*')].filter((el) => el.tagName.startsWith('TWIN-'));
        return widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
      },
      undefined,
      {timeout: 60_000},
    )
    .then(() => true)
    .catch(() => false);
  if (!rendered) errors.push('the page, or an element on it, did not render in 60 s');

  if (rendered && element) {
    const {rows: expected, publicFields} = expectedRows(element);
    const table = await page
      .waitForFunction(
        () => {
          const rows = [...document.querySelectorAll('.docblock-argstable tbody tr')];
          if (rows.length === 0) return null;
          const found = {};
          let category = '';
          for (const tr of rows) {
            const heading = /^(?:Hide|Show) (.+) items$/.exec(tr.getAttribute('title') ?? '');
            if (heading) category = heading[1];
            else (found[category] ??= []).push(tr.querySelector('td span')?.textContent?.trim() ?? '');
          }
          return found;
        },
        undefined,
        {timeout: 30_000},
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!table) errors.push('no reference table (ArgTypes/Controls) on the page');
    else {
      for (const [category, names] of Object.entries(expected)) {
        const missing = names.filter((n) => !(table[category] ?? []).includes(n));
        if (missing.length) errors.push(`${category}: missing ${missing.join(', ')}`);
      }
      const notPublic = (table[CATEGORY.properties] ?? []).filter((n) => !publicFields.has(n));
      if (notPublic.length)
        errors.push(`properties: lists what is not a public property without an attribute: ${notPublic.join(', ')}`);
    }
    // Every story of the element is on its page.
    const storyIds = stories
      .filter((st) => st.title === entry.title && !st.tags?.includes('!autodocs'))
      .map((st) => st.id);
    const shown = await page.evaluate((ids) => ids.filter((id) => document.getElementById(`story--${id}`)), storyIds);
    const absent = storyIds.filter((id) => !shown.includes(id));
    if (absent.length) errors.push(`stories not on the page: ${absent.join(', ')}`);
    // A control reaches the element: editing `src` in the table sets the primary story's attribute.
    const src = page
      .locator('.docblock-argstable tbody tr')
      .filter({has: page.locator('td:first-child span', {hasText: /^src$/})})
      .locator('textarea');
    if ((await src.count()) !== 1) errors.push('no control for the src attribute');
    else if (locale === 'en') {
      const value = '/data-schema/feeds/khabarovsk-2021.json#from-the-controls';
      await src.fill(value);
      const reached = await page
        .waitForFunction(
          ([tag, v]) => document.querySelector(`.sb-story[id$="--primary"] ${tag}`)?.getAttribute('src') === v,
          [element.tagName, value],
          {timeout: 15_000},
        )
        .then(() => true)
        .catch(() => false);
      if (!reached) errors.push('editing the src control did not change the element');
    }
  }

  if (rendered && entry.id === 'getting-started--docs') {
    // The code blocks come with the syntax highlighter, which loads on its own.
    const cdn = `twinning-kit@${version}/dist/twinning-kit.js`;
    const named = await page
      .waitForFunction(
        (s) => document.querySelector('#storybook-docs .sbdocs-content')?.textContent?.includes(s),
        cdn,
        {timeout: 15_000},
      )
      .then(() => true)
      .catch(() => false);
    if (!named) errors.push(`the CDN snippet does not name version ${version}`);
    const facts = await page.evaluate(() => ({
      links: [...document.querySelectorAll('#storybook-docs a[href^="?path=/docs/"]')].map((a) =>
        a.getAttribute('href'),
      ),
      live: [
        ...new Set(
          [...document.querySelectorAll('#storybook-docs .sb-story *')]
            .filter((el) => el.tagName.startsWith('TWIN-'))
            .map((el) => el.tagName.toLowerCase()),
        ),
      ],
    }));
    for (const d of elements) {
      if (!facts.links.includes(`?path=/docs/${docsIdOf(d.tagName)}`)) errors.push(`no link to ${docsIdOf(d.tagName)}`);
      if (!facts.live.includes(d.tagName)) errors.push(`no live <${d.tagName}>`);
    }
    const broken = [...new Set(facts.links)].filter((href) => !docsEntries.some((e) => href === `?path=/docs/${e.id}`));
    if (broken.length) errors.push(`links to no docs page: ${broken.join(', ')}`);
  }

  docsChecked++;
  if (errors.length) {
    docsFailures++;
    console.error(`✗ ${entry.id} [docs, ${locale}]\n  ${errors.join('\n  ')}`);
  }
  await page.close();
}

const POOL = 3;
await Promise.all(
  Array.from({length: POOL}, async () => {
    while (jobs.length) await check(jobs.shift());
    while (docsJobs.length) await checkDocs(docsJobs.shift());
  }),
);
await browser.close();
server.close();
console.log(`stories: ${checked - failures} passed, ${failures} failed`);
console.log(
  `docs pages: ${docsChecked - docsFailures} passed, ${docsFailures} failed${withoutDocs.length ? `, ${withoutDocs.length} elements without one` : ''}`,
);
process.exit(failures || docsFailures || withoutDocs.length ? 1 : 0);
