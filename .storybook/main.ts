import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  staticDirs: [
    {from: '../data-schema', to: '/data-schema'},
    {from: '../demo/feeds', to: '/demo/feeds'},
  ],
};
export default config;
