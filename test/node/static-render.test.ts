/**
 * The pre-rendered calendar and report (src/static/calendar.ts, report.ts): the same events, words and
 * figures as the widgets, in the reader's language, each date as precise as the feed, escaped, and the
 * JSON-LD of exactly the events known to the day.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {prepareFeeds, renderStatic, type StaticOptions} from '../../src/static/render.js';
import {esc} from '../../src/static/html.js';
import {resolveText} from '../../src/core/localized-text.js';
import {knownToTheDay} from '../../src/core/partial-date.js';
import {formatNumber, formatPercent} from '../../src/core/format.js';
import {summarizeYear} from '../../src/report-summary/model.js';
import type {TwinData} from '../../src/core/merge.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const KHABAROVSK = read('data-schema/feeds/khabarovsk-2021.json');
const VLADIVOSTOK = read('demo/feeds/vladivostok-sample.json');
const data = (text: string): TwinData => prepareFeeds([{source: 'feed.json', text}])!;
const khabarovsk = data(KHABAROVSK);
const render = (d: TwinData, options: Partial<StaticOptions> & Pick<StaticOptions, 'element'>) =>
  renderStatic(d, options);

/** The heading levels in document order. */
const headings = (html: string) => [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
/** Text content, tags dropped (entities kept as written). */
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');

for (const lang of ['ru', 'en', 'ja']) {
  test(`calendar, Khabarovsk in ${lang}: every event title as the widgets pick it, in its own lang`, async () => {
    const html = await render(khabarovsk, {element: 'event-calendar', lang});
    assert.match(
      html,
      new RegExp(`^<div class="twin-static twin-static-event-calendar" data-twin-static lang="${lang}">`),
    );
    for (const e of khabarovsk.events) {
      const title = resolveText(e.title, lang, khabarovsk.defaultLanguage)!;
      assert.ok(html.includes(`<span lang="${title.lang}">${esc(title.text)}</span>`), `${e.id} in ${lang}`);
    }
    // One article per event, none twice.
    assert.equal(html.match(/<article class="twin-static-event"/g)?.length, khabarovsk.events.length);
  });
}

test('calendar: dates as precise as the feed (year-only, month-only), under their month or "during the year"', async () => {
  const html = await render(khabarovsk, {element: 'event-calendar', lang: 'en'});
  const yearOnly = khabarovsk.events.filter((e) => e.startDate.precision === 'year');
  const monthOnly = khabarovsk.events.filter((e) => e.startDate.precision === 'month');
  assert.equal(yearOnly.length, 17);
  assert.equal(monthOnly.length, 18);
  assert.equal(html.match(/<time datetime="2021">/g)?.length, 17);
  assert.ok(html.includes('<time datetime="2021-07">'));
  assert.ok(!/<time datetime="2021-\d\d-\d\d/.test(html), 'no day the feed does not give');
  // The list's groups: the year's band first, then the months in order, each with its "day not given" band.
  const groups = [...html.matchAll(/data-group="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(groups, [...groups].sort());
  assert.equal(groups[0], '2021');
  assert.match(html, /<h2>2021, during the year<\/h2>/);
  assert.match(html, /<h2>July 2021<\/h2>\n<p class="twin-static-band">July 2021: day not given<\/p>/);
  assert.match(
    html,
    /<time datetime="2021-07">July 2021<\/time><span class="twin-static-note"> \(day not given\)<\/span>/,
  );
});

test('Japanese and Chinese pages write their notes in full-width brackets and their lists with 、', async () => {
  const sample = data(read('demo/feeds/vladivostok-sample.json'));
  // The text as read: tags dropped without a space in their place (a name's <span> ends right before its note).
  const flat = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '');
  for (const [lang, japan, korea] of [
    ['ja', '日本', '韓国'],
    ['zh-Hans', '日本', '韩国'],
  ] as const) {
    const calendar = flat(await render(sample, {element: 'event-calendar', lang}));
    const list = flat(await render(sample, {element: 'delegation-list', lang}));
    const map = flat(await render(sample, {element: 'partner-map', lang}));
    // A participant's country, a date's precision, a delegation's country, a partnership's status: in （…）,
    // straight after what it is said of, never in ASCII brackets after a space.
    assert.match(calendar, new RegExp(`\\S（${japan}）`), `${lang}: a participant's country`);
    assert.match(calendar, /\d年（[^）]+）/, `${lang}: a date's precision`);
    assert.match(list, new RegExp(`\\S（${korea}）`), `${lang}: a delegation's country`);
    assert.match(map, /\S（[^）]+）/, `${lang}: a partnership's status`);
    for (const [what, text] of Object.entries({calendar, list, map}))
      assert.doesNotMatch(text, / \((日本|韓国|韩国|ロシア|俄罗斯)\)/, `${lang} ${what}: no " (country)"`);
    // Categories of an event, in the reader's list punctuation.
    assert.doesNotMatch(calendar, /[^\p{ASCII}], [^\p{ASCII}]/u, `${lang}: no ", " between two names in CJK`);
  }
});

test('calendar and report: headings in order from heading-level, none skipped', async () => {
  for (const element of ['event-calendar', 'report-summary'] as const) {
    for (const headingLevel of [2, 3]) {
      const levels = headings(await render(khabarovsk, {element, lang: 'ru', headingLevel}));
      assert.equal(levels[0], headingLevel, element);
      for (let i = 1; i < levels.length; i++)
        assert.ok(levels[i]! <= levels[i - 1]! + 1, `${element}: h${levels[i - 1]} → h${levels[i]}`);
      assert.ok(Math.min(...levels) >= headingLevel, element);
    }
  }
});

test('a Russian page says no English word of the UI', async () => {
  const en = await render(khabarovsk, {element: 'event-calendar', lang: 'en'});
  const ru = textOf(await render(khabarovsk, {element: 'event-calendar', lang: 'ru'}));
  const ruReport = textOf(await render(khabarovsk, {element: 'report-summary', lang: 'ru'}));
  const uiWords = new Set([...en.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1]!));
  for (const w of [...uiWords, 'during the year', 'day not given', 'Online', 'Format not stated', 'More information'])
    assert.ok(!ru.includes(w), `"${w}" on the Russian calendar`);
  for (const w of [
    'in figures',
    'By month',
    'By category',
    'Partner cities',
    'Countries',
    'Awards',
    'Plans for',
    'Source:',
    'The most',
  ])
    assert.ok(!ruReport.includes(w), `"${w}" on the Russian report`);
  assert.ok(ru.includes('в течение года'));
  assert.ok(ruReport.includes('в цифрах'));
});

test('report: the title, every figure the widget shows, the charts as tables in its order', async () => {
  for (const lang of ['en', 'ru', 'ja']) {
    const html = await render(khabarovsk, {element: 'report-summary', lang});
    const s = summarizeYear(khabarovsk, 2021);
    const n = (v: number) => formatNumber(v, lang);
    const {online, hybrid, offline} = s.formats;
    for (const figure of [
      n(s.events.length),
      n(s.cities),
      n(s.countries),
      n(s.delegations),
      formatPercent(online / (online + hybrid + offline), lang),
      n(s.awards.length),
    ])
      assert.ok(html.includes(`<dd class="twin-static-value">${figure}</dd>`), `${figure} in ${lang}`);
    // The figures the report states, each with its label in its own language.
    for (const m of s.metrics) {
      const label = resolveText(m.label, lang, khabarovsk.defaultLanguage)!;
      assert.ok(html.includes(`<dt lang="${label.lang}">${esc(label.text)}</dt>`), `${m.id} in ${lang}`);
      assert.ok(html.includes(`<dd class="twin-static-value">${n(m.value)}`), `${m.id} ${m.value} in ${lang}`);
    }
    const charts = [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(charts, ['month', 'category', 'format', 'country']);
    // Every bar's value, in the table's order.
    const month = html.slice(html.indexOf('data-chart="month"'), html.indexOf('data-chart="category"'));
    const values = [...month.matchAll(/<td>([^<]+)<\/td>/g)].map((m) => m[1]);
    assert.deepEqual(
      values,
      s.byMonth.map((b) => n(b.value)),
    );
    assert.ok(html.includes(esc(resolveText(s.report!.title, lang, 'ru')!.text)));
    for (const p of s.plans) assert.ok(html.includes(esc(resolveText(p.text, lang, 'ru')!.text)), p.text.toString());
  }
});

test('report: a year without a report, a partner, and a feed with nothing dated', async () => {
  const html = await render(khabarovsk, {element: 'report-summary', lang: 'en', partner: 'bucheon'});
  assert.match(html, /Only what involves <span lang="en">Bucheon<\/span>\./);
  const empty = data(JSON.stringify({...JSON.parse(KHABAROVSK), events: [], delegations: [], reports: []}));
  assert.match(await render(empty, {element: 'report-summary', lang: 'ru'}), /<p class="twin-static-empty">[^<]+<\/p>/);
});

test('calendar: the JSON-LD of exactly the events known to the day (vladivostok sample)', async () => {
  const vladivostok = data(VLADIVOSTOK);
  const names = async (options: Partial<StaticOptions>) => {
    const html = await render(vladivostok, {element: 'event-calendar', lang: 'en', ...options});
    const scripts = [...html.matchAll(/<script type="application\/ld\+json" data-twin-ld>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    const ld = JSON.parse(scripts[0]![1]!) as Array<{name: string; startDate: string}>;
    for (const x of ld) assert.match(x.startDate, /^\d{4}-\d\d-\d\d/);
    return ld.map((x) => x.name).sort();
  };
  const precise = vladivostok.events.filter((e) => knownToTheDay(e.startDate));
  assert.equal(precise.length, 4);
  const title = (e: (typeof precise)[number]) => resolveText(e.title, 'en', vladivostok.defaultLanguage)!.text;
  // With pages to link to (`--all`), every one of them: an online event's VirtualLocation has its page.
  assert.deepEqual(
    await names({eventUrl: (e) => `https://city.example/events/${e.id}.html`}),
    precise.map(title).sort(),
  );
  // Without, an online event that gives no address of its own gets none: a VirtualLocation needs its url.
  const addressless = precise.filter((e) => e.format === 'online' && !e.url && !e.links?.length);
  assert.equal(addressless.length, 1);
  assert.deepEqual(
    await names({}),
    precise
      .filter((e) => !addressless.includes(e))
      .map(title)
      .sort(),
  );
  // Khabarovsk has no event known to the day: no script at all.
  assert.ok(!(await render(khabarovsk, {element: 'event-calendar'})).includes('<script'));
});

test('hostile feed text is escaped in the HTML and cannot close the JSON-LD script', async () => {
  const feed = JSON.parse(VLADIVOSTOK);
  const day = feed.events.find((e: {start: string}) => /^\d{4}-\d\d-\d\d/.test(e.start));
  day.title = {en: '"><img src=x onerror=alert(1)></script><script>alert(2)</script>\u202Eevil'};
  day.description = {en: '<b>bold</b> & <!-- comment'};
  day.url = 'javascript:alert(3)';
  const html = await render(data(JSON.stringify(feed)), {element: 'event-calendar', lang: 'en'});
  assert.ok(!html.includes('<img'), 'no image element');
  assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'the title as text');
  assert.ok(!html.includes('javascript:'), 'no javascript: link');
  assert.ok(!html.includes('\u202E'), 'no bidi override');
  assert.ok(!html.includes('<b>'), 'the description as text');
  assert.equal(html.match(/<script/g)?.length, 1, 'only the JSON-LD script');
  assert.equal(html.match(/<\/script>/g)?.length, 1, 'the JSON-LD closes once');
  const ld = JSON.parse(/data-twin-ld>([\s\S]*?)<\/script>/.exec(html)![1]!) as Array<{name: string}>;
  assert.ok(
    ld.some((x) => x.name.startsWith('"><img src=x onerror=alert(1)></script>')),
    'JSON-LD keeps the name as text',
  );
});

test('calendar options: view month and year, a year, a partner without events, links to event pages', async () => {
  const vladivostok = data(VLADIVOSTOK);
  const all = await render(vladivostok, {element: 'event-calendar', lang: 'en'});
  const year2023 = await render(vladivostok, {element: 'event-calendar', lang: 'en', year: 2023});
  const years = (html: string) => new Set([...html.matchAll(/data-group="(\d{4})/g)].map((m) => m[1]));
  assert.ok(years(all).size > 1);
  assert.deepEqual([...years(year2023)], ['2023']);
  const month = await render(vladivostok, {element: 'event-calendar', lang: 'en', view: 'month'});
  const monthGroups = new Set([...month.matchAll(/data-group="([^"]+)"/g)].map((m) => m[1]!.slice(0, 7)));
  assert.ok(monthGroups.size <= 2, [...monthGroups].join());
  const yearView = await render(vladivostok, {element: 'event-calendar', lang: 'en', view: 'year'});
  assert.equal(years(yearView).size, 1);
  const none = await render(khabarovsk, {element: 'event-calendar', lang: 'ja', partner: 'no-such-city'});
  assert.match(none, /<p class="twin-static-empty">[^<a-zA-Z]+<\/p>/);
  const linked = await render(vladivostok, {
    element: 'event-calendar',
    lang: 'en',
    eventUrl: (e) => `events/${e.id}.html`,
  });
  for (const e of vladivostok.events) assert.ok(linked.includes(`<a href="events/${e.id}.html">`), e.id);
});
