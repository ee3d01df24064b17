/**
 * The pre-rendered partner map and delegation list (`src/static/map.ts`, `delegations.ts`), in Node as
 * `twinning-kit render` runs them: every partner of the Khabarovsk feed with its name as the widgets pick
 * it for the reader's language, country, relation and since; every delegation with its date and title;
 * the words of the widgets' own translations; hostile feed text escaped; `partner` marking one.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {prepareFeeds, renderStatic, type StaticOptions} from '../../src/static/render.js';
import {resolveText} from '../../src/core/localized-text.js';
import {countryName, formatNumber} from '../../src/core/format.js';
import {canonicalLocale, uiLocaleFor} from '../../src/core/locale.js';
import {inLocale, loadLocale} from '../../src/core/i18n.js';
import {formatPartialDate, formatPartialRange, parsePartialDate} from '../../src/core/partial-date.js';
import {buildPartners} from '../../src/partner-map/model.js';
import {relationLabel, columnLabel} from '../../src/partner-map/labels.js';
import {directionLabel, summaryText} from '../../src/delegation-list/labels.js';
import {RowTable, summarize} from '../../src/delegation-list/model.js';
import type {TwinData} from '../../src/core/merge.js';
import {templates as ruTemplates} from '../../src/generated/locales/ru.js';
import {templates as jaTemplates} from '../../src/generated/locales/ja.js';

const feedText = readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8');
const khabarovsk = prepareFeeds([{source: 'khabarovsk', text: feedText}])!;
const LANGS = ['ru', 'en', 'ja'] as const;

/** The text of HTML as a reader gets it: tags out, entities decoded, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The `<tr>` with `data-NAME="id"` (or undefined). */
const rowOf = (html: string, name: string, id: string) =>
  new RegExp(`<tr data-${name}="${id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0] ??
  new RegExp(`<tr [^>]*data-${name}="${id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0];

const render = (data: TwinData, options: Partial<StaticOptions> & Pick<StaticOptions, 'element'>) =>
  renderStatic(data, options);

/** `fn` with the widgets' words in `lang` (as the renderer runs). */
async function words<T>(lang: string, fn: () => T): Promise<T> {
  const ui = uiLocaleFor(lang);
  await loadLocale(ui);
  return inLocale(ui, fn);
}

for (const lang of LANGS) {
  test(`map (${lang}): every partner with its name, country, relation and since, in the map's own words`, async () => {
    const html = await render(khabarovsk, {element: 'partner-map', lang});
    const locale = canonicalLocale(lang);
    assert.match(html, /^<div class="twin-static twin-static-partner-map" data-twin-static lang="[^"]+">/);
    const partners = buildPartners(khabarovsk);
    assert.equal(partners.length, 16);
    for (const p of partners) {
      const row = rowOf(html, 'city', p.city.id);
      assert.ok(row, `a row for ${p.city.id}`);
      const name = resolveText(p.city.name, locale, khabarovsk.defaultLanguage)!;
      assert.ok(textOf(row).includes(name.text), `${p.city.id}: ${name.text} in ${textOf(row)}`);
      assert.ok(row.includes(`lang="${name.lang}"`), `${p.city.id}: the name in its own language`);
      assert.ok(textOf(row).includes(countryName(p.city.country, locale)), `${p.city.id}: its country`);
      assert.ok(textOf(row).includes(await words(lang, () => relationLabel(p.relation))), `${p.city.id}: relation`);
      if (p.since) {
        assert.ok(
          row.includes(`<time datetime="${p.since.raw}">${formatPartialDate(p.since, locale)}</time>`),
          `${p.city.id}: since ${p.since.raw}, as precise as the feed`,
        );
      }
      assert.ok(textOf(row).endsWith(`${formatNumber(p.events, locale)} ${formatNumber(p.delegations, locale)}`));
    }
    // A real table: a caption naming the home city, column headers with scope, a row header per partner.
    const home = resolveText(khabarovsk.home!.name, locale, khabarovsk.defaultLanguage)!.text;
    assert.match(html, new RegExp(`<caption>[^]*${home}[^]*</caption>`));
    assert.equal(html.match(/<th scope="col"/g)?.length, 8);
    assert.equal(html.match(/<th scope="row"/g)?.length, 16);
    for (const key of ['name', 'country', 'relation', 'since', 'events', 'delegations'] as const)
      assert.ok(html.includes(`>${await words(lang, () => columnLabel(key))}</th>`), `column ${key}`);
    // The map's summary sentence, with the home city and the count of partners.
    const summary = /<p class="twin-summary">([^]*?)<\/p>/.exec(html)?.[1] ?? '';
    assert.ok(textOf(summary).startsWith(home), textOf(summary));
    assert.doesNotMatch(summary, /<p|part=|id=/, 'the sentence without the widget’s own wrapper');
    assert.ok(textOf(summary).includes(formatNumber(16, locale)), textOf(summary));
    assert.equal(html.includes('aria-current'), false, 'no partner marked without `partner`');
  });

  test(`delegation list (${lang}): every delegation with its date, direction, partner and title`, async () => {
    const html = await render(khabarovsk, {element: 'delegation-list', lang});
    const locale = canonicalLocale(lang);
    assert.equal(khabarovsk.delegations.length, 5);
    for (const d of khabarovsk.delegations) {
      const row = rowOf(html, 'id', d.id);
      assert.ok(row, `a row for ${d.id}`);
      assert.ok(
        row.includes(
          `<time datetime="${d.start}">${formatPartialRange(d.startDate, d.endDate, locale, khabarovsk.timeZone)}</time>`,
        ),
        `${d.id}: its date, as precise as the feed`,
      );
      const title = resolveText(d.title ?? d.purpose, locale, khabarovsk.defaultLanguage)!;
      assert.ok(textOf(row).includes(title.text), `${d.id}: ${title.text}`);
      assert.ok(textOf(row).includes(await words(lang, () => directionLabel(d.direction))));
      for (const id of d.cities.filter((c) => c !== 'khabarovsk')) {
        const city = khabarovsk.cityById.get(id)!;
        assert.ok(textOf(row).includes(resolveText(city.name, locale, khabarovsk.defaultLanguage)!.text), id);
        assert.ok(textOf(row).includes(countryName(city.country, locale)), `${id}: country`);
      }
    }
    // The list's own summary as the caption (the count in it), five columns, oldest first by year.
    const table = new RowTable(khabarovsk);
    const caption = await words(lang, () => summaryText(summarize(table, table.all()), locale, uiLocaleFor(lang)));
    assert.ok(html.includes(`<caption>${caption}</caption>`), caption);
    assert.equal(html.match(/<th scope="col"/g)?.length, 5);
    const order = [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => parsePartialDate(m[1]!)!.year);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });
}

test('map: `partner` lists every partner, marks that one and puts it first', async () => {
  const html = await render(khabarovsk, {element: 'partner-map', lang: 'en', partner: 'portland'});
  assert.equal(html.match(/<tr data-city=/g)?.length, 16, 'every partner still listed');
  assert.equal(html.match(/aria-current="true"/g)?.length, 1);
  const first = /<tbody>\s*(<tr[^>]*>)/.exec(html)?.[1];
  assert.equal(first, '<tr data-city="portland" class="twin-current" aria-current="true">');
  // A permalink per partner when the site has pages for them (`--all`).
  const linked = await render(khabarovsk, {
    element: 'partner-map',
    lang: 'en',
    partnerUrl: (id) => `https://city.example/partners/${id}.html`,
  });
  assert.match(
    rowOf(linked, 'city', 'niigata')!,
    /<a href="https:\/\/city\.example\/partners\/niigata\.html"><span lang="en">Niigata<\/span>/,
  );
});

test('hostile feed text is escaped in both: no markup, no script, no link of another scheme', async () => {
  const feed = JSON.parse(feedText);
  const evil = '<img src=x onerror=alert(1)>"\'><script>alert(2)</script>';
  feed.cities.find((c: {id: string}) => c.id === 'niigata').name = {ru: evil, en: evil};
  feed.cities.find((c: {id: string}) => c.id === 'niigata').url = 'javascript:alert(3)';
  feed.cities.find((c: {id: string}) => c.id === 'harbin').region = {en: `\u202e${evil}`};
  feed.delegations[0].title = {en: `</td></tr></table>${evil}`};
  feed.delegations[0].head = {en: evil};
  const data = prepareFeeds([{source: 'evil', text: JSON.stringify(feed)}])!;
  for (const element of ['partner-map', 'delegation-list'] as const) {
    const html = await render(data, {element, lang: 'en'});
    assert.doesNotMatch(html, /<img|<script|<\/table>[^]*<\/table>|javascript:|\u202e/i, element);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&gt;&lt;script&gt;'), element);
  }
  // Unchanged structure: the table still has its rows.
  const map = await render(data, {element: 'partner-map', lang: 'en'});
  assert.equal(map.match(/<tr data-city=/g)?.length, 16);
  assert.match(rowOf(map, 'city', 'niigata')!, /<th scope="row"><span lang="en">&lt;img/, 'no link of another scheme');
});

test('delegation list: a feed without delegations says so, in the list’s own words', async () => {
  const feed = JSON.parse(feedText);
  feed.delegations = [];
  for (const e of feed.events) delete e.delegations;
  const data = prepareFeeds([{source: 'none', text: JSON.stringify(feed)}])!;
  const html = await render(data, {element: 'delegation-list', lang: 'ru'});
  assert.doesNotMatch(html, /<table/);
  assert.equal(textOf(html), String(ruTemplates['del.empty.feed']));
});

test('map: a feed without partners says so, in the map’s own words', async () => {
  const feed = JSON.parse(feedText);
  feed.partnerships = [];
  const data = prepareFeeds([{source: 'none', text: JSON.stringify(feed)}])!;
  const html = await render(data, {element: 'partner-map', lang: 'ja'});
  assert.doesNotMatch(html, /<table/);
  assert.ok(html.includes(`<p class="twin-empty">${String(jaTemplates['map.empty.feed'])}</p>`), html);
});
