import {geoNaturalEarth1, geoPath, geoGraticule10} from 'd3-geo';
import {feature, mesh} from 'topojson-client';
import {BASEMAP} from '../src/generated/basemap.js';
const countries = BASEMAP.objects['countries'] as any;
for (let run = 0; run < 3; run++) {
const t0 = performance.now();
const landF = feature(BASEMAP, BASEMAP.objects['land'] as any);
const t1 = performance.now();
const meshG = mesh(BASEMAP, countries, (a: any, b: any) => a !== b);
const t2 = performance.now();
for (const prec of [Math.SQRT1_2, 1, 2, 0]) {
  const p = geoNaturalEarth1().rotate([-135 - run, 0]).precision(prec); p.fitWidth(1000, {type: 'Sphere'});
  const path = geoPath(p).digits(2);
  const a = performance.now(); const land = path(landF)!; const b = performance.now(); const borders = path(meshG)!; const c = performance.now();
  const path1 = geoPath(p); const d0 = performance.now(); path1(landF); const d1 = performance.now();
  console.log(run, 'prec', prec.toFixed(2), 'feature', (t1-t0).toFixed(1), 'mesh', (t2-t1).toFixed(1), 'land', (b-a).toFixed(1), land.length, 'borders', (c-b).toFixed(1), borders.length, 'land no digits', (d1-d0).toFixed(1));
}
}
