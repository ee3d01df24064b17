/**
 * The one-file CDN build says what the sources say: its build rewrites the translations (short message
 * ids, scripts/msg-ids.mjs; texts listed without their ids, scripts/locale-keys.mjs) and inlines every
 * chunk, so each element on the Khabarovsk feed, in each of the five languages, must show the very text
 * the same element shows from the sources (bundled as a site's bundler would).
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {chromium, type Browser} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';
import {oneFile} from '../helpers/one-file.js';
import {buildCdnFile} from '../../scripts/cdn-file.mjs';

const FEED = readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8');
const TAGS = ['twin-partner-map', 'twin-event-calendar', 'twin-delegation-list', 'twin-report-summary'];

let browser: Browser;
let cdn: string;
let sources: string;
before(async () => {
  cdn = (await buildCdnFile(process.cwd())).bytes.toString('utf8');
  sources = await oneFile('src/twinning-kit.ts');
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
});
after(() => browser?.close());

/** The text each element shows (its shadow tree's, whitespace squashed) with `script` in `lang`. */
async function shown(script: string, lang: string): Promise<string[]> {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}, timezoneId: 'Asia/Vladivostok'});
  try {
    page.setDefaultTimeout(30_000);
    await page.setContent('<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>');
    await page.addScriptTag({type: 'module', content: script});
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
    const answer = page.evaluate(
      async ([json, lang, tags]) => {
        const out: string[] = [];
        for (const tag of tags as string[]) {
          const el = document.createElement(tag) as HTMLElement & {data: unknown; updateComplete: Promise<unknown>};
          el.setAttribute('lang', lang as string);
          if (tag === 'twin-event-calendar') el.setAttribute('date', '2021-07-01');
          const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
          el.data = JSON.parse(json as string);
          document.querySelector('main')!.append(el);
          // A broken translation can throw in a render: that element never settles, and says so here.
          const settled = loaded.then(() => el.updateComplete).then(() => true);
          const ok = await Promise.race([settled, new Promise((r) => setTimeout(r, 15_000, false))]);
          out.push(ok ? el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim() : `${tag} did not settle`);
          el.remove();
        }
        return out;
      },
      [FEED, lang, TAGS] as const,
    );
    // A page stuck in a loop answers nothing: that fails here, not by the suite's time limit.
    const stuck = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${lang}: the page did not answer within 90 s`)), 90_000).unref();
    });
    return await Promise.race([answer, stuck]);
  } finally {
    await page.close();
  }
}

test(
  'the CDN file shows every element as the sources do, in each of the five languages',
  {timeout: 300_000},
  async () => {
    for (const lang of ['en', 'ru', 'ja', 'ko', 'zh-Hans']) {
      const [fromCdn, fromSources] = [await shown(cdn, lang), await shown(sources, lang)];
      TAGS.forEach((tag, i) => {
        assert.ok(fromSources[i]!.length > 200, `${tag} in ${lang} shows its content`);
        assert.equal(fromCdn[i], fromSources[i], `${tag} in ${lang}`);
      });
      // Translated, not English with the translations lost.
      if (lang !== 'en') assert.doesNotMatch(fromCdn[0]!, /partners in \d+ countries/, `the map in ${lang}`);
    }
  },
);
