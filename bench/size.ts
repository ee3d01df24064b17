/**
 * Entry sizes, min+gzip and min+brotli, Lit included, each entry bundled on its own (esbuild, then
 * terser as in the shipped build): the entry and every chunk it imports statically. Locale strings and the .ics exporter load on demand and are listed apart (the largest such chunk).
 * Budgets from DESIGN.md; exits 1 when an entry is over its budget. Run: npx tsx bench/size.ts
 */
import {build, type Metafile, type Plugin} from 'esbuild';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {readFileSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {minify} from 'terser';
import {minifyTemplatesEsbuild} from '../scripts/minify-templates.mjs';
import {TERSER_OPTIONS} from '../scripts/terser-options.mjs';

const KB = 1024;
const entries: Array<{name: string; file: string; budget: number}> = [
  {name: 'event-calendar', file: 'src/event-calendar/define.ts', budget: 30 * KB},
  {name: 'delegation-list', file: 'src/delegation-list/define.ts', budget: 25 * KB},
  {name: 'report-summary', file: 'src/report-summary/define.ts', budget: 25 * KB},
  {name: 'partner-map, basemap included', file: 'src/partner-map/define.ts', budget: (35 + 25) * KB},
  {name: 'twinning-kit (CDN, all elements)', file: 'src/twinning-kit.ts', budget: 100 * KB},
];

const out = mkdtempSync(join(tmpdir(), 'twin-size-'));
const gz = (b: Buffer) => gzipSync(b, {level: 9}).length;
const br = (b: Buffer) => brotliCompressSync(b, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/**
 * One entry bundled on its own, as a site that uses only this element gets it (a bundler merges the
 * npm build's shared chunks into the page's bundle): the entry and every chunk it imports statically,
 * and apart from them the chunks it loads on demand.
 */
async function measure(file: string, dir: string, plugins: Plugin[] = []): Promise<{code: Buffer; lazy: number[]}> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: join(out, dir),
    metafile: true,
    write: true,
    legalComments: 'none',
    define: {'process.env.NODE_ENV': '"production"'},
    conditions: ['production'],
    logLevel: 'error',
    plugins: [minifyTemplatesEsbuild(), ...plugins],
  });
  const meta: Metafile = result.metafile!;
  const files = new Set<string>();
  const walk = (f: string) => {
    if (files.has(f)) return;
    files.add(f);
    for (const imp of meta.outputs[f]!.imports) if (imp.kind === 'import-statement' && !imp.external) walk(imp.path);
  };
  walk(Object.keys(meta.outputs).find((f) => meta.outputs[f]!.entryPoint === file)!);
  const lazy = new Set<string>();
  for (const f of files) for (const imp of meta.outputs[f]!.imports) if (imp.kind === 'dynamic-import') lazy.add(imp.path);
  // Then terser, as the shipped build does (vite.config.ts).
  const final = async (f: string) => Buffer.from((await minify(readFileSync(f, 'utf8'), TERSER_OPTIONS)).code!);
  const code = Buffer.concat(await Promise.all([...files].map(final)));
  return {code, lazy: await Promise.all([...lazy].map(async (f) => gz(await final(f))))};
}

const rows: string[] = [];
let over = 0;
const results: Record<string, unknown> = {};
for (const [i, e] of entries.entries()) {
  const {code: buf, lazy: locales} = await measure(e.file, `entry${i}`);
  const size = gz(buf);
  const ok = size <= e.budget;
  if (!ok) over++;
  results[e.name] = {minGzip: size, minBrotli: br(buf), min: buf.length, largestLocaleGzip: Math.max(0, ...locales), budget: e.budget};
  rows.push(
    `| ${e.name} | ${(buf.length / KB).toFixed(1)} KB | ${(size / KB).toFixed(1)} KB | ${(br(buf) / KB).toFixed(1)} KB | ${locales.length ? `${(Math.max(...locales) / KB).toFixed(1)} KB` : 'inlined'} | ${(e.budget / KB).toFixed(0)} KB ${ok ? 'ok' : 'OVER'} |`,
  );
}
console.log('| entry | min | min+gzip | min+brotli | largest on-demand chunk (gzip) | budget (gzip) |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
writeFileSync(join(out, 'sizes.json'), JSON.stringify(results, null, 2));
if (process.env['SIZE_JSON']) writeFileSync(process.env['SIZE_JSON'], JSON.stringify(results, null, 2));

// The partner map's budget is 35 KB with Lit but without its basemap, and 25 KB for the basemap: the
// entry again with the basemap module replaced by an empty topology, and the basemap's own share.
const BASEMAP = /generated\/basemap\.js$/;
const stub: Plugin = {
  name: 'empty-basemap',
  setup(b) {
    b.onResolve({filter: BASEMAP}, () => ({path: 'basemap', namespace: 'stub'}));
    b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export const BASEMAP = {type: "Topology", objects: {}, arcs: []};', loader: 'js'}));
  },
};
const {code: withoutBasemap} = await measure('src/partner-map/define.ts', 'apart', [stub]);
const mapOnly = gz(withoutBasemap);
const basemapMin = await build({entryPoints: ['src/generated/basemap.ts'], bundle: true, format: 'esm', minify: true, write: false, logLevel: 'error'});
const basemap = gz(Buffer.from(basemapMin.outputFiles[0]!.contents));
const mapOk = mapOnly <= 35 * KB;
const basemapOk = basemap <= 25 * KB;
if (!mapOk) over++;
if (!basemapOk) over++;
results['partner-map without basemap'] = {minGzip: mapOnly, budget: 35 * KB};
results['basemap'] = {minGzip: basemap, budget: 25 * KB};
console.log(`| partner-map without basemap | ${(withoutBasemap.length / KB).toFixed(1)} KB | ${(mapOnly / KB).toFixed(1)} KB | | | 35 KB ${mapOk ? 'ok' : 'OVER'} |`);
console.log(`| basemap (src/generated/basemap.ts) | ${(basemapMin.outputFiles[0]!.contents.length / KB).toFixed(1)} KB | ${(basemap / KB).toFixed(1)} KB | | | 25 KB ${basemapOk ? 'ok' : 'OVER'} |`);
writeFileSync(join(out, 'sizes.json'), JSON.stringify(results, null, 2));
if (process.env['SIZE_JSON']) writeFileSync(process.env['SIZE_JSON'], JSON.stringify(results, null, 2));

if (over) {
  console.error(`${over} entr${over > 1 ? 'ies are' : 'y is'} over budget.`);
  process.exit(1);
}
