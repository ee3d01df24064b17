// The WordPress plugin's zip: copies the kit's CDN file (and the embed page with its scripts, when the
// build made them) into integrations/wordpress/twinning-kit/assets/, then writes
// dist/twinning-kit-wordpress.zip with the folder twinning-kit/ inside, as WordPress's "Upload Plugin"
// expects. Runs at the end of `npm run build`.
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(root, 'integrations/wordpress/twinning-kit');
const dist = join(root, 'dist');
const zipPath = join(dist, 'twinning-kit-wordpress.zip');

const kit = join(dist, 'twinning-kit.js');
if (!existsSync(kit)) {
  console.error('dist/twinning-kit.js is missing: run `vite build --mode cdn` (npm run build) first.');
  process.exit(1);
}
mkdirSync(join(plugin, 'assets'), {recursive: true});
const copied = ['twinning-kit.js', 'embed.html', 'embed.js', 'embed-resize.js'].filter((name) => {
  if (!existsSync(join(dist, name))) return false;
  copyFileSync(join(dist, name), join(plugin, 'assets', name));
  return true;
});

/** Every file under `dir`, sorted, so the same tree always makes the same zip. */
function files(dir) {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return files(path);
      // Editor and system leftovers never ship.
      return /^(\.DS_Store|Thumbs\.db)$|~$|\.swp$/.test(entry.name) ? [] : [path];
    });
}

// A fixed date: the zip depends only on the files' contents.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = {};
for (const path of files(plugin)) {
  const name = `twinning-kit/${relative(plugin, path).split(sep).join('/')}`;
  entries[name] = [new Uint8Array(readFileSync(path)), {mtime, level: /\.(zip|png|jpe?g|gz)$/.test(path) ? 0 : 9}];
}
writeFileSync(zipPath, zipSync(entries));
const count = Object.keys(entries).length;
console.log(`${relative(root, zipPath)}: ${count} files, ${statSync(zipPath).size} B (assets: ${copied.join(', ')})`);
