/**
 * The finer basemap's tiles (src/generated/basemap-detail/, written by scripts/build-basemap-detail.ts):
 * up to date with the script (whose own checks put each demo city inside its country and compare land and
 * sea with the source), each tile within its budget, and every tile listed in the index.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const root = new URL('../../', import.meta.url);
const dir = new URL('src/generated/basemap-detail/', root);

test('the committed tiles are what scripts/build-basemap-detail.ts writes (--check)', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-basemap-detail.ts', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `--check failed:\n${run.stdout}${run.stderr}`);
});

test('each tile is at most 16 KB gzip, all of them at most 240 KB, and the index lists each', () => {
  const index = readFileSync(new URL('index.ts', dir), 'utf8');
  const tiles = readdirSync(dir).filter((f) => f !== 'index.ts');
  let total = 0;
  for (const file of tiles) {
    const gzip = gzipSync(readFileSync(new URL(file, dir)), {level: 9}).length;
    total += gzip;
    assert.ok(gzip <= 16 * 1024, `${file}: ${gzip} bytes gzip`);
    assert.ok(index.includes(`import('./${file.replace(/\.ts$/, '.js')}')`), `${file} is not in the index`);
  }
  assert.ok(tiles.includes('e120n30.ts'), "the Far East's tile is missing");
  assert.ok(total <= 240 * 1024, `${total} bytes gzip in all`);
});
