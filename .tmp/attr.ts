import {build} from 'esbuild';
import {gzipSync} from 'node:zlib';
import {SourceMapConsumer} from 'source-map-js';
import {minifyTemplatesEsbuild} from '../scripts/minify-templates.mjs';
const stub = {name: 'stub', setup(b: any) { b.onResolve({filter: /generated\/basemap\.js$/}, () => ({path: 'stub', namespace: 'stub'})); b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export const BASEMAP = {type:"Topology",objects:{},arcs:[]};', loader: 'js'})); }};
const r = await build({entryPoints: [process.argv[2] ?? 'src/partner-map/define.ts'], bundle: true, format: 'esm', minify: true, write: false, sourcemap: 'external', outfile: '/tmp/attr/out.js', target: 'es2022', conditions: ['production'], define: {'process.env.NODE_ENV': '"production"'}, legalComments: 'none', plugins: [minifyTemplatesEsbuild(), stub], logLevel: 'error', splitting: false});
const js = r.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map'))!.text);
const consumer = new SourceMapConsumer(map);
// attribute each char to a source via mappings (segments sorted by position)
const lines = js.split('\n');
const owner: string[][] = lines.map((l) => new Array(l.length).fill('?'));
const segs: Array<{line: number; col: number; src: string}> = [];
consumer.eachMapping((m: any) => segs.push({line: m.generatedLine - 1, col: m.generatedColumn, src: m.source ?? '?'}));
segs.sort((a, b) => a.line - b.line || a.col - b.col);
for (let i = 0; i < segs.length; i++) { const s = segs[i]!; const next = segs[i + 1]; const end = next && next.line === s.line ? next.col : lines[s.line]!.length; for (let c = s.col; c < end; c++) owner[s.line]![c] = s.src; }
const group = (src: string) => { const m = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(src); if (m) return m[1]!.includes('lit') ? src.replace(/^.*node_modules\//, '') : m[1]!; return src.replace(/^.*?src\//, 'src/').replace(/^.*?data-schema\//, 'data-schema/'); };
const groups = new Set(owner.flat().map(group));
const total = gzipSync(js, {level: 9}).length;
const rows: Array<[string, number, number]> = [];
for (const g of groups) {
  let kept = ''; let removed = 0;
  lines.forEach((l, i) => { for (let c = 0; c < l.length; c++) { if (group(owner[i]![c]!) === g) removed++; else kept += l[c]; } kept += '\n'; });
  rows.push([g, removed, total - gzipSync(kept, {level: 9}).length]);
}
rows.sort((a, b) => b[2] - a[2]);
console.log('total gz', (total / 1024).toFixed(2));
for (const [g, raw, gz] of rows) if (gz > 150) console.log(`${(gz / 1024).toFixed(2)} KB gz  ${(raw / 1024).toFixed(1)} KB min  ${g}`);
