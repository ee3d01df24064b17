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
      return page;
    },
  };
}
