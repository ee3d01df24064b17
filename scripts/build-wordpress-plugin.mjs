// The WordPress plugin's zip: dist/twinning-kit-wordpress.zip holds the folder twinning-kit/ (as WordPress's
// "Upload Plugin" expects) with the plugin's files and, in assets/, the kit's CDN file and the embed page
// with its scripts when the build made them. The same files are copied into
// integrations/wordpress/twinning-kit/assets/ (git-ignored), so that folder works as a plugin too.
// Runs at the end of `npm run build`.
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLUGIN_DIR = join(root, 'integrations/wordpress/twinning-kit');
/** The built files the plugin ships in assets/; only the first is required. */
export const KIT_FILES = ['twinning-kit.js', 'embed.html', 'embed.js', 'embed-resize.js'];

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

/**
 * The zip's files, name → content: the plugin's own files (its assets/ only for what is committed there,
 * the .htaccess) and the kit's files from `dist`.
 * @param {string} dist
 * @returns {Map<string, Uint8Array>}
 */
export function pluginFiles(dist) {
  if (!existsSync(join(dist, KIT_FILES[0]))) {
    throw new Error(`${join(dist, KIT_FILES[0])} is missing: run \`vite build --mode cdn\` (npm run build) first.`);
  }
  const out = new Map();
  for (const path of files(PLUGIN_DIR)) {
    const name = relative(PLUGIN_DIR, path).split(sep).join('/');
    if (name.startsWith('assets/') && name !== 'assets/.htaccess') continue;
    out.set(`twinning-kit/${name}`, new Uint8Array(readFileSync(path)));
  }
  for (const name of KIT_FILES) {
    if (existsSync(join(dist, name)))
      out.set(`twinning-kit/assets/${name}`, new Uint8Array(readFileSync(join(dist, name))));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The zip's bytes. A fixed date: the zip depends only on the files' contents.
 * @param {string} dist
 * @returns {Uint8Array}
 */
export function pluginZip(dist) {
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries = {};
  for (const [name, data] of pluginFiles(dist)) entries[name] = [data, {mtime, level: 9}];
  return zipSync(entries);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = join(root, 'dist');
  let zip;
  try {
    zip = pluginZip(dist);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  mkdirSync(join(PLUGIN_DIR, 'assets'), {recursive: true});
  const copied = KIT_FILES.filter((name) => existsSync(join(dist, name)));
  for (const name of copied) copyFileSync(join(dist, name), join(PLUGIN_DIR, 'assets', name));
  const zipPath = join(dist, 'twinning-kit-wordpress.zip');
  writeFileSync(zipPath, zip);
  console.log(`${relative(root, zipPath)}: ${statSync(zipPath).size} B, with ${copied.join(', ')}`);
}
