import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // Only the feeds are static files. Serving all of data-schema/ made `/data-schema/fixtures/generate.ts`
  // (imported by the stories) a static file the dev server sent as-is instead of compiling it: no story
  // rendered in `storybook dev`.
  staticDirs: [
    {from: '../data-schema/feeds', to: '/data-schema/feeds'},
    {from: '../demo/feeds', to: '/demo/feeds'},
  ],
  // A test run (test/node/storybook-dev.test.ts) keeps Vite's dependency cache in a folder of its own, so it
  // never races a developer's `npm run storybook` over node_modules/.cache.
  viteFinal: (vite) =>
    process.env['STORYBOOK_VITE_CACHE'] ? {...vite, cacheDir: process.env['STORYBOOK_VITE_CACHE']} : vite,
};
export default config;
