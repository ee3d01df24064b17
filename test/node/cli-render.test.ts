/**
 * `twinning-kit render`: one widget's content on standard output, `--all` a folder whose pages link each
 * other, wrong options said in the reader's language with exit status 2, 500 events, README's recipe.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {run} from '../../src/cli/main.js';
import {CLI_WORDS} from '../../src/cli/languages.js';
import {fileName} from '../../src/static/pages.js';

const exec = promisify(execFile);
const bin = new URL('../../bin/twinning-kit.js', import.meta.url).pathname;
const feedPath = new URL('../../data-schema/feeds/khabarovsk-2021.json', import.meta.url).pathname;
const vladivostokPath = new URL('../../demo/feeds/vladivostok-sample.json', import.meta.url).pathname;

/** The command run in this process: its exit status, standard output and standard error. */
async function cli(...args: string[]) {
  let stdout = '';
  const err: string[] = [];
  const out: string[] = [];
  const code = await run(
    ['render', ...args],
    (s) => out.push(s),
    (s) => err.push(s),
    (t) => void (stdout += t),
    {LANG: 'C'},
  );
  return {code, stdout: stdout + out.join('\n'), stderr: err.join('\n')};
}

test('render --element: the widget content on standard output (the installed command)', async () => {
  const {stdout, stderr} = await exec(
    process.execPath,
    [bin, 'render', feedPath, '--element', 'report-summary', '--lang', 'ja'],
    {
      env: {...process.env, LANG: 'C', LC_ALL: ''},
    },
  );
  assert.match(stdout, /^<div class="twin-static twin-static-report-summary" data-twin-static lang="ja">/);
  assert.ok(stdout.includes('数字で見る2021年'));
  assert.equal(stderr, '');
});

test('render: each element, options passed on; a feed with problems still renders, with exit status 1', async () => {
  for (const element of ['event-calendar', 'partner-map', 'delegation-list', 'report-summary']) {
    const r = await cli(feedPath, '--element', element, '--lang', 'ru', '--heading-level', '3');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(
      r.stdout.startsWith(`<div class="twin-static twin-static-${element}" data-twin-static lang="ru">`),
      element,
    );
  }
  const r = await cli(
    feedPath,
    '--element',
    'event-calendar',
    '--lang',
    'en',
    '--heading-level',
    '3',
    '--year',
    '2021',
  );
  assert.match(r.stdout, /<h3>2021, during the year<\/h3>/);
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  feed.events[0].format = 'zoom';
  const dir = mkdtempSync(join(tmpdir(), 'twin-render-'));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(feed));
  const broken = await cli(join(dir, 'broken.json'), '--element', 'event-calendar', '--lang', 'en');
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /\$\.events\[0\]\.format "zoom"/);
  assert.equal(broken.stdout.match(/<article /g)?.length, 34);
  const missing = await cli(join(dir, 'none.json'), '--element', 'event-calendar');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /none\.json: cannot read: there is no such file/);
});

test('render: a wrong option is said in the language asked for, with the usage, exit status 2', async () => {
  const cases: Array<[string[], (w: (typeof CLI_WORDS)['ru']) => string]> = [
    [
      ['--element', 'calendar'],
      (w) => w.oembed.badValue('--element', 'calendar', 'event-calendar, partner-map, delegation-list, report-summary'),
    ],
    [
      ['--element', 'event-calendar', '--view', 'week'],
      (w) => w.oembed.badValue('--view', 'week', 'list, month, year'),
    ],
    [['--element', 'event-calendar', '--year', '21'], (w) => w.oembed.badValue('--year', '21', 'YYYY')],
    [['--element', 'event-calendar', '--heading-level', '9'], (w) => w.oembed.badValue('--heading-level', '9', '1–6')],
    [[], (w) => w.render.missing('--element')],
    [['--all'], (w) => w.render.missing('--out')],
    [['--all', '--out', 'x', '--element', 'partner-map'], (w) => w.render.notWith('--element', '--all')],
    [['--element', 'partner-map', '--out', 'x'], (w) => w.render.notWith('--out', '--element')],
    [
      ['--all', '--out', 'x', '--base', 'ftp://city.example/'],
      (w) => w.oembed.notHttp('--base', 'ftp://city.example/'),
    ],
    [['--element', 'event-calendar', '--partner', 'atlantis'], (w) => w.noSuchPartner('atlantis')],
    [['--element', 'event-calendar', '--colour', 'red'], (w) => w.wrongOption('--colour')],
  ];
  for (const lang of ['ru', 'ja', 'en'] as const) {
    for (const [args, message] of cases) {
      const r = await cli(feedPath, ...args, '--lang', lang);
      assert.equal(r.code, 2, `${args.join(' ')} in ${lang}`);
      assert.ok(
        r.stderr.startsWith(message(CLI_WORDS[lang])),
        `${args.join(' ')} in ${lang}: ${r.stderr.split('\n')[0]}`,
      );
      assert.equal(r.stdout, '');
    }
  }
  // The usage follows, in that language; `render --help` is the command's own help; the general help names it.
  assert.ok((await cli(feedPath, '--element', 'x', '--lang', 'ru')).stderr.includes(CLI_WORDS.ru.render.usage));
  assert.equal((await cli('--help')).stdout, CLI_WORDS.en.render.usage);
  const help = await run(
    ['--help'],
    (s) => assert.ok(s.includes(CLI_WORDS.en.render.usage)),
    () => {},
    () => {},
    {LANG: 'C'},
  );
  assert.equal(help, 0);
  const bad = await cli(feedPath, '--all', '--out', 'x', '--lang', 'ru,!!');
  assert.equal(bad.code, 2);
});

/** Every href in a file, resolved against the file's own place in the folder (only relative ones). */
function localLinks(root: string, file: string): string[] {
  const html = readFileSync(join(root, file), 'utf8');
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((h) => !/^[a-z]+:/.test(h))
    .map((h) => resolve(dirname(join(root, file)), h));
}

test('render --all: snippets, a page per event and partner, an index and the stylesheet, all linked', async () => {
  const out = mkdtempSync(join(tmpdir(), 'twin-all-'));
  const r = await cli(feedPath, '--all', '--out', out, '--lang', 'ru,ja');
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  const partners = readdirSync(join(out, 'ru/partners'));
  assert.equal(readdirSync(join(out, 'ru/events')).length, feed.events.length);
  assert.equal(partners.length, 16);
  assert.ok(existsSync(join(out, 'twinning-kit-static.css')));
  assert.match(r.stderr, new RegExp(`${2 * (4 + feed.events.length + 16) + 2} files written to `));
  for (const lang of ['ru', 'ja']) {
    for (const el of ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'])
      assert.ok(existsSync(join(out, lang, `${el}.html`)), `${lang}/${el}.html`);
  }
  // The index links every file; every local link of every page leads to a file that exists.
  const index = localLinks(out, 'index.html');
  for (const lang of ['ru', 'ja']) {
    for (const e of feed.events) assert.ok(index.includes(join(out, lang, 'events', `${fileName(e.id)}.html`)), e.id);
    for (const p of partners) assert.ok(index.includes(join(out, lang, 'partners', p)), p);
  }
  const files = ['index.html', 'ru/event-calendar.html', 'ru/report-summary.html'];
  for (const dir of ['ru/events', 'ru/partners', 'ja/partners'])
    files.push(...readdirSync(join(out, dir)).map((f) => `${dir}/${f}`));
  for (const f of files) for (const target of localLinks(out, f)) assert.ok(existsSync(target), `${f} → ${target}`);
  // The calendar's titles lead to the events' pages, and an event's page to its partners' pages.
  const calendar = readFileSync(join(out, 'ru/event-calendar.html'), 'utf8');
  assert.equal(calendar.match(/<a href="events\/[^"]+\.html">/g)?.length, feed.events.length);
  const page = readFileSync(join(out, 'ru/events/2021-07-bucheon-sejong-clinic.html'), 'utf8');
  assert.match(page, /^<!doctype html>\n<html lang="ru">/);
  assert.match(page, /<title>[^<]+<\/title>/);
  assert.match(page, /<meta name="description" content="[^"]+" \/>/);
  assert.match(page, /<link rel="stylesheet" href="..\/..\/twinning-kit-static.css" \/>/);
  assert.ok(!page.includes('rel="canonical"'), 'no canonical address without --base');
  assert.ok(page.includes('<a href="../partners/bucheon.html">'));
  const partner = readFileSync(join(out, 'ja/partners/bucheon.html'), 'utf8');
  assert.ok(partner.includes('<a href="../events/2021-07-bucheon-sejong-clinic.html">'));
});

test('render --all --base: canonical addresses, absolute links; ids made safe file names', async () => {
  const feed = JSON.parse(readFileSync(vladivostokPath, 'utf8'));
  feed.events[0].id = 'festival:2019';
  const dir = mkdtempSync(join(tmpdir(), 'twin-base-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const out = join(dir, 'site');
  const r = await cli(
    join(dir, 'feed.json'),
    '--all',
    '--out',
    out,
    '--lang',
    'en',
    '--base',
    'https://city.example/twin',
  );
  assert.equal(r.code, 1, 'written, with the delegation whose event is gone said');
  assert.equal(fileName('festival:2019'), 'festival~3a~2019');
  assert.equal(fileName('con'), '~con');
  const page = readFileSync(join(out, 'en/events/festival~3a~2019.html'), 'utf8');
  assert.ok(page.includes('<link rel="canonical" href="https://city.example/twin/en/events/festival~3a~2019.html" />'));
  assert.ok(page.includes('<link rel="stylesheet" href="https://city.example/twin/twinning-kit-static.css" />'));
  const snippet = readFileSync(join(out, 'en/event-calendar.html'), 'utf8');
  assert.ok(snippet.includes('href="https://city.example/twin/en/events/festival~3a~2019.html"'));
  // The JSON-LD's url is the event's own page.
  const ld = JSON.parse(/data-twin-ld>([\s\S]*?)<\/script>/.exec(snippet)![1]!) as Array<{url?: string}>;
  assert.ok(ld.every((x) => x.url?.startsWith('https://')));
});

test('render --all: 500 events known to the day, each with its page and its JSON-LD', async () => {
  const feed = JSON.parse(readFileSync(vladivostokPath, 'utf8'));
  const template = feed.events.find((e: {start: string}) => /^\d{4}-\d\d-\d\d$/.test(e.start));
  feed.events = Array.from({length: 500}, (_, i) => ({
    ...template,
    id: `event-${i}`,
    title: {en: `Event ${i}`, ru: `Мероприятие ${i}`},
    start: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    end: undefined,
  }));
  // A clean feed: the sample's reports and delegations name events that are gone.
  for (const d of feed.delegations) d.events = [];
  for (const r of feed.reports) for (const x of r.sections) x.events = [];
  for (const r of feed.reports) r.awards = [];
  const dir = mkdtempSync(join(tmpdir(), 'twin-500-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  // How long it takes is measured by bench/render.ts (`npm run bench`), not here.
  const r = await cli(join(dir, 'feed.json'), '--all', '--out', join(dir, 'site'), '--lang', 'ru');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readdirSync(join(dir, 'site/ru/events')).length, 500);
  const calendar = readFileSync(join(dir, 'site/ru/event-calendar.html'), 'utf8');
  assert.equal(JSON.parse(/data-twin-ld>([\s\S]*?)<\/script>/.exec(calendar)![1]!).length, 500);
});

test("README's static-site recipe, run as written: each marked element of a page gets its content", async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Recipe: a static site'));
  const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(script, 'the recipe is in the README');
  const site = mkdtempSync(join(tmpdir(), 'twin-recipe-'));
  const mkdir = (p: string) => exec('mkdir', ['-p', join(site, p)]);
  await Promise.all([mkdir('src'), mkdir('public/feeds')]);
  writeFileSync(join(site, 'public/feeds/2021.json'), readFileSync(feedPath));
  writeFileSync(
    join(site, 'src/index.html'),
    [
      '<!doctype html><html lang="ru"><title>2021</title>',
      '<twin-event-calendar src="/feeds/2021.json">',
      '<!-- twin:event-calendar -->',
      '</twin-event-calendar>',
      '<twin-partner-map src="/feeds/2021.json">',
      '<!-- twin:partner-map -->',
      '</twin-partner-map>',
      '</html>',
      '',
    ].join('\n'),
  );
  // `npx twinning-kit` is this checkout's command.
  writeFileSync(join(site, 'build.sh'), script.replaceAll('npx twinning-kit', `"${process.execPath}" "${bin}"`));
  await exec('sh', [join(site, 'build.sh')], {cwd: site, timeout: 60_000});
  const page = readFileSync(join(site, 'public/index.html'), 'utf8');
  assert.doesNotMatch(page, /<!-- twin:/, 'every marker replaced');
  const calendar = /<twin-event-calendar[^>]*>([\s\S]*?)<\/twin-event-calendar>/.exec(page)?.[1] ?? '';
  const map = /<twin-partner-map[^>]*>([\s\S]*?)<\/twin-partner-map>/.exec(page)?.[1] ?? '';
  assert.match(calendar, /^\s*<div class="twin-static twin-static-event-calendar" data-twin-static lang="ru">/);
  assert.match(calendar, /<time datetime="2021-0\d">/);
  assert.match(map, /data-twin-static lang="ru"/);
  assert.match(map, /Ниигата/);
  assert.ok(existsSync(join(site, 'public/twin/twinning-kit-static.css')), 'the stylesheet is published beside');
});
