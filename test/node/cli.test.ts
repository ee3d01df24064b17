import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';

const run = promisify(execFile);
const bin = new URL('../../bin/twinning-kit.js', import.meta.url).pathname;
const feedPath = new URL('../../data-schema/feeds/khabarovsk-2021.json', import.meta.url).pathname;

async function cli(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, ...args]);
    return {code: 0, stdout, stderr};
  } catch (err) {
    const e = err as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

test('validate: the built-in feed is valid, with a one-line summary', async () => {
  const r = await cli('validate', feedPath);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /valid: 19 cities, 16 partnerships, 8 categories, 35 events, 5 delegations, 1 reports/);
});

test('validate: a broken copy exits 1 and names every problem by path', async () => {
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  feed.events[2].start = '2021-07-32';
  feed.events[5].format = 'zoom';
  feed.cities[1].coordinates = [200, 10];
  feed.events[0].url = 'javascript:alert(1)';
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(feed));
  const r = await cli('validate', file);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\$\.events\[2\]\.start: /);
  assert.match(r.stderr, /\$\.events\[5\]\.format: must be one of "online", "offline", "hybrid"/);
  assert.match(r.stderr, /\$\.cities\[1\]\.coordinates\[0\]: must be at most 180/);
  assert.match(r.stderr, /warning .*\$\.events\[0\]\.url: must be an https:, http:, mailto: or tel: link/);
  // The city with bad coordinates is skipped, and so is the partnership that points to it.
  assert.match(r.stderr, /\$\.partnerships\[0\]\.city: "niigata" is not a city in this feed; the partnership was skipped/);
  assert.match(r.stderr, /4 item\(s\) skipped/);
});

test('validate: each problem says its line and column, a syntax error too, and a byte-order mark is no error', async () => {
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  feed.events[2].start = '2021-07-32';
  delete feed.events[3].title;
  const text = JSON.stringify(feed, null, 2);
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const file = join(dir, 'edited.json');
  writeFileSync(file, `\uFEFF${text}`);
  const r = await cli('validate', file);
  assert.equal(r.code, 1);
  // The line of `"start": "2021-07-32"`, counted here from the text itself.
  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  assert.match(r.stderr, new RegExp(`^error .*edited\\.json:${lineOf('"start": "2021-07-32"')}:7: \\$\\.events\\[2\\]\\.start: must be a date`, 'm'));
  // A missing field points at the object that lacks it.
  const fourth = text.indexOf(`"id": "${feed.events[3].id}"`);
  const objectLine = text.slice(0, text.lastIndexOf('{', fourth)).split('\n').length;
  assert.match(r.stderr, new RegExp(`edited\\.json:${objectLine}:5: \\$\\.events\\[3\\]\\.title: is required`));

  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "schemaVersion": 1,\n  "cities": [],\n}\n');
  const b = await cli('validate', broken);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /broken\.json:4:1: \$: is not valid JSON/);
});

test('validate: unreadable input exits 2, usage errors exit 2', async () => {
  assert.equal((await cli('validate', '/nonexistent/feed.json')).code, 2);
  assert.equal((await cli('frobnicate')).code, 2);
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const file = join(dir, 'page.json');
  writeFileSync(file, '<!doctype html><p>not a feed');
  const r = await cli('validate', file);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not valid JSON/);
});

test('the committed JSON Schema is generated from the zod schema', async () => {
  const {stdout} = await run(process.execPath, ['--import', 'tsx', new URL('../../scripts/generate-schema.ts', import.meta.url).pathname, '--check']);
  assert.match(stdout, /up to date/);
  const schema = JSON.parse(readFileSync(new URL('../../data-schema/feed.schema.json', import.meta.url), 'utf8'));
  assert.equal(schema.$id, 'https://twinning-kit.org/schema/feed-1.json');
  assert.ok(schema.$defs.Event.description);
});

test('validate: reads a feed from a URL, and reports a 404 as unreadable', async () => {
  const body = readFileSync(feedPath);
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      res.writeHead(200, {'content-type': 'application/json'});
      res.end(body);
    } else {
      res.writeHead(404);
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  try {
    const ok = await cli('validate', `http://127.0.0.1:${port}/feed.json`);
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /35 events/);
    const missing = await cli('validate', `http://127.0.0.1:${port}/missing.json`);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read: the server answered 404/);
  } finally {
    server.close();
  }
});

test('ics: the feed’s events as iCalendar, in the language asked for, narrowed to a partner or a year', async () => {
  const {default: ICAL} = await import('ical.js');
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const all = await cli('ics', feedPath, '--lang', 'ja');
  assert.equal(all.code, 0);
  assert.ok(all.stdout.endsWith('END:VCALENDAR\r\n'));
  assert.match(all.stderr, /35 event\(s\) written/);
  const list = events(all.stdout);
  assert.equal(list.length, 35);
  const festival = list.find((e) => e.getFirstPropertyValue('uid') === '2021-new-names-apr-festival@khabarovsk.twinning-kit')!;
  assert.equal(festival.getFirstPropertyValue('summary'), '国際児童・青少年芸術フェスティバル「アジア太平洋諸国の新しい名前 2021」');
  const feed = JSON.parse(readFileSync(feedPath, 'utf8')) as {events: Array<{cities?: string[]; placeCity?: string}>};
  const niigata = await cli('ics', feedPath, '--partner=niigata');
  assert.equal(events(niigata.stdout).length, feed.events.filter((e) => e.cities?.includes('niigata') || e.placeCity === 'niigata').length);
  assert.equal(events((await cli('ics', feedPath, '--year', '2020')).stdout).length, 0);
  assert.equal((await cli('ics', feedPath, '--partner', 'atlantis')).code, 2);
  assert.equal((await cli('ics', feedPath, '--colour', 'red')).code, 2);
  assert.equal((await cli('ics')).code, 2);
});

test('ics: an invalid event is left out and said, the rest is written', async () => {
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  feed.events[3].start = 'July 2021';
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(feed));
  const r = await cli('ics', file);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /error .*\$\.events\[3\]\.start: /);
  assert.match(r.stderr, /34 event\(s\) written; 1 invalid item\(s\) left out/);
  assert.equal((r.stdout.match(/BEGIN:VEVENT/g) ?? []).length, 34);
});

test('import: a spreadsheet export with Russian headers, semicolons and quotes; unreadable rows reported by line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(
    csv,
    '\uFEFFНазвание;Название (en);Дата;Окончание;Формат;Города;Категории;Ссылка\r\n' +
      '"Фестиваль ""Новые имена""";New Names;07.2021;;очно-заочно;Ниигата, Харбин;culture;https://example.org\r\n' +
      'Выставка;;15.13.2021;;онлайн;Ниигата;;\r\n' +
      'Встреча;Meeting;2021;;zoom;Атлантида;;\r\n' +
      '"Семинар\r\nв две строки";Seminar;01.02.2022;03.02.2022;очно;Niigata;education;\r\n',
  );
  const r = await cli('import', csv, '--into', feedPath);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /events\.csv:3: not imported: start "15\.13\.2021" is not a date/);
  assert.match(r.stderr, /events\.csv:4: not imported: format "zoom" is not online.*; city "Атлантида" is not in the feed/);
  assert.match(r.stderr, /2 event\(s\) added; 2 row\(s\) not imported/);
  const feed = JSON.parse(r.stdout) as {events: Array<Record<string, unknown>>};
  assert.equal(feed.events.length, 37);
  assert.deepEqual(feed.events[35], {
    title: {ru: 'Фестиваль "Новые имена"', en: 'New Names'},
    start: '2021-07',
    format: 'hybrid',
    cities: ['niigata', 'harbin'],
    categories: ['culture'],
    url: 'https://example.org',
    id: 'import-2',
  });
  assert.deepEqual(feed.events[36], {
    title: {ru: 'Семинар\r\nв две строки', en: 'Seminar'},
    start: '2022-02-01',
    end: '2022-02-03',
    format: 'offline',
    cities: ['niigata'],
    categories: ['education'],
    id: 'import-5',
  });
  // What it writes is a valid feed.
  const out = join(dir, 'feed.json');
  writeFileSync(out, r.stdout);
  assert.equal((await cli('validate', out)).code, 0);
});

test('import: English headers with commas, a text per language; a file without a title column is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'id,title,title_ja,start,format,cities\nvisit-1,Visit,訪問,29.02.2024,online,niigata\nvisit-2,Talks,,2023-02-29,,\n');
  const r = await cli('import', csv, '--into', feedPath);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /events\.csv:3: not imported: start "2023-02-29" is not a date/);
  const feed = JSON.parse(r.stdout) as {events: Array<Record<string, unknown>>};
  assert.deepEqual(feed.events.at(-1), {id: 'visit-1', title: {ru: 'Visit', ja: '訪問'}, start: '2024-02-29', format: 'online', cities: ['niigata']});
  writeFileSync(csv, 'name,start\nVisit,2021\n');
  const refused = await cli('import', csv, '--into', feedPath);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /column "name" is not one the import knows/);
  assert.match(refused.stderr, /the header has no "title" column/);
  assert.equal((await cli('import', csv)).code, 2);
});

test('editor data: VS Code and JetBrains know every element, its attributes and their values', () => {
  const vscode = JSON.parse(readFileSync(new URL('../../vscode.html-custom-data.json', import.meta.url), 'utf8')) as {
    tags: Array<{name: string; description: string; attributes: Array<{name: string; values?: Array<{name: string}>}>}>;
  };
  const tags = Object.fromEntries(vscode.tags.map((t) => [t.name, t]));
  assert.deepEqual(Object.keys(tags).sort(), ['twin-delegation-list', 'twin-event-calendar', 'twin-partner-map', 'twin-report-summary']);
  const attrs = (tag: string) => tags[tag]!.attributes.map((a) => a.name);
  for (const tag of Object.keys(tags)) for (const shared of ['src', 'lang', 'partner', 'theme']) assert.ok(attrs(tag).includes(shared), `${tag} ${shared}`);
  assert.deepEqual(tags['twin-event-calendar']!.attributes.find((a) => a.name === 'view')!.values?.map((v) => v.name), ['month', 'list', 'year']);
  assert.ok(['year', 'section', 'compact'].every((a) => attrs('twin-report-summary').includes(a)));
  const webTypes = JSON.parse(readFileSync(new URL('../../web-types.json', import.meta.url), 'utf8')) as {contributions: {html: {elements: Array<{name: string}>}}};
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), Object.keys(tags).sort());
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {'web-types': string; files: string[]};
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(pkg.files.includes('vscode.html-custom-data.json'));
});
