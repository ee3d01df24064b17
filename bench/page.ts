/**
 * What the speed benches share: an element's entry bundled as it ships (minified, production, templates
 * shrunk), headless Chromium, and pages with a 1,100 px <main> that have the element defined.
 */
import {build} from 'esbuild';
import {chromium, type Browser, type Page} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {minifyTemplatesEsbuild} from '../scripts/minify-templates.mjs';

export interface Bench {
  browser: Browser;
  /** A fresh page with the element defined. */
  newPage(): Promise<Page>;
}

export async function benchPage(entry: string, tag: string): Promise<Bench> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['production'],
    plugins: [minifyTemplatesEsbuild()],
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
  return {
    browser,
    async newPage() {
      const page = await browser.newPage({viewport: {width: 1200, height: 900}});
      await page.setContent('<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>');
      await page.addScriptTag({type: 'module', content: script});
      await page.waitForFunction(`!!customElements.get(${JSON.stringify(tag)})`);
      await page.addScriptTag({content: MOUNT});
      return page;
    },
  };
}

/**
 * In every bench page: `twinMount(tag, data, attributes)` empties <main>, puts a new element there with
 * `data` set, and resolves when it is loaded and laid out: `{el, ms}`, the time from setting `data`.
 */
const MOUNT = `window.twinMount = async (tag, data, attributes = {}) => {
  const main = document.querySelector('main');
  main.replaceChildren();
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({lang: 'en', ...attributes})) el.setAttribute(name, value);
  const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
  const t = performance.now();
  el.data = data;
  main.append(el);
  await loaded;
  await el.updateComplete;
  el.getBoundingClientRect();
  return {el, ms: performance.now() - t};
};`;

/** The median of repeated runs. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
