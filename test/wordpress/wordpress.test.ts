/**
 * The plugin in a real WordPress (Debian's 6.1 on MariaDB, Apache and mod_php; see harness.ts): posts
 * written by an administrator and by an author, in the block editor and in the classic editor, with each
 * way of putting a widget into a post, each post opened in Chromium as a reader. Prints the matrix
 * (form × role × editor → rendered / stripped) and writes it to test/wordpress/results.md.
 *
 *   npm run build && npm run test:wordpress
 *   TWIN_WP_KEEP=1   keep the temp folder (logs, database) after the run
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {Browser, BrowserContext} from 'playwright-core';
import {blocksFor, FORM_NAMES, FORMS, kept, textFor, type Form, type Urls} from './forms.js';
import {startWordPress, writeUpload, type User, type WordPressSite} from './harness.js';
import {
  insertBlockAndPublish,
  launchChromium,
  logIn,
  lookAtPost,
  newContext,
  openBlockEditor,
  publishFromClassicEditor,
  saveFromBlockEditor,
  watchedPage,
  type Editor,
  type Outcome,
  type Saved,
} from './wp-pages.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ZIP = process.env['TWIN_WP_PLUGIN_ZIP'] ?? join(ROOT, 'dist/twinning-kit-wordpress.zip');
const FEED = join(ROOT, 'data-schema/feeds/khabarovsk-2021.json');
const RESULTS = join(ROOT, 'test/wordpress/results.md');

type Role = 'admin' | 'author';
const ROLES: Role[] = ['admin', 'author'];
const EDITORS: Editor[] = ['block', 'classic'];

interface Post extends Saved {
  role: Role;
  editor: Editor;
  form: Form;
}
type Cell = 'rendered' | 'stripped' | 'not applicable' | `NOT RENDERED: ${string}` | `ERROR: ${string}`;

let site: WordPressSite;
let browser: Browser;
let urls: Urls;
let titles: string[];
const contexts = new Map<string, BrowserContext>();
const posts: Post[] = [];
const outcomes = new Map<Post, Outcome>();
const errors = new Map<string, string>();
let embedProblem = '';
const started = Date.now();

const log = (line: string) => console.log(`# ${line}`);
const user = (role: Role): User => (role === 'admin' ? site.admin : site.author);
async function context(role: Role, editor: Editor): Promise<BrowserContext> {
  const key = `${role}/${editor}`;
  if (!contexts.has(key)) contexts.set(key, await logIn(browser, site, user(role), editor));
  return contexts.get(key)!;
}

before(async () => {
  if (!existsSync(ZIP))
    throw new Error(`No plugin zip at ${ZIP}: run npm run build first (it ends with the plugin's zip).`);
  site = await startWordPress({
    log,
    pluginZip: ZIP,
    pluginFile: 'twinning-kit/twinning-kit.php',
    contentFiles: {
      'mu-plugins/twin-test-classic-editor.php': `<?php
// The WordPress test's switch: the classic editor for a browser that has the cookie twin_classic=1.
add_filter('use_block_editor_for_post', function ($use) { return empty($_COOKIE['twin_classic']) ? $use : false; });
`,
    },
  });
  log(
    `WordPress ${site.php('echo get_bloginfo("version");')} at ${site.url} (${site.root}), ready in ${Date.now() - started} ms`,
  );

  // The feed in uploads/twinning-kit/, with one embed page and its oEmbed JSON written there by the CLI
  // (its .htaccess gives them Access-Control-Allow-Origin: the embed iframe is sandboxed); the embed page
  // itself (embed.html) and the kit are the plugin's copies in its assets/.
  const base = `${site.uploadsUrl}/twinning-kit/`;
  const kit = `${site.url}/wp-content/plugins/twinning-kit/assets/`;
  writeUpload(site, 'twinning-kit/khabarovsk-2021.json', readFileSync(FEED));
  urls = {feed: `${base}khabarovsk-2021.json`, embed: `${base}khabarovsk-events.html`};
  const out = join(site.uploadsDir, 'twinning-kit');
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'bin/twinning-kit.js'),
        'oembed',
        '--base',
        base,
        '--kit',
        kit,
        '--element',
        'event-calendar',
        '--src',
        urls.feed,
        '--lang',
        'en',
        '--title',
        'Khabarovsk: events with partner cities',
        '--name',
        'khabarovsk-events',
        '--out',
        out,
      ],
      {stdio: 'pipe', cwd: ROOT},
    );
  } catch (err) {
    const said = (err as {stderr?: Buffer}).stderr?.toString().split('\n')[0];
    embedProblem = `twinning-kit oembed failed: ${said ?? err}`;
    log(embedProblem);
  }
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'www-data:www-data', out]);

  const feed = JSON.parse(readFileSync(FEED, 'utf8')) as {events: Array<{title: Record<string, string>}>};
  titles = feed.events.map((e) => e.title['en']).filter((t): t is string => Boolean(t && t.length >= 8));
  browser = await launchChromium();
});

after(async () => {
  for (const c of contexts.values()) await c.close().catch(() => {});
  await browser?.close().catch(() => {});
  await site?.stop();
  log(`the whole run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('the plugin is active in WordPress 6.1', () => {
  assert.equal(
    site.php(
      `require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo is_plugin_active('twinning-kit/twinning-kit.php') ? 'yes' : 'no';`,
    ),
    'yes',
  );
});

test(
  'admin and author write a post with each form, in the block editor and in the classic editor',
  {timeout: 180_000},
  async () => {
    for (const role of ROLES) {
      // Block editor: the editor's own page serializes the blocks and saves them through the REST API.
      const editor = await openBlockEditor(await context(role, 'block'), site);
      const saved = await saveFromBlockEditor(
        editor,
        FORMS.map((form) => ({title: `${form} by ${role} (block editor)`, blocks: blocksFor(form, urls)})),
      );
      await editor.close();
      saved.forEach((s, i) => {
        if ('error' in s) errors.set(`${role}/block/${FORMS[i]}`, s.error);
        else posts.push({...s, role, editor: 'block', form: FORMS[i]!});
      });
      // Classic editor: typed into the Text tab, published with the Publish button.
      const classic = await context(role, 'classic');
      for (const form of FORMS) {
        if (form === 'block') continue;
        try {
          const s = await publishFromClassicEditor(
            classic,
            site,
            `${form} by ${role} (classic editor)`,
            textFor(form, urls),
          );
          posts.push({...s, role, editor: 'classic', form});
        } catch (err) {
          errors.set(`${role}/classic/${form}`, String(err));
        }
      }
    }
    assert.deepEqual([...errors.entries()], [], 'every post was saved');
  },
);

test(
  'each published post, as a reader sees it: the expected forms render, the author loses only the bare element',
  {timeout: 240_000},
  async () => {
    const stored = JSON.parse(
      site.php(
        `echo wp_json_encode(array_map(function ($id) { return get_post_field('post_content', $id); }, ${JSON.stringify(posts.map((p) => p.id))}));`,
      ),
    ) as string[];
    const reader = await newContext(browser);
    const {page, watch} = await watchedPage(reader);
    const cells = new Map<string, Cell>();
    const problems: string[] = [];
    for (const [i, post] of posts.entries()) {
      const key = `${post.role}/${post.editor}/${post.form}`;
      if (!kept(post.form, stored[i] ?? '', urls)) {
        cells.set(key, 'stripped');
        continue;
      }
      const before = watch.consoleErrors.length + watch.pageErrors.length;
      const outcome = await lookAtPost(page, post.link, titles);
      outcomes.set(post, outcome);
      const why = post.form === 'embed' && embedProblem ? `${embedProblem}; ` : '';
      cells.set(key, outcome.state === 'rendered' ? 'rendered' : `NOT RENDERED: ${why}${outcome.detail.slice(0, 160)}`);
      const said = [...watch.consoleErrors, ...watch.pageErrors].slice(before);
      if (watch.consoleErrors.length + watch.pageErrors.length > before) problems.push(`${key}: ${said.join(' | ')}`);
    }
    await reader.close();
    for (const [key, error] of errors) cells.set(key, `ERROR: ${error}`);

    const matrix = table(cells);
    console.log(`\n${matrix}\n`);
    writeFileSync(RESULTS, results(matrix));

    const expected = new Map<string, Cell>();
    for (const role of ROLES)
      for (const editor of EDITORS)
        for (const form of FORMS)
          if (!(editor === 'classic' && form === 'block'))
            expected.set(
              `${role}/${editor}/${form}`,
              role === 'author' && form === 'element' ? 'stripped' : 'rendered',
            );
    assert.deepEqual(Object.fromEntries(cells), Object.fromEntries(expected));
    assert.deepEqual(problems, [], 'no console error and no uncaught error on any post');
    assert.deepEqual(watch.dialogs, []);
  },
);

test('a pasted embed URL becomes WordPress’s sandboxed iframe, sized by wp-embed.js to the widget (200–1000 px)', () => {
  const embeds = posts.filter((p) => p.form === 'embed');
  assert.equal(embeds.length, 4, 'an embed post per role and editor');
  for (const post of embeds) {
    const outcome = outcomes.get(post);
    assert.ok(
      outcome?.state === 'rendered' && outcome.iframe,
      `${post.role}/${post.editor}: ${JSON.stringify(outcome)}`,
    );
    const f = outcome.iframe;
    assert.equal(f.sandbox, 'allow-scripts');
    assert.match(f.className, /\bwp-embedded-content\b/);
    assert.ok(f.wpEmbedScript, 'WordPress enqueued wp-embed.js');
    assert.ok(f.height >= 200 && f.height <= 1000, `height ${f.height}`);
    assert.ok(
      Math.abs(f.height - Math.min(1000, Math.max(200, f.contentHeight))) <= 2,
      `height ${f.height} for content ${f.contentHeight}`,
    );
  }
});

test(
  'the block editor as an author uses it: the block from the inserter, the feed in the inspector, a live preview, Publish',
  {timeout: 120_000},
  async () => {
    const editor = await openBlockEditor(await context('author', 'block'), site);
    const {link, preview} = await insertBlockAndPublish(editor, 'Events with our partner cities', urls.feed, titles);
    await editor.close();
    assert.ok(preview, 'the preview in the editor shows the feed');
    const reader = await newContext(browser);
    const {page, watch} = await watchedPage(reader);
    const outcome = await lookAtPost(page, link, titles);
    await reader.close();
    assert.equal(outcome.state, 'rendered', JSON.stringify(outcome));
    assert.deepEqual([...watch.consoleErrors, ...watch.pageErrors], []);
  },
);

test(
  'KSES, for an author: a div keeps class, id, lang, role, title, aria-* and data-*, even data-src="javascript:…", which the kit refuses',
  {timeout: 90_000},
  async () => {
    const div =
      '<div class="twinning-kit wide" id="partner-events" lang="en" role="region" title="Events with partner cities" ' +
      'aria-label="Partner events" aria-describedby="partner-events-note" data-element="event-calendar" ' +
      'data-src="javascript:alert(document.domain)//" data-lang="en" data-view="list"><a href="/">Events (feed)</a></div>';
    const editor = await openBlockEditor(await context('author', 'block'), site);
    const [saved] = await saveFromBlockEditor(editor, [
      {title: 'KSES and the div form', blocks: [['core/html', {content: div}]]},
    ]);
    assert.ok(saved && !('error' in saved), JSON.stringify(saved));
    const attributes = await editor.evaluate(async (id) => {
      const wp = (window as unknown as {wp: {apiFetch(o: {path: string}): Promise<{content: {raw: string}}>}}).wp;
      const post = await wp.apiFetch({path: `/wp/v2/posts/${id}?context=edit`});
      const stored = new DOMParser().parseFromString(post.content.raw, 'text/html').querySelector('div');
      return Object.fromEntries([...(stored?.attributes ?? [])].map((a) => [a.name, a.value]));
    }, saved.id);
    await editor.close();
    assert.deepEqual(attributes, {
      class: 'twinning-kit wide',
      id: 'partner-events',
      lang: 'en',
      role: 'region',
      title: 'Events with partner cities',
      'aria-label': 'Partner events',
      'aria-describedby': 'partner-events-note',
      'data-element': 'event-calendar',
      'data-src': 'javascript:alert(document.domain)//',
      'data-lang': 'en',
      'data-view': 'list',
    });

    const reader = await newContext(browser);
    const {page, watch} = await watchedPage(reader);
    await page.goto(saved.link);
    const shown = await page
      .waitForFunction(
        () => {
          const widget = document.querySelector('#partner-events twin-event-calendar');
          const text = widget?.shadowRoot
            ? (globalThis as unknown as {__twinDeepText(n: Node): string}).__twinDeepText(widget.shadowRoot)
            : '';
          // Settled as the browser tests mean it: drawn, and nothing in it busy (the loading state is).
          const busy = widget?.shadowRoot?.querySelector('[aria-busy="true"]');
          return text.length > 0 && !busy && text;
        },
        undefined,
        {timeout: 20_000},
      )
      .then((h) => h.jsonValue() as Promise<string>);
    await page.waitForTimeout(500);
    await reader.close();
    log(`a javascript: feed address shows: ${shown.slice(0, 200)}`);
    if (watch.consoleErrors.length) log(`and the console says: ${[...new Set(watch.consoleErrors)].join(' | ')}`);
    assert.ok(!titles.some((t) => shown.includes(t)), `no feed was read: ${shown}`);
    assert.match(shown, /javascript:alert/, 'the message names the address it refused');
    assert.deepEqual(watch.dialogs, [], 'no script ran');
    assert.deepEqual(watch.pageErrors, []);
  },
);

test(
  'a hostile shortcode from an author: a message, nothing executed, no error from the kit',
  {timeout: 90_000},
  async () => {
    const hostile = [
      `[twinning_kit element="x" src="javascript:alert(1)" lang='"><script>window.__twinPwned=1;alert(2)</script>']`,
      `[twinning_kit element="event-calendar" src="javascript:window.__twinPwned=3"]`,
      `[twinning_kit element="event-calendar" src="${urls.feed}" lang='"><img src=x onerror=alert(4)>' partner='"><svg onload=alert(5)>']`,
    ];
    const editor = await openBlockEditor(await context('author', 'block'), site);
    const [saved] = await saveFromBlockEditor(editor, [
      {
        title: 'Hostile shortcodes',
        blocks: hostile.map((text) => ['core/shortcode', {text}] as [string, Record<string, unknown>]),
      },
    ]);
    await editor.close();
    assert.ok(saved && !('error' in saved), JSON.stringify(saved));
    const reader = await newContext(browser);
    const {page, watch} = await watchedPage(reader);
    await page.goto(saved.link);
    await page.waitForTimeout(2000);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
      return {
        text: (root as HTMLElement).innerText.trim(),
        pwned: (window as unknown as {__twinPwned?: unknown}).__twinPwned ?? null,
        scripts: root.querySelectorAll('script').length,
        handlers: [...root.querySelectorAll('*')].flatMap((e) =>
          e.getAttributeNames().filter((n) => n.startsWith('on')),
        ),
        javascriptUrls: [...root.querySelectorAll('*')].flatMap((e) =>
          [...e.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${e.localName}[${a.name}]`),
        ),
      };
    });
    await reader.close();
    log(`hostile shortcodes show: ${seen.text.replace(/\s+/g, ' ').slice(0, 240)}`);
    assert.ok(seen.text.length > 0 && !seen.text.includes('[twinning_kit'), `a message: ${seen.text}`);
    assert.equal(seen.pwned, null, 'no script ran');
    assert.deepEqual(watch.dialogs, [], 'no dialog');
    assert.equal(seen.scripts, 0);
    assert.deepEqual(seen.handlers, []);
    assert.deepEqual(seen.javascriptUrls, []);
    assert.deepEqual([...watch.consoleErrors, ...watch.pageErrors], []);
  },
);

test('PHP said nothing about the plugin (WordPress debug log)', () => {
  const lines = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8').split('\n') : [];
  assert.deepEqual(
    lines.filter((l) => /twinning-kit|twinning_kit/i.test(l)),
    [],
  );
});

function table(cells: Map<string, Cell>): string {
  const columns = ROLES.flatMap((role) => EDITORS.map((editor) => [role, editor] as const));
  const head = `| form | ${columns.map(([r, e]) => `${r === 'admin' ? 'administrator' : 'author'}, ${e} editor`).join(' | ')} |`;
  const rule = `| --- | ${columns.map(() => '---').join(' | ')} |`;
  const rows = FORMS.map(
    (form) =>
      `| ${FORM_NAMES[form]} | ${columns
        .map(([role, editor]) =>
          editor === 'classic' && form === 'block'
            ? 'not applicable'
            : (cells.get(`${role}/${editor}/${form}`) ?? 'missing'),
        )
        .join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}

function results(matrix: string): string {
  const versions = site.php(
    `global $wp_version; echo 'WordPress ' . $wp_version . ' (Debian), PHP ' . PHP_VERSION . ', ' . get_template();`,
  );
  return `# The plugin in a real WordPress: which forms survive

Written by \`npm run test:wordpress\` (test/wordpress/wordpress.test.ts) on ${versions}, MariaDB and
Apache with mod_php. Each post was written by that user in that editor (the block editor: the blocks
serialized by the editor and saved through the REST API with the user's cookie and nonce; the classic
editor: typed into the Text tab and published), then opened in Chromium as a reader. **rendered**: the
widget shows the Khabarovsk feed's events (in the element's shadow DOM, or inside the embed iframe);
**stripped**: WordPress removed the form when it saved the post (KSES: the author has no
\`unfiltered_html\`), so the reader sees only the fallback link.

${matrix}

Forms, as written: the shortcode \`[twinning_kit element="event-calendar" src="…" lang="en"]\` (a
Shortcode block in the block editor); the plugin's block; \`<div class="twinning-kit" data-element="event-calendar"
data-src="…" data-lang="en"><a href="…">…</a></div>\` and \`<twin-event-calendar src="…" lang="en">\` (a
Custom HTML block in the block editor); the URL of an embed page written by \`twinning-kit oembed\`, alone
on its line (an Embed block in the block editor).
`;
}
