/**
 * The generated world basemap (src/generated/basemap.ts, written by scripts/build-basemap.ts): up to date,
 * within its size budget, with the countries a partner map needs, each partner city of the demo feed inside
 * its own country, and valid land polygons.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {geoArea, geoContains} from 'd3-geo';
import {feature} from 'topojson-client';
import type {Position} from 'geojson';
import {BASEMAP} from '../../src/generated/basemap.js';

const root = new URL('../../', import.meta.url);

function countries() {
  const object = BASEMAP.objects.countries;
  assert.ok(object && object.type === 'GeometryCollection', 'objects.countries is a GeometryCollection');
  return feature(BASEMAP, object).features;
}

test('the committed basemap is what scripts/build-basemap.ts writes (--check)', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-basemap.ts', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `--check failed:\n${run.stdout}${run.stderr}`);
});

test('the basemap is at most 25 KB min+gzip', () => {
  const text = readFileSync(new URL('src/generated/basemap.ts', root));
  const gzip = gzipSync(text, {level: 9}).length;
  console.log(`src/generated/basemap.ts: ${text.length} bytes raw, ${gzip} bytes gzip`);
  assert.ok(gzip <= 25 * 1024, `${gzip} bytes gzip`);
});

test('countries carry alpha-2 ids and include the partner countries', () => {
  const features = countries();
  const ids = new Set(features.map((f) => f.id));
  for (const code of ['RU', 'JP', 'CN', 'KR', 'KP', 'US', 'CA', 'BY', 'AM'])
    assert.ok(ids.has(code), `${code} is missing`);
  const coded = features.filter((f) => f.id !== undefined);
  assert.ok(
    coded.every((f) => typeof f.id === 'string' && /^[A-Z]{2}$/.test(f.id)),
    'every id is an alpha-2 code',
  );
  assert.equal(new Set(coded.map((f) => f.id)).size, coded.length, 'one feature per country');
  assert.ok(coded.length >= 170, `${coded.length} countries`);
  assert.ok(
    features.every((f) => f.properties === null || Object.keys(f.properties).length === 0),
    'no names or other properties',
  );
});

test('partner cities lie inside their countries', () => {
  const features = countries();
  const cities: Array<[string, string, [number, number]]> = [
    ['Khabarovsk', 'RU', [135.0719, 48.4802]],
    ['Niigata', 'JP', [139.0364, 37.9161]],
    ['Bucheon', 'KR', [126.766, 37.5034]],
    ['Harbin', 'CN', [126.5349, 45.8038]],
    ['Portland', 'US', [-122.6765, 45.5231]],
    ['Victoria', 'CA', [-123.3656, 48.4284]],
    ['Mogilev', 'BY', [30.3314, 53.9168]],
    ['Gyumri', 'AM', [43.8465, 40.7942]],
    ['Chongjin', 'KP', [129.7758, 41.7956]],
  ];
  for (const [name, code, point] of cities) {
    const country = features.find((f) => f.id === code);
    assert.ok(country, `${code} is missing`);
    assert.ok(geoContains(country, point), `${name} is not inside ${code}`);
    const others = features
      .filter((f) => f !== country && geoContains(f, point))
      .map((f) => f.id ?? 'a feature without id');
    assert.deepEqual(others, [], `${name} is also inside ${others.join(', ')}`);
  }
});

test('land is a valid MultiPolygon', () => {
  const object = BASEMAP.objects.land;
  assert.ok(object && object.type === 'MultiPolygon', 'objects.land is a MultiPolygon');
  const land = feature(BASEMAP, object);
  assert.equal(land.geometry.type, 'MultiPolygon');
  assert.ok(land.geometry.coordinates.length > 100, `${land.geometry.coordinates.length} polygons`);
  const key = (p: Position) => `${p[0]},${p[1]}`;
  for (const polygon of land.geometry.coordinates) {
    assert.ok(polygon.length >= 1, 'a polygon has an exterior ring');
    for (const ring of polygon) {
      assert.ok(ring.length >= 4, 'a ring has 4 positions or more');
      assert.equal(key(ring[0]!), key(ring.at(-1)!), 'a ring is closed');
      assert.ok(new Set(ring.map(key)).size >= 3, 'a ring has 3 distinct positions or more');
      for (const [lon, lat] of ring)
        assert.ok(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90, `${lon},${lat} is a longitude and latitude`);
    }
    // Wound the way d3-geo expects: a polygon wound inside out would cover more than half the globe.
    const area = geoArea({type: 'Polygon', coordinates: polygon});
    assert.ok(area > 0 && area < 2 * Math.PI, 'a polygon is wound clockwise');
  }
  // Land is about 29% of the Earth (4π steradians); a world-scale simplification stays near that.
  const share = geoArea(land) / (4 * Math.PI);
  assert.ok(share > 0.27 && share < 0.31, `land is ${(share * 100).toFixed(1)}% of the globe`);
});
