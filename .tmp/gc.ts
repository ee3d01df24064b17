import {greatCircle} from '../src/partner-map/geo.js';
import {geoInterpolate} from 'd3-geo';
const a: [number, number] = [179.9965655035739, 0], b: [number, number] = [0, 0];
const p = greatCircle(a, b); const n = p.length - 1; const d3 = geoInterpolate(a, b);
let worst = 0;
for (let i = 1; i < n; i++) { const [x, y] = p[i]!; const [lon, lat] = d3(i / n); const dl = Math.abs(((x - lon + 540) % 360) - 180); if (dl > worst || Math.abs(y-lat) > 1e-6) { worst = dl; console.log(i, p[i], [lon, lat], dl); } }
