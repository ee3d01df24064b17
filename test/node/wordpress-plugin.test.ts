// The WordPress plugin without a site: every PHP file parses, the headers say what WordPress reads, the zip
// holds the folder WordPress's "Upload Plugin" expects, and the renderer behind the shortcode and the block
// runs on WordPress's own escaping, KSES, shortcode and block-parser code (test/php/wordpress-plugin-unit.php,
// with only the database stubbed). The plugin in a real site is test/wordpress/.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {unzipSync} from 'fflate';
import {PLUGIN_DIR, pluginZip} from '../../scripts/build-wordpress-plugin.mjs';

const root = new URL('../..', import.meta.url).pathname;
const hasPhp = spawnSync('php', ['-v']).status === 0;
const wordpress = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const hasWordPress = existsSync(join(wordpress, 'wp-includes/kses.php'));

function phpFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return phpFiles(path);
    return entry.name.endsWith('.php') ? [path] : [];
  });
}

test(
  'every PHP file of the plugin parses (php -l) and stops when loaded outside WordPress',
  {skip: !hasPhp && 'no php here'},
  () => {
    const files = phpFiles(PLUGIN_DIR);
    assert.ok(files.length >= 8, `${files.length} PHP files`);
    for (const file of files) {
      const lint = spawnSync('php', ['-l', file], {encoding: 'utf8'});
      assert.equal(lint.status, 0, `${relative(root, file)}: ${lint.stdout}${lint.stderr}`);
      const guard = file.endsWith('uninstall.php')
        ? "defined( 'WP_UNINSTALL_PLUGIN' ) || exit;"
        : "defined( 'ABSPATH' ) || exit;";
      assert.ok(readFileSync(file, 'utf8').includes(guard), `${relative(root, file)} has ${guard}`);
    }
  },
);

test('the plugin header, readme.txt and block.json agree', () => {
  const header = readFileSync(join(PLUGIN_DIR, 'twinning-kit.php'), 'utf8');
  const field = (name: string) => new RegExp(`^ \\* ${name}:\\s*(.+)$`, 'm').exec(header)?.[1]?.trim();
  assert.equal(field('Plugin Name'), 'Twinning Kit');
  assert.equal(field('Version'), '0.1.0');
  assert.equal(field('Requires at least'), '6.1');
  assert.equal(field('Requires PHP'), '7.4');
  assert.equal(field('License'), 'GPL-2.0-or-later');
  assert.equal(field('Text Domain'), 'twinning-kit');
  assert.ok(field('Description'));
  const readme = readFileSync(join(PLUGIN_DIR, 'readme.txt'), 'utf8');
  assert.match(readme, /^=== Twinning Kit ===$/m);
  assert.match(readme, /^Stable tag: 0\.1\.0$/m);
  assert.match(readme, /^Requires at least: 6\.1$/m);
  const block = JSON.parse(readFileSync(join(PLUGIN_DIR, 'block/block.json'), 'utf8'));
  assert.equal(block.name, 'twinning-kit/widget');
  assert.equal(block.apiVersion, 2);
  assert.deepEqual(Object.keys(block.attributes), [
    'element',
    'src',
    'lang',
    'partner',
    'view',
    'theme',
    'headingLevel',
  ]);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(pkg.scripts.build, /&& node scripts\/build-wordpress-plugin\.mjs$/);
});

test('the zip holds twinning-kit/ with the plugin and the kit from dist', () => {
  const dist = mkdtempSync(join(tmpdir(), 'twin-wp-dist-'));
  assert.throws(() => pluginZip(dist), /twinning-kit\.js is missing/);
  writeFileSync(join(dist, 'twinning-kit.js'), 'export {};\n');
  writeFileSync(join(dist, 'embed.html'), '<!doctype html>\n');
  const files = unzipSync(pluginZip(dist));
  assert.deepEqual(Object.keys(files), [
    'twinning-kit/assets/.htaccess',
    'twinning-kit/assets/embed.html',
    'twinning-kit/assets/twinning-kit.js',
    'twinning-kit/block/block.json',
    'twinning-kit/block/editor.asset.php',
    'twinning-kit/block/editor.js',
    'twinning-kit/includes/assets.php',
    'twinning-kit/includes/block.php',
    'twinning-kit/includes/render.php',
    'twinning-kit/includes/settings.php',
    'twinning-kit/includes/values.php',
    'twinning-kit/readme.txt',
    'twinning-kit/twinning-kit.php',
    'twinning-kit/uninstall.php',
  ]);
  assert.equal(new TextDecoder().decode(files['twinning-kit/assets/twinning-kit.js']), 'export {};\n');
  assert.match(
    new TextDecoder().decode(files['twinning-kit/assets/.htaccess']),
    /Header set Access-Control-Allow-Origin "\*"/,
  );
  // The same files make the same zip.
  assert.deepEqual(pluginZip(dist), pluginZip(dist));
  // After `npm run build`, the zip in dist/ is that zip for the built kit.
  const built = join(root, 'dist/twinning-kit-wordpress.zip');
  if (existsSync(built) && existsSync(join(root, 'dist/twinning-kit.js'))) {
    const names = Object.keys(unzipSync(readFileSync(built)));
    assert.ok(names.includes('twinning-kit/assets/twinning-kit.js'), names.join(', '));
    assert.ok(names.includes('twinning-kit/twinning-kit.php'));
  }
});

interface Unit {
  cases: Record<string, {html: string; enqueued: string[]}>;
  needsKit: Record<string, boolean>;
  moduleTag: string[];
}

test(
  "the renderer on WordPress's own code: the element with escaped attributes, or a notice and nothing else",
  {skip: (!hasPhp && 'no php here') || (!hasWordPress && `no WordPress at ${wordpress} (WORDPRESS_DIR)`)},
  () => {
    const script = join(root, 'test/php/wordpress-plugin-unit.php');
    const run = spawnSync('php', [script, wordpress, PLUGIN_DIR], {encoding: 'utf8'});
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Unit;
    const at = (name: string) => {
      const rendered = out.cases[name];
      assert.ok(rendered, `the case ${name} ran`);
      return rendered;
    };
    const kit = ['twinning-kit'];

    assert.equal(
      at('plain').html,
      '<twin-event-calendar src="https://city.example/feeds/k.json" lang="ru"><a href="https://city.example/feeds/k.json">События (файл данных)</a></twin-event-calendar>',
    );
    assert.deepEqual(at('plain').enqueued, kit);
    // A path from the site's root resolves against the home URL's origin; every setting is carried.
    assert.equal(
      at('all').html,
      '<twin-partner-map src="https://city.example/feeds/k.json" lang="ja" partner="niigata" view="list" theme="dark"><a href="https://city.example/feeds/k.json">姉妹都市・友好都市（データ）</a></twin-partner-map>',
    );
    // A relative path resolves below the home URL; `&amp;` (as KSES leaves it) is one `&`, escaped once.
    assert.match(
      at('twin-prefix').html,
      /^<twin-delegation-list src="https:\/\/city\.example\/news\/feeds\/k\.json\?a=1&#038;b=2" lang="en">/,
    );
    // A view the element does not have is left out.
    assert.doesNotMatch(at('view-elsewhere').html, /view=/);
    assert.match(
      at('block').html,
      /^<twin-partner-map src="https:\/\/city\.example\/k\.json\?x=1&#038;y=2" lang="ko">/,
    );
    assert.deepEqual(at('block').enqueued, kit);

    const notice = (name: string, lang: string, words: RegExp) => {
      const html = at(name).html;
      assert.match(
        html,
        new RegExp(`^<p class="twinning-kit-notice" lang="${lang}">Twinning Kit[^<]*</p>$`),
        `${name}: ${html}`,
      );
      assert.match(html, words, name);
      assert.deepEqual(at(name).enqueued, [], `${name} loads no script`);
    };
    notice('unknown-element', 'ru', /неизвестный виджет/);
    notice('javascript', 'ja', /https:\/\//);
    notice('javascript-entity', 'ko', /https:\/\//);
    notice('data-url', 'zh-Hans', /https:\/\//);
    notice('tab-in-scheme', 'en', /must start with https:\/\//);
    notice('not-utf8', 'en', /must start with https:\/\//);
    notice('protocol-relative', 'en', /must start with https:\/\//);
    notice('hostile-partner', 'en', /cannot use/);
    notice('hostile-theme', 'en', /cannot use/);
    notice('broken-attribute', 'en', /cannot use/);
    notice('hostile-lang', 'en', /cannot use/);
    notice('no-src', 'en', /no feed address/);
    notice('heading-level-bad', 'en', /cannot use/);
    notice('block-hostile', 'en', /unknown widget/);

    // The widget's top heading at the level the page's outline needs.
    assert.match(at('heading-level').html, /^<twin-report-summary src="[^"]+" lang="en" heading-level="3">/);
    assert.match(at('block-heading-level').html, /^<twin-event-calendar src="[^"]+" lang="en" heading-level="4">/);

    // Defaults: the settings' feed and language, else the site's language (English when it is none of five).
    assert.match(
      at('settings').html,
      /^<twin-event-calendar src="https:\/\/city\.example\/feeds\/default\.json" lang="zh-Hans"><a [^>]+>活动（数据源）<\/a>/,
    );
    assert.match(
      at('locale').html,
      /^<twin-report-summary src="https:\/\/city\.example\/feeds\/default\.json" lang="ru">/,
    );
    assert.match(at('locale-other').html, / lang="en">/);

    assert.deepEqual(out.needsKit, {shortcode: true, block: true, div: true, element: true, other: false});
    assert.deepEqual(out.moduleTag, [
      `<script type="module" src='https://x/k.js' id='twinning-kit-js'></script>\n`,
      `<script type="module" src='https://x/k.js' id='twinning-kit-js'></script>\n`,
      `<script src='https://x/other.js' id='other-js'></script>\n`,
    ]);
  },
);
