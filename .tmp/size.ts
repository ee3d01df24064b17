import {build} from 'esbuild';
import {gzipSync} from 'node:zlib';
import {minifyTemplatesEsbuild} from '../scripts/minify-templates.mjs';
const r = await build({entryPoints: [process.argv[2] ?? 'src/partner-map/define.ts'], bundle: true, format: 'esm', minify: true, write: false, metafile: true, target: 'es2022', conditions: ['production'], define: {'process.env.NODE_ENV': '"production"'}, legalComments: 'none', plugins: [minifyTemplatesEsbuild()], logLevel: 'error', splitting: true, outdir: '/tmp/sz'});
const out = Object.values(r.metafile!.outputs).find((o) => o.entryPoint)!;
const groups = new Map<string, number>();
for (const [f, i] of Object.entries(out.inputs)) { const key = f.includes('node_modules') ? f.split('node_modules/')[1]!.split('/').slice(0, f.includes('@') ? 2 : 1).join('/') : f.split('/').slice(0, 2).join('/'); groups.set(key, (groups.get(key) ?? 0) + i.bytesInOutput); }
console.log([...groups].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${(v / 1024).toFixed(1)} KB ${k}`).join('\n'));
const main = r.outputFiles.find((f) => f.path.endsWith('.js') && !f.path.includes('chunk') && f.path.includes('define'))!;
console.log('entry gz', (gzipSync(main.contents, {level: 9}).length / 1024).toFixed(1));
for (const [f, i] of Object.entries(out.inputs)) if (i.bytesInOutput > 3000 && !f.includes('generated/basemap')) console.log((i.bytesInOutput/1024).toFixed(1), f);
const stub = {name: 'stub', setup(b: any) { b.onResolve({filter: /generated\/basemap\.js$/}, () => ({path: 'stub', namespace: 'stub'})); b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export const BASEMAP = {type:"Topology",objects:{},arcs:[]};', loader: 'js'})); }};
const r2 = await build({entryPoints: [process.argv[2] ?? 'src/partner-map/define.ts'], bundle: true, format: 'esm', minify: true, write: false, metafile: true, target: 'es2022', conditions: ['production'], define: {'process.env.NODE_ENV': '"production"'}, legalComments: 'none', plugins: [minifyTemplatesEsbuild(), stub], logLevel: 'error', splitting: true, outdir: '/tmp/sz2'});
const m2 = r2.outputFiles.find((f) => f.path.endsWith('.js') && f.path.includes('define'))!;
console.log('entry gz without basemap', (gzipSync(m2.contents, {level: 9}).length / 1024).toFixed(1), 'chunks', r2.outputFiles.map(f => f.path.split('/').pop()).join(' '));
const bm = (await import('node:fs')).readFileSync('src/generated/basemap.ts');
console.log('basemap alone gz', (gzipSync(bm, {level: 9}).length/1024).toFixed(1));
