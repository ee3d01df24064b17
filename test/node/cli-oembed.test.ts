/**
 * `twinning-kit oembed`: the files a city uploads to be an oEmbed provider (the widget's page with its
 * discovery link, the oEmbed 1.0 "rich" JSON, the CORS headers), everything in them escaped, and hostile
 * options refused in the reader's language with nothing written.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {run} from '../../src/cli/main.js';
import {CLI_WORDS} from '../../src/cli/languages.js';

async function cli(args: string[], env: Record<string, string> = {LANG: 'C'}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
    () => undefined,
    env,
  );
  return {code, out: out.join('\n'), err: err.join('\n')};
}

const scratch = () => mkdtempSync(join(tmpdir(), 'twin-oembed-'));
const attr = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('oembed: the page with its discovery link, the oEmbed JSON and the headers', async () => {
  const out = scratch();
  const r = await cli([
    'oembed',
    '--base',
    'https://city.example/kit',
    '--element',
    'twin-event-calendar',
    '--src',
    '/feeds/khabarovsk-2021.json',
    '--lang',
    'ru',
    '--partner',
    'niigata',
    '--view',
    'list',
    '--out',
    out,
  ]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readdirSync(out).sort(), [
    '.htaccess',
    '_headers',
    'event-calendar-niigata-ru.html',
    'event-calendar-niigata-ru.oembed.json',
  ]);
  // The messages follow --lang (as for ics): Russian here.
  assert.match(r.out, /Вставьте этот адрес в WordPress/);
  assert.match(r.out, /https:\/\/city\.example\/kit\/event-calendar-niigata-ru\.html$/);

  const json = JSON.parse(readFileSync(join(out, 'event-calendar-niigata-ru.oembed.json'), 'utf8'));
  assert.deepEqual(Object.keys(json).sort(), [
    'cache_age',
    'height',
    'html',
    'provider_name',
    'provider_url',
    'title',
    'type',
    'version',
    'width',
  ]);
  assert.equal(json.version, '1.0');
  assert.equal(json.type, 'rich');
  assert.equal(json.provider_name, 'city.example');
  assert.equal(json.title, 'Календарь мероприятий — Международное сотрудничество');
  assert.ok(Number.isInteger(json.width) && json.width > 0 && Number.isInteger(json.height) && json.height > 0);
  assert.match(json.html, /^<iframe [^<]*><\/iframe>$/, 'one iframe, no script');
  for (const a of ['title', 'loading', 'style', 'height'])
    assert.ok(attr(json.html, 'iframe', a), `the iframe has ${a}`);
  assert.equal(attr(json.html, 'iframe', 'loading'), 'lazy');
  // WordPress caps an embed at 1000 px: what is taller scrolls inside rather than being cut off.
  assert.equal(attr(json.html, 'iframe', 'scrolling'), undefined);
  assert.equal(unescape(attr(json.html, 'iframe', 'title')!), json.title);
  const src = new URL(unescape(attr(json.html, 'iframe', 'src')!));
  assert.equal(src.origin + src.pathname, 'https://city.example/kit/embed.html');
  assert.deepEqual(Object.fromEntries(src.searchParams), {
    element: 'event-calendar',
    src: 'https://city.example/feeds/khabarovsk-2021.json',
    lang: 'ru',
    partner: 'niigata',
    view: 'list',
  });

  const page = readFileSync(join(out, 'event-calendar-niigata-ru.html'), 'utf8');
  const link = /<link\b[^>]*rel="alternate"[^>]*>/.exec(page)?.[0] ?? '';
  assert.match(link, /type="application\/json\+oembed"/);
  assert.equal(attr(link, 'link', 'href'), 'https://city.example/kit/event-calendar-niigata-ru.oembed.json');
  assert.equal(attr(page, 'script', 'src'), 'https://city.example/kit/twinning-kit.js');
  assert.equal(attr(page, 'script', 'type'), 'module');
  assert.equal(attr(page, 'twin-event-calendar', 'src'), 'https://city.example/feeds/khabarovsk-2021.json');
  assert.equal(attr(page, 'html', 'lang'), 'ru');
  assert.doesNotMatch(page, /<script>|<style>|\sstyle=|\son\w+=/, 'no inline script or style');

  assert.match(readFileSync(join(out, '.htaccess'), 'utf8'), /Header set Access-Control-Allow-Origin "\*"/);
  assert.match(readFileSync(join(out, '_headers'), 'utf8'), /^\/kit\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
});

test('oembed: --kit elsewhere, several feeds, and a hostile title escaped everywhere', async () => {
  const out = scratch();
  const title = `Events "><script>alert(1)</script> & 'more'`;
  const r = await cli([
    'oembed',
    '--base=https://city.example/embeds/',
    '--kit=https://cdn.city.example/twinning-kit/0.1.0/',
    '--element=report-summary',
    '--src=https://a.example/k.json feeds/p.json',
    `--title=${title}`,
    '--name=report',
    `--out=${out}`,
  ]);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(readFileSync(join(out, 'report.oembed.json'), 'utf8'));
  assert.equal(json.title, title, 'JSON keeps the text as it is');
  assert.doesNotMatch(json.html, /<script|'more'/);
  assert.equal(unescape(attr(json.html, 'iframe', 'title')!), title);
  const src = new URL(unescape(attr(json.html, 'iframe', 'src')!));
  assert.equal(src.origin + src.pathname, 'https://cdn.city.example/twinning-kit/0.1.0/embed.html');
  assert.equal(src.searchParams.get('src'), 'https://a.example/k.json https://city.example/embeds/feeds/p.json');
  const page = readFileSync(join(out, 'report.html'), 'utf8');
  assert.doesNotMatch(page, /<script>|alert\(1\)<\/script>/);
  assert.ok(
    page.includes('<title>Events &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;more&#39;</title>'),
  );
  assert.equal(attr(page, 'script', 'src'), 'https://cdn.city.example/twinning-kit/0.1.0/twinning-kit.js');
});

test('oembed: hostile or wrong options are refused in the reader’s language, and nothing is written', async () => {
  const good = {
    base: 'https://city.example/kit/',
    element: 'event-calendar',
    src: '/feeds/k.json',
  };
  const cases: Array<[Record<string, string>, (w: (typeof CLI_WORDS)['ru']['oembed']) => string]> = [
    [{src: 'javascript:alert(1)'}, (w) => w.badSrc('javascript:alert(1)')],
    [{src: 'data:application/json,{}'}, (w) => w.badSrc('data:application/json,{}')],
    [{src: '//evil.example/k.json'}, (w) => w.badSrc('//evil.example/k.json')],
    [{base: 'javascript:alert(1)//'}, (w) => w.notHttp('--base', 'javascript:alert(1)//')],
    [{base: 'ftp://city.example/kit/'}, (w) => w.notHttp('--base', 'ftp://city.example/kit/')],
    [{base: 'kit/'}, (w) => w.notHttp('--base', 'kit/')],
    [{kit: 'file:///etc/'}, (w) => w.notHttp('--kit', 'file:///etc/')],
    [{element: 'script'}, (w) => w.badElement('script')],
    [{name: '../../etc/passwd'}, (w) => w.badValue('--name', '../../etc/passwd', 'A-Z a-z 0-9 . _ -')],
    [{partner: '"><script>'}, (w) => w.badValue('--partner', '"><script>', 'A-Z a-z 0-9 . _ : -')],
    [{view: 'year', element: 'delegation-list'}, (w) => w.badValue('--view', 'year', '—')],
    [{theme: 'neon'}, (w) => w.badValue('--theme', 'neon', 'auto, light, dark')],
    [{lang: '"><x'}, (w) => w.badValue('--lang', '"><x', 'en, ru, zh-Hans, ja, ko')],
    [{src: ''}, (w) => w.missing('--src')],
  ];
  for (const [env, lang] of [
    [{LANG: 'ru_RU.UTF-8'}, 'ru'],
    [{LC_ALL: 'ja_JP.UTF-8'}, 'ja'],
  ] as const) {
    for (const [change, message] of cases) {
      const out = join(scratch(), 'out');
      const options = {...good, ...change, out};
      const args = ['oembed', ...Object.entries(options).flatMap(([k, v]) => (v ? [`--${k}=${v}`] : []))];
      const r = await cli(args, env);
      assert.equal(r.code, 2, `${JSON.stringify(change)}: exit 2`);
      assert.equal(r.err, message(CLI_WORDS[lang].oembed), `${JSON.stringify(change)} in ${lang}`);
      assert.equal(existsSync(out), false, `${JSON.stringify(change)}: nothing written`);
    }
  }
});

test('oembed --help, and an unknown option', async () => {
  const help = await cli(['oembed', '--help'], {LANG: 'ja_JP.UTF-8'});
  assert.equal(help.code, 0);
  assert.equal(help.out, CLI_WORDS.ja.oembed.usage);
  const all = await cli(['--help']);
  assert.ok(all.out.includes(CLI_WORDS.en.oembed.usage), 'the general help names the command too');
  const wrong = await cli(['oembed', '--base', 'https://a.example/', '--bogus', 'x']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.err, /unknown or empty option --bogus/);
});
