import {defineConfig} from 'vite';
import {resolve} from 'node:path';
import {minifyTemplatesPlugin} from './scripts/minify-templates.mjs';
import {TERSER_OPTIONS} from './scripts/terser-options.mjs';

/**
 * `vite` serves the demo (npm start). `vite build` makes the npm entries (lit, @lit/localize and zod
 * stay imports, shared by every element); `vite build --mode cdn` makes dist/twinning-kit.js, one
 * self-contained file with everything inlined.
 */
export default defineConfig(({command, mode}) => {
  if (command === 'serve') {
    return {server: {open: false, port: 5173}, esbuild: {target: 'es2022'}};
  }
  const cdn = mode === 'cdn';
  return {
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !cdn,
      minify: 'terser',
      terserOptions: TERSER_OPTIONS,
      sourcemap: true,
      lib: cdn
        ? {entry: resolve('src/twinning-kit.ts'), formats: ['es'], fileName: () => 'twinning-kit.js'}
        : {
            entry: {
              index: resolve('src/index.ts'),
              'event-calendar': resolve('src/event-calendar/define.ts'),
              'partner-map': resolve('src/partner-map/define.ts'),
              'delegation-list': resolve('src/delegation-list/define.ts'),
              'report-summary': resolve('src/report-summary/define.ts'),
              cli: resolve('src/cli/main.ts'),
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: cdn
        ? {output: {inlineDynamicImports: true}}
        : {external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^node:/]},
    },
  };
});
