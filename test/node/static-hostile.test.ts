/**
 * The pre-rendered content (`twinning-kit render`) of hostile feeds, loaded as a page in Chromium with
 * JavaScript on and the tripwire armed (test/security/hostile.ts): no payload ever runs, no element or
 * attribute comes from feed text (the security suite's `inspect`: no handler, no script but the events'
 * JSON-LD, no unsafe link), every JSON-LD script parses and none is closed early by a feed's `</script>`
 * (the page has exactly the scripts the renderer wrote), and a huge text is cut.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {resolve} from 'node:path';
import {build} from 'esbuild';
import fc from 'fast-check';
import {chromium, type Browser, type Page} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';
import {hostileFeed, HUGE, MARKUP, LINKS, BIDI} from '../security/hostile.js';
import {prepareFeeds, renderStatic, STATIC_ELEMENTS} from '../../src/static/render.js';
import {MAX_TEXT} from '../../src/static/html.js';

const LANGS = ['ru', 'en', 'zh-Hans', 'ja', 'ko'] as const;

let browser: Browser;
let page: Page;
/** The inspector and the armed tripwire, run in the head: before the content, so that any payload that runs is counted. */
let tripwire = '';

before(async () => {
  // The security suite's inspector and tripwire, as one script for the page (they are browser code).
  const bundle = await build({
    stdin: {
      contents:
        "import {inspect, armTripwire} from './test/security/hostile.ts'; Object.assign(window, {__inspect: inspect}); armTripwire();",
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
  page = await (await browser.newContext({javaScriptEnabled: true})).newPage();
  tripwire = bundle.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
});
after(() => browser?.close());

interface Seen {
  pwned: number;
  findings: string[];
  scripts: number;
  parsed: number;
  bad: string[];
  longest: number;
}

/** Loads the snippets as a page (JS on) and reports what it finds. */
async function load(html: string): Promise<Seen> {
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script id="tripwire">${tripwire}</script></head><body>${html}</body></html>`,
  );
  // A handler that would fire on load or on an error (img, svg, details) has had its chance.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))));
  return page.evaluate(() => {
    const w = window as unknown as {
      __pwnedCount: number;
      __inspect: (root: Element) => Array<{what: string; where: string}>;
    };
    const scripts = [...document.querySelectorAll('script:not(#tripwire)')];
    const ld = scripts.filter((s) => s.getAttribute('type') === 'application/ld+json');
    const bad: string[] = [];
    let parsed = 0;
    for (const s of ld) {
      try {
        JSON.parse(s.textContent ?? '');
        parsed++;
      } catch (e) {
        bad.push(`${String(e)}: ${(s.textContent ?? '').slice(0, 120)}`);
      }
    }
    // The JSON-LD is the renderer's own script; anything else the inspector finds came from a feed.
    for (const s of ld) s.remove();
    const findings = w.__inspect(document.body).map((f) => `${f.what} at ${f.where}`);
    if (scripts.length !== ld.length) findings.push(`${scripts.length - ld.length} script(s) other than JSON-LD`);
    let longest = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) longest = Math.max(longest, n.textContent!.length);
    return {pwned: w.__pwnedCount, findings, scripts: ld.length, parsed, bad, longest};
  });
}

/** How many JSON-LD scripts the renderer wrote (as written in the HTML text). */
const written = (html: string) => html.match(/<script type="application\/ld\+json"[^>]*>/g)?.length ?? 0;

test(
  'hostile feeds: the static HTML and its JSON-LD never run anything, carry no feed markup and stay well-formed',
  {timeout: 110_000},
  async () => {
    let rendered = 0;
    const result = await fc.check(
      fc.asyncProperty(
        hostileFeed({maxItems: 8}),
        fc.constantFrom(...LANGS),
        fc.constantFrom(undefined, 'niigata', 'a'),
        async (feed, lang, partner) => {
          const data = prepareFeeds([{source: 'https://feeds.example/hostile.json', text: JSON.stringify(feed)}]);
          if (!data) return;
          const snippets = await Promise.all(
            STATIC_ELEMENTS.map((element) =>
              renderStatic(data, {element, lang, partner, eventUrl: (e) => `https://city.example/e/${e.id}.html`}),
            ),
          );
          const html = snippets.join('\n');
          rendered++;
          assert.equal(html.match(/<script/gi)?.length ?? 0, written(html), 'no script but the JSON-LD ones');
          // Bounded: no text past the cut, so no megabyte of it (the 20,000-character texts are cut to MAX_TEXT).
          assert.ok(html.length < 40 * MAX_TEXT * 8, `the HTML is ${html.length} characters`);
          const seen = await load(html);
          assert.equal(seen.pwned, 0, 'a payload ran');
          assert.deepEqual(seen.findings, [], 'markup, handlers or unsafe links from the feed');
          assert.deepEqual(seen.bad, [], 'every JSON-LD script parses');
          assert.equal(seen.scripts, written(html), 'no JSON-LD script closed early (as many scripts as written)');
          assert.ok(seen.longest <= MAX_TEXT, `a text of ${seen.longest} characters`);
        },
      ),
      {numRuns: 80, seed: Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31), endOnFailure: true},
    );
    // The counterexample is a feed with megabyte strings: say what failed and how to replay it, not the feed.
    if (result.failed)
      assert.fail(
        `${String(result.errorInstance).slice(0, 2000)}\nreplay with FC_SEED=${result.seed} (path ${result.counterexamplePath}); ` +
          `the feed begins ${JSON.stringify(result.counterexample?.[0]).slice(0, 600)}`,
      );
    assert.ok(rendered > 20, `only ${rendered} of the feeds were usable`);
  },
);

test(
  'every payload in every text of a valid feed: escaped, never run; the 1 MB string is cut',
  {timeout: 60_000},
  async () => {
    const texts = [...MARKUP, ...BIDI, '</script><script>__pwned()</script>', '<!--', ']]>'];
    const events = texts.map((t, i) => ({
      id: `e${i}`,
      title: {en: `${t} title`},
      description: {en: t},
      start: `2024-0${1 + (i % 9)}-1${i % 10}`,
      format: i % 3 ? 'offline' : 'hybrid',
      placeCity: 'home',
      place: {en: t},
      organizer: {en: t},
      url: LINKS[i % LINKS.length],
      links: [{url: LINKS[(i + 1) % LINKS.length], label: {en: t}}],
    }));
    const feed = {
      schemaVersion: 1,
      publisher: {city: 'home', name: {en: '</script><img src=x onerror=__pwned()>'}},
      defaultLanguage: 'en',
      timeZone: 'Asia/Vladivostok',
      title: {en: HUGE.slice(0, 20_000)},
      cities: [
        {id: 'home', name: {en: '<b>Home</b>'}, country: 'RU', coordinates: [135, 48]},
        {id: 'niigata', name: {en: '"><svg/onload=__pwned()>'}, country: 'JP', coordinates: [139, 37], url: LINKS[0]},
      ],
      partnerships: [{city: 'niigata', type: 'sister', since: '1965', note: {en: MARKUP[0]}}],
      events,
      delegations: [
        {
          id: 'd1',
          direction: 'incoming',
          cities: ['niigata'],
          start: '2024-03-01',
          purpose: {en: MARKUP[1]},
          head: {en: MARKUP[2]},
        },
      ],
      reports: [
        {
          id: 'r',
          year: 2024,
          title: {en: MARKUP[3]},
          summary: {en: HUGE.slice(-20_000)},
          metrics: [{id: 'm', label: {en: MARKUP[4]}, value: 3}],
        },
      ],
    };
    // The harness itself: a payload that does run is counted and found.
    const control = await load('<img src=x onerror="__pwned()"><a href="javascript:void 0">x</a>');
    assert.equal(control.pwned, 1, 'the tripwire counts');
    assert.equal(control.findings.length, 4, control.findings.join('; '));
    const data = prepareFeeds([{source: 'https://feeds.example/f.json', text: JSON.stringify(feed)}]);
    assert.ok(data, 'the feed is usable');
    for (const lang of LANGS) {
      const snippets: string[] = await Promise.all(
        STATIC_ELEMENTS.map((element) => renderStatic(data, {element, lang})),
      );
      const html = snippets.join('\n');
      assert.doesNotMatch(html, /<(img|svg|iframe|object|math|details|style|form|b)\b/i, 'no tag from the feed');
      // The payloads are there, as text a reader sees.
      assert.match(html, /&lt;script&gt;__pwned\(\)&lt;\/script&gt;/);
      assert.equal(html.match(/<script/gi)?.length ?? 0, written(html));
      const seen = await load(html);
      assert.equal(seen.pwned, 0);
      assert.deepEqual(seen.findings, []);
      assert.deepEqual(seen.bad, []);
      assert.equal(seen.scripts, written(html));
      assert.ok(seen.longest <= MAX_TEXT, `a text of ${seen.longest} characters`);
    }
  },
);
