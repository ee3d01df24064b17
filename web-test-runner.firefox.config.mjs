/**
 * The browser tests that matter most in a second engine, in Firefox ESR (`npm run test:firefox`): the
 * security suite (hostile feeds, the corpus), every network fault with the four elements, host CSS, the
 * loader, validation, merging and the shared element base. Puppeteer drives
 * Firefox through WebDriver BiDi (no geckodriver, no downloaded browser). Through BiDi, the commands of
 * @web/test-runner-commands that need CDP (`sendKeys` key names, `emulateMedia`) differ or fail: the
 * files here use neither (the element suites do, for the APG keyboard and print tests: they run in
 * Chromium). FIREFOX_PATH overrides the browser's path.
 */
import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {faultMiddleware} from './test/helpers/fault-server.mjs';

const executablePath =
  process.env.FIREFOX_PATH || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
if (!executablePath) {
  console.error('No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  process.exit(1);
}

export default {
  files: ['test/security/**/*.test.ts', 'test/core/**/*.test.ts', 'test/feed/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 900_000,
  testFramework: {config: {timeout: 30_000}},
  middleware: [faultMiddleware()],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath, headless: true}})],
};
