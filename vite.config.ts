import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';
import {resolve} from 'node:path';
import {readFileSync} from 'node:fs';
import {minifyTemplatesPlugin} from './scripts/minify-templates.mjs';
import {COMPILE_HINT, TERSER_OPTIONS} from './scripts/terser-options.mjs';
import {explicitMsgIdsPlugin} from './scripts/msg-ids.mjs';
import {cdnFilePlugin, integrityReportPlugin} from './scripts/cdn-file.mjs';
import {staticImportsPlugin} from './scripts/static-imports.mjs';
import {localeKeysPlugin} from './scripts/locale-keys.mjs';
import {dropLitVersionMarkersPlugin} from './scripts/lit-version-markers.mjs';
import {embedPagePlugin} from './scripts/embed-page.mjs';
import {prerenderDemoPlugin} from './scripts/prerender-demo.js';

/** dist/twinning-kit-static.css: the pre-rendered content's stylesheet (src/static/static.css), for pages and `render --all`. */
const staticCssPlugin = () => ({
  name: 'twin-static-css',
  generateBundle(this: {emitFile(file: {type: 'asset'; fileName: string; source: string}): string}) {
    this.emitFile({
      type: 'asset',
      fileName: 'twinning-kit-static.css',
      source: readFileSync('src/static/static.css', 'utf8'),
    });
  },
});

/**
 * `vite` serves the demo (npm start). `vite build` makes the npm entries (lit, @lit/localize and zod
 * stay imports, shared by every element); `vite build --mode cdn` makes dist/twinning-kit.js, one
 * self-contained file with everything inlined, and without Lit's version markers (one global on the page,
 * not four: scripts/lit-version-markers.mjs).
 */
export default defineConfig(({command, mode}) => {
  if (command === 'serve') {
    return {
      server: {open: false, port: 5173},
      esbuild: {target: 'es2022'},
      // demo/vue.html: single-file components, whose templates treat the kit's `twin-*` tags as custom
      // elements (not Vue components to resolve). demo/react.html needs no plugin: Vite's own transform
      // (oxc) compiles .tsx with React's automatic JSX runtime, as tsconfig.json's `jsx` asks.
      // demo/builder.html: the CDN file, built as `npm run build` builds it, served with its integrity hash.
      plugins: [
        vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('twin-')}}}),
        cdnFilePlugin(),
        // Every twin-* element of a demo page holds its pre-rendered content (`twinning-kit render`).
        prerenderDemoPlugin(),
      ],
      // Pre-bundled at start, so that opening a framework page never triggers a re-optimization and reload.
      optimizeDeps: {include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'vue', 'jsonc-parser']},
    };
  }
  if (mode === 'demo') {
    // `vite build --mode demo`: the demo's city page as a site ships it (bundled, minified), for the
    // Lighthouse audit (bench/lighthouse.ts). The feed is served from data-schema/ beside it.
    return {
      plugins: [minifyTemplatesPlugin(), prerenderDemoPlugin()],
      build: {
        target: 'es2022',
        outDir: 'dist-demo',
        emptyOutDir: true,
        minify: 'terser',
        terserOptions: TERSER_OPTIONS,
        rolldownOptions: {input: {index: resolve('demo/index.html')}},
      },
    };
  }
  if (mode === 'embed') {
    // `vite build --mode embed`: the embed page (src/embed/), dist/embed.html + embed.js + embed-resize.js,
    // beside dist/twinning-kit.js, which embed.js loads by its address when the query is good.
    return {
      plugins: [embedPagePlugin()],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        minify: 'terser',
        terserOptions: TERSER_OPTIONS,
        sourcemap: 'hidden',
        lib: {entry: resolve('src/embed/embed.ts'), formats: ['es'], fileName: () => 'embed.js'},
      },
    };
  }
  const cdn = mode === 'cdn';
  return {
    plugins: cdn
      ? [
          staticImportsPlugin(),
          localeKeysPlugin(),
          minifyTemplatesPlugin(),
          dropLitVersionMarkersPlugin(),
          explicitMsgIdsPlugin(),
          integrityReportPlugin(),
        ]
      : [minifyTemplatesPlugin(), staticCssPlugin()],
    // The one-file CDN build inlines what the npm build loads on demand, the interpreter that explains a
    // feed's problems (validator-explaining.ts) among them: that one then serves as the page's validator too (without a
    // sink it only decides, as fast), rather than shipping the same description compiled two ways.
    // It also leaves out the partner map's finer basemap (its tiles would all be inlined): that map keeps
    // the world basemap at every zoom (src/partner-map/detail-hook-none.ts).
    resolve: cdn
      ? {
          alias: [
            {find: /^\.\/validator-fast\.js$/, replacement: resolve('src/core/validator-explaining.ts')},
            {find: /^\.\/detail-hook\.js$/, replacement: resolve('src/partner-map/detail-hook-none.ts')},
          ],
        }
      : {},
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !cdn,
      minify: 'terser',
      // The CDN file starts with V8's compile hint (scripts/terser-options.mjs).
      terserOptions: cdn
        ? {...TERSER_OPTIONS, format: {...TERSER_OPTIONS.format, preamble: COMPILE_HINT}}
        : TERSER_OPTIONS,
      // Maps are written for our own debugging (a stack trace from a site), but not shipped (package.json
      // files), so the shipped files carry no sourceMappingURL comment that would point at nothing.
      sourcemap: 'hidden',
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
