import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {findChrome, CHROME_ARGS} from './scripts/find-chrome.mjs';
import {faultMiddleware} from './test/helpers/fault-server.mjs';

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/wordpress/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: {config: {timeout: 20_000}},
  middleware: [faultMiddleware()],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {executablePath, headless: true, args: CHROME_ARGS},
    }),
  ],
};
