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
const {contentId} = await import('../../src/cli/import-csv.js');
const bin = new URL('../../bin/twinning-kit.js', import.meta.url).pathname;
const feedPath = new URL('../../data-schema/feeds/khabarovsk-2021.json', import.meta.url).pathname;

/** Runs the CLI in a POSIX "C" locale (English messages) unless `env` says otherwise. */
async function cliIn(
  env: Record<string, string>,
  ...args: string[]
): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, ...args], {
      env: {...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', ...env},
    });
    return {code: 0, stdout, stderr};
  } catch (err) {
    const e = err as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}
const cli = (...args: string[]) => cliIn({}, ...args);

test('validate: the built-in feed is valid, with a one-line summary', async () => {
  const r = await cli('validate', feedPath);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /valid: 19 cities, 16 partnerships, 8 categories, 35 events, 5 delegations, 1 report$/m);
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
  // Each problem in one line: the path, the value quoted, the reason.
  assert.match(r.stderr, /\$\.events\[2\]\.start "2021-07-32": /);
  assert.match(r.stderr, /\$\.events\[5\]\.format "zoom": must be one of "online", "offline", "hybrid"/);
  assert.match(r.stderr, /\$\.cities\[1\]\.coordinates\[0\] 200: must be at most 180/);
  assert.match(
    r.stderr,
    /warning .*\$\.events\[0\]\.url "javascript:alert\(1\)": must be an https:, http:, mailto: or tel: link/,
  );
  // The city with bad coordinates is skipped, and so is the partnership that points to it.
  assert.match(
    r.stderr,
    /\$\.partnerships\[0\]\.city "niigata": is not a city in this feed; the partnership was skipped/,
  );
  assert.match(r.stderr, /\(\d+ errors, \d+ warnings\); 4 items skipped; usable: /);
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
  assert.match(
    r.stderr,
    new RegExp(
      `^error .*edited\\.json:${lineOf('"start": "2021-07-32"')}:7: \\$\\.events\\[2\\]\\.start "2021-07-32": must be a date`,
      'm',
    ),
  );
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
  const {stdout} = await run(process.execPath, [
    '--import',
    'tsx',
    new URL('../../scripts/generate-schema.ts', import.meta.url).pathname,
    '--check',
  ]);
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
  // The messages too are in the language asked for.
  assert.match(all.stderr, /^行事35件を書き出しました$/m);
  const list = events(all.stdout);
  assert.equal(list.length, 35);
  const festival = list.find(
    (e) => e.getFirstPropertyValue('uid') === '2021-new-names-apr-festival@khabarovsk.twinning-kit',
  )!;
  assert.equal(
    festival.getFirstPropertyValue('summary'),
    '国際児童・青少年芸術フェスティバル「アジア太平洋諸国の新しい名前 2021」',
  );
  const feed = JSON.parse(readFileSync(feedPath, 'utf8')) as {events: Array<{cities?: string[]; placeCity?: string}>};
  const niigata = await cli('ics', feedPath, '--partner=niigata');
  assert.equal(
    events(niigata.stdout).length,
    feed.events.filter((e) => e.cities?.includes('niigata') || e.placeCity === 'niigata').length,
  );
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
  assert.match(r.stderr, /error .*\$\.events\[3\]\.start "July 2021": /);
  assert.match(r.stderr, /34 events written; 1 invalid item left out/);
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
  assert.match(
    r.stderr,
    /events\.csv:4: not imported: format "zoom" is not online.*; city "Атлантида" is not in the feed/,
  );
  assert.match(r.stderr, /^2 events added; 2 rows not imported$/m);
  const feed = JSON.parse(r.stdout) as {events: Array<Record<string, unknown>>};
  assert.equal(feed.events.length, 37);
  assert.deepEqual(feed.events[35], {
    title: {ru: 'Фестиваль "Новые имена"', en: 'New Names'},
    start: '2021-07',
    format: 'hybrid',
    cities: ['niigata', 'harbin'],
    categories: ['culture'],
    url: 'https://example.org',
    // From the event's start and title, not its line: the same row gives the same id on every run.
    id: contentId('2021-07', 'Фестиваль "Новые имена"'),
  });
  assert.match(contentId('2021-07', 'Фестиваль "Новые имена"'), /^2021-07-festival-novye-imena-[0-9a-z]+$/);
  assert.deepEqual(feed.events[36], {
    title: {ru: 'Семинар\r\nв две строки', en: 'Seminar'},
    start: '2022-02-01',
    end: '2022-02-03',
    format: 'offline',
    cities: ['niigata'],
    categories: ['education'],
    id: contentId('2022-02-01', 'Семинар\r\nв две строки'),
  });
  // What it writes is a valid feed.
  const out = join(dir, 'feed.json');
  writeFileSync(out, r.stdout);
  assert.equal((await cli('validate', out)).code, 0);

  // The office fixes a row, moves the rows around and runs the import again on its output: the rows
  // imported before are recognised (not added twice), the fixed ones are added with ids of their own.
  writeFileSync(
    csv,
    'Название;Дата;Формат;Города\r\n' +
      '"Семинар\r\nв две строки";01.02.2022;очно;Niigata\r\n' +
      'Выставка;15.12.2021;онлайн;Ниигата\r\n' +
      '"Фестиваль ""Новые имена""";07.2021;очно-заочно;Ниигата\r\n' +
      'Встреча;2021;онлайн;Харбин\r\n' +
      'Выставка;15.12.2021;онлайн;Ниигата\r\n',
  );
  const again = await cli('import', csv, '--into', out);
  assert.match(
    again.stderr,
    /events\.csv:2: already in the feed as "2022-02-01-seminar-v-dve-stroki-[0-9a-z]+"; left as it is/,
  );
  assert.match(
    again.stderr,
    /events\.csv:5: already in the feed as "2021-07-festival-novye-imena-[0-9a-z]+"; left as it is/,
  );
  assert.match(again.stderr, /events\.csv:7: not imported: it repeats line 4/);
  assert.match(again.stderr, /^2 events added; 2 already in the feed; 1 row not imported$/m);
  const twice = JSON.parse(again.stdout) as {events: Array<{id: string}>};
  assert.equal(twice.events.length, 39);
  assert.equal(new Set(twice.events.map((e) => e.id)).size, 39, 'ids unique');
  // And once more: nothing new, nothing wrong.
  writeFileSync(out, again.stdout);
  writeFileSync(csv, 'Название;Дата\r\nВыставка;15.12.2021\r\nВстреча;2021\r\n');
  const third = await cli('import', csv, '--into', out);
  assert.equal(third.code, 0, third.stderr);
  assert.match(third.stderr, /^0 events added; 2 already in the feed; 0 rows not imported$/m);
  // An event put in the feed by hand, under an id of its own, is recognised by its start and title.
  const known = JSON.parse(readFileSync(feedPath, 'utf8')) as {
    events: Array<{id: string; start: string; title: Record<string, string>}>;
  };
  const byHand = known.events[0]!;
  writeFileSync(csv, `title,start\n"${byHand.title['en']!.replace(/"/g, '""')}",${byHand.start}\n`);
  const recognised = await cli('import', csv, '--into', feedPath);
  assert.equal(recognised.code, 0, recognised.stderr);
  assert.match(recognised.stderr, new RegExp(`already in the feed as "${byHand.id}"`));
});

test("an inclusive end: the spreadsheet's «Окончание» is the last day in the feed, DTEND the day after in .ics", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, 'Название;Начало;Окончание\r\nЛагерь;20.07.2021;23.07.2021\r\nДень;31.12.2021;\r\n');
  const r = await cli('import', csv, '--into', feedPath);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout) as {events: Array<{id: string; title: unknown; start: string; end?: string}>};
  const camp = feed.events.find((e) => e.start === '2021-07-20')!;
  const day = feed.events.find((e) => e.start === '2021-12-31')!;
  assert.equal(camp.end, '2021-07-23');
  assert.equal(day.end, undefined);
  const out = join(dir, 'feed.json');
  writeFileSync(out, r.stdout);
  const ics = await cli('ics', out);
  assert.equal(ics.code, 0);
  const block = (id: string) => ics.stdout.slice(ics.stdout.indexOf(`UID:${id}@`)).split('END:VEVENT')[0]!;
  assert.match(block(camp.id), /DTSTART;VALUE=DATE:20210720\r\n/);
  assert.match(block(camp.id), /DTEND;VALUE=DATE:20210724\r\n/);
  assert.match(block(day.id), /DTEND;VALUE=DATE:20220101\r\n/);
});

test('import: English headers with commas, a text per language; a file without a title column is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(
    csv,
    'id,title,title_ja,start,format,cities\nvisit-1,Visit,訪問,29.02.2024,online,niigata\nvisit-2,Talks,,2023-02-29,,\n',
  );
  const r = await cli('import', csv, '--into', feedPath);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /events\.csv:3: not imported: start "2023-02-29" is not a date/);
  const feed = JSON.parse(r.stdout) as {events: Array<Record<string, unknown>>};
  assert.deepEqual(feed.events.at(-1), {
    id: 'visit-1',
    title: {ru: 'Visit', ja: '訪問'},
    start: '2024-02-29',
    format: 'online',
    cities: ['niigata'],
  });
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
  assert.deepEqual(Object.keys(tags).sort(), [
    'twin-delegation-list',
    'twin-event-calendar',
    'twin-partner-map',
    'twin-report-summary',
  ]);
  const attrs = (tag: string) => tags[tag]!.attributes.map((a) => a.name);
  for (const tag of Object.keys(tags))
    for (const shared of ['src', 'lang', 'partner', 'theme'])
      assert.ok(attrs(tag).includes(shared), `${tag} ${shared}`);
  assert.deepEqual(
    tags['twin-event-calendar']!.attributes.find((a) => a.name === 'view')!.values?.map((v) => v.name),
    ['month', 'list', 'year'],
  );
  assert.ok(['year', 'section', 'compact'].every((a) => attrs('twin-report-summary').includes(a)));
  const webTypes = JSON.parse(readFileSync(new URL('../../web-types.json', import.meta.url), 'utf8')) as {
    contributions: {html: {elements: Array<{name: string}>}};
  };
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), Object.keys(tags).sort());
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    'web-types': string;
    files: string[];
  };
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(pkg.files.includes('vscode.html-custom-data.json'));
});

const mistakes = new URL('../../test/fixtures/vladivostok-mistakes.json', import.meta.url).pathname;
const sample = new URL('../../demo/feeds/vladivostok-sample.json', import.meta.url).pathname;

test('validate: another city’s feed with one mistake of each kind: every one named by path, value and reason, in the order of the file', async () => {
  assert.equal((await cli('validate', sample)).code, 0);
  const r = await cli('validate', mistakes);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  const planted = [
    ['warning', '$.cities[14].country "UK"', 'is not an assigned ISO 3166-1 country code; did you mean "GB"?'],
    [
      'warning',
      '$.partnerships[12].until "1999"',
      'is before the relationship began ("2005"); this end date is ignored',
    ],
    ['warning', '$.partnerships[13].since "2999"', 'is far in the future for a relationship that has already begun'],
    [
      'error',
      '$.partnerships[15].city "vladivostok"',
      'is the publisher itself: a city is not its own partner; the partnership was skipped',
    ],
    [
      'error',
      '$.partnerships[16].city "tacoma"',
      'repeats the partnership at $.partnerships[3] (the same partner, type and period); this one was skipped',
    ],
    ['warning', '$.events[5].placeCity "toyama-city"', 'is not a city in this feed; the reference was dropped'],
    ['warning', '$.events[6].id "busan"', 'is also the id of a city ($.cities[6].id); give each thing its own id'],
    ['warning', '$.events[7].end "2023-09-30"', 'ends before it starts ("2023-10-01"); the end is ignored'],
    ['warning', '$.events[8].countries[2] "XX"', 'is not an assigned ISO 3166-1 country code'],
    ['warning', '$.delegations[2].end "2023-05"', 'ends before it starts ("2023-06"); the end is ignored'],
    [
      'warning',
      '$.reports[0].sections[1].events[2] "busan-pupils-2021"',
      "is an event of 2021, outside this report's year (2023)",
    ],
  ];
  assert.equal(lines.length, planted.length + 1, r.stderr);
  planted.forEach(([severity, where, reason], i) => {
    assert.match(
      lines[i]!,
      new RegExp(
        `^${severity} \\S*vladivostok-mistakes\\.json:\\d+:\\d+: ${where!.replace(/[$.[\]()?]/g, '\\$&')}: ${reason!.replace(/[$.[\]()?]/g, '\\$&')}$`,
      ),
    );
  });
  assert.equal(
    lines.at(-1),
    `${mistakes}: 11 problems (2 errors, 9 warnings); 2 items skipped; usable: 17 cities, 15 partnerships, 3 categories, 9 events, 3 delegations, 1 report`,
  );
  // Nothing else: the disputed and assigned codes (XK, TW) are kept as the owner states them.
  assert.doesNotMatch(r.stderr, /"XK"|"TW"/);
});

test('the command line speaks the language asked for (--lang) or the environment’s (LC_ALL, LC_MESSAGES, LANG)', async () => {
  const ru = await cli('validate', mistakes, '--lang', 'ru');
  assert.match(ru.stderr, /^предупреждение \S+:\d+:\d+: \$\.events\[7\]\.end "2023-09-30": /m);
  assert.match(ru.stderr, /пропущены 2 элемента/);
  const byEnv = await cliIn({LANG: 'ru_RU.UTF-8'}, 'validate', mistakes);
  assert.equal(byEnv.stderr, ru.stderr);
  assert.equal(
    (await cliIn({LANG: 'ru_RU.UTF-8', LC_ALL: 'ja_JP.UTF-8'}, 'validate', mistakes)).stderr,
    (await cli('validate', mistakes, '--lang=ja')).stderr,
  );
  assert.equal(
    (await cliIn({LANG: 'zh_CN.UTF-8'}, 'validate', sample)).stdout,
    (await cli('validate', sample, '--lang', 'zh-Hans')).stdout,
  );
  // No English sentence in the other languages: only paths, quoted values and technical names are Latin.
  for (const lang of ['ru', 'zh-Hans', 'ja', 'ko']) {
    for (const args of [['validate', mistakes], ['validate', sample], ['--help'], ['ics', sample, '--precise-only']]) {
      const r = await cli(...args, '--lang', lang);
      const text = `${r.stdout.includes('BEGIN:VCALENDAR') ? '' : r.stdout}\n${r.stderr}`
        .replace(/\$[\w.[\]"-]*/g, '')
        .replace(/"[^"]*"/g, '')
        .replace(/\S*\.(json|csv|ics)\S*/g, '')
        .replace(
          /--[\w-]+|\b[A-Z][A-Z0-9_.]+\b|https?:\S*|npx twinning-kit|twinning-kit|Twinning Kit|JSON|ISO 3166-1|BCP 47|IANA|ID|RFC 5545|iCalendar|CSV|Google|Outlook|mailto:|tel:|online|offline|hybrid|validate|ics|import|title|start|end|format|categories|cities|place|description|url|id|title_en|\(ja\)|UTF-8/g,
          '',
        );
      const words = text.match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){2,}/g);
      assert.equal(words, null, `${lang} ${args.join(' ')}: English left: ${words?.join(' | ')}`);
    }
  }
});

test('ics: LOCATION with place, city and country, GEO latitude first, LANGUAGE on texts; --precise-only leaves month- and year-only events out', async () => {
  const {default: ICAL} = await import('ical.js');
  const all = await cli('ics', sample, '--lang', 'en');
  assert.equal(all.code, 0, all.stderr);
  const vevents = new ICAL.Component(ICAL.parse(all.stdout)).getAllSubcomponents('vevent');
  assert.equal(vevents.length, 9);
  const gallery = vevents.find(
    (v) => v.getFirstPropertyValue('uid') === 'gangwon-artists-2021@vladivostok.twinning-kit',
  )!;
  assert.equal(gallery.getFirstPropertyValue('location'), 'Primorye Art Gallery, Vladivostok, Russia');
  assert.deepEqual(gallery.getFirstPropertyValue('geo'), [43.1155, 131.8869]);
  assert.equal(gallery.getFirstProperty('summary')!.getParameter('language'), 'en');
  assert.equal(gallery.getFirstPropertyValue('x-twinning-precision'), 'MONTH');
  // A Japanese calendar: the title in Japanese where the feed has it, else English, each marked.
  const ja = new ICAL.Component(ICAL.parse((await cli('ics', sample, '--lang', 'ja')).stdout)).getAllSubcomponents(
    'vevent',
  );
  const pupils = ja.find((v) => v.getFirstPropertyValue('uid') === 'busan-pupils-2021@vladivostok.twinning-kit')!;
  assert.equal(pupils.getFirstProperty('summary')!.getParameter('language'), 'en');
  const forum = ja.find((v) => v.getFirstPropertyValue('uid') === 'tumen-forum-2023@vladivostok.twinning-kit')!;
  assert.equal(forum.getFirstProperty('summary')!.getParameter('language'), 'ja');
  // In the reader's list punctuation, as the pages write it.
  assert.equal(forum.getFirstPropertyValue('location'), '琿春、中国');
  const precise = await cli('ics', sample, '--precise-only', '--lang', 'en');
  assert.equal(precise.code, 0);
  assert.match(precise.stderr, /^4 events written; 5 events known only by month or year left out$/m);
  const kept = new ICAL.Component(ICAL.parse(precise.stdout)).getAllSubcomponents('vevent');
  assert.deepEqual(
    kept.map((v) => v.getFirstPropertyValue('uid')).sort(),
    ['mayors-call-2022', 'niigata-days-2019', 'tumen-forum-2023', 'youth-relay-2023'].map(
      (id) => `${id}@vladivostok.twinning-kit`,
    ),
  );
  assert.equal(precise.stdout.includes('X-TWINNING-PRECISION'), false);
});

test('validate: how many events will show as events in search results; --rich says why each other will not, without changing the exit status', async () => {
  const sample = new URL('../../demo/feeds/vladivostok-sample.json', import.meta.url).pathname;
  const plain = await cli('validate', sample);
  assert.equal(plain.code, 0);
  assert.match(plain.stdout, /vladivostok-sample\.json: 4 of 9 events will show as events in search results$/m);
  assert.doesNotMatch(plain.stdout, /\$\.events\[/, 'the reasons only with --rich');

  const rich = await cli('validate', sample, '--rich');
  assert.equal(rich.code, 0, 'a missing rich result is not a problem of the feed');
  const lines = rich.stdout.split('\n').filter((l) => /\$\.events\[\d+\]/.test(l));
  assert.equal(lines.filter((l) => /known only to the month: give the day/.test(l)).length, 3);
  assert.equal(lines.filter((l) => /known only to the year: give the month and the day/.test(l)).length, 2);
  assert.match(rich.stdout, /\$\.events\[1\] "Онлайн-обмен школьников Владивостока и Пусана": known only to the year/);

  // In the language asked for, titles too; the paths count the events as written, skipped ones included.
  const feed = JSON.parse(readFileSync(sample, 'utf8'));
  feed.events.unshift({...feed.events[0], id: 'broken', start: '2021-13'});
  feed.events.push({
    ...feed.events[1],
    id: 'hostile',
    start: '2023-05-02',
    place: undefined,
    placeCity: undefined,
    format: 'offline',
    title: {en: 'Line one\nline two \u001b[31mred\u001b[0m'},
  });
  const dir = mkdtempSync(join(tmpdir(), 'twin-'));
  const file = join(dir, 'rich.json');
  writeFileSync(file, JSON.stringify(feed));
  const hostile = await cli('validate', file, '--rich', '--lang', 'en');
  assert.equal(hostile.code, 1, 'the broken event is a problem, and only it');
  assert.match(hostile.stdout, /rich\.json: 4 of 10 events will show as events in search results$/m);
  assert.match(
    hostile.stdout,
    /\$\.events\[2\] "Online exchange of pupils of Vladivostok and Busan": known only to the year/,
  );
  assert.match(
    hostile.stdout,
    /\$\.events\[10\] "Line one line two \[31mred\[0m": no place: give "place" or "placeCity", or "format": "online"/,
  );
  assert.equal(hostile.stdout.includes('\u001b'), false, 'no escape sequence reaches the terminal');

  const ja = await cli('validate', sample, '--lang', 'ja');
  assert.match(ja.stdout, /行事9件のうち4件が検索結果にイベントとして表示されます/);
});
