/**
 * The calendar's pre-rendered content (see render.ts): every event in the calendar's order, grouped by
 * month as the list view groups them, with the dialog's details; then the JSON-LD of the events known to
 * the day. Also an event's own page body (`--all`).
 */
import {msg, str} from '@lit/localize';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {resolveText, type ResolvedText} from '../core/localized-text.js';
import {formatPartialRange} from '../core/partial-date.js';
import {bracketed, countryName, listComma} from '../core/format.js';
import {formatLabel, statusLabel} from '../core/labels.js';
import {kindAfterName} from '../core/place.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {buildIndex, buildRows, monthKey, opening, toUtc, type Day} from '../event-calendar/model.js';
import {groupLabel, precisionNote} from '../event-calendar/labels.js';
import {eventJsonLd, jsonLdText} from './json-ld.js';
import {Html, attr, h, heading, link, text} from './html.js';
import type {StaticContext} from './render.js';

const picked = new WeakMap<object, Map<string, ResolvedText | undefined>>();
/** A feed text in the reader's language, as the widgets pick it (once per text and language: `--all` asks often). */
export function say(ctx: StaticContext, t: LocalizedText | undefined): ResolvedText | undefined {
  if (!t || typeof t === 'string') return resolveText(t, ctx.locale, ctx.data.defaultLanguage);
  let byLocale = picked.get(t);
  if (!byLocale) picked.set(t, (byLocale = new Map()));
  const key = `${ctx.locale} ${ctx.data.defaultLanguage}`;
  if (!byLocale.has(key)) byLocale.set(key, resolveText(t, ctx.locale, ctx.data.defaultLanguage));
  return byLocale.get(key);
}

const countries = new Map<string, string>();
/** A country's name in the locale (`Intl.DisplayNames` once per country and locale). */
export function country(code: string, locale: string): string {
  const key = `${code} ${locale}`;
  let name = countries.get(key);
  if (name === undefined) countries.set(key, (name = countryName(code, locale)));
  return name;
}

const dates = new Map<string, string>();
/** An event's dates as the list says them (once per dates, locale and zone). */
function dateText(e: EventItem, locale: string, timeZone: string): string {
  const key = `${e.startDate.raw} ${e.endDate?.raw} ${locale} ${timeZone}`;
  let text = dates.get(key);
  if (text === undefined) dates.set(key, (text = formatPartialRange(e.startDate, e.endDate, locale, timeZone)));
  return text;
}

/** A partner's name in its own `lang`, with its kind when it is not a city (as `TwinElement.placeName`). */
export function placeName(ctx: StaticContext, city: City): Html {
  const name = say(ctx, city.name);
  const kind = kindAfterName(city.kind, name?.text ?? city.id, ctx.locale);
  return h`${text(name, city.id)}${kind ? msg(str`, ${kind}`, {id: 'common.kindAfterName'}) : ''}`;
}

/**
 * A link to one of our own pages (`eventUrl`, `partnerUrl`: relative or under `--base`), or to a feed's
 * address of an allowed scheme. A relative address has no scheme, so it cannot be `javascript:`.
 */
export function pageLink(url: string | undefined, content: Html): Html {
  if (url && !/^[a-z][a-z\d+.-]*:/i.test(url)) return h`<a${attr('href', url)}>${content}</a>`;
  return link(url, content);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmtIn(locale: string) {
  return (options: Intl.DateTimeFormatOptions, day: Day): string => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let f = formatters.get(key);
    if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'})));
    return f.format(toUtc(day));
  };
}

/** The `<time>` of an event: its start as the feed gives it, the text with its end when it has one. */
function when(ctx: StaticContext, e: EventItem): Html {
  const note = precisionNote(e);
  return h`<time datetime="${e.startDate.raw}">${dateText(e, ctx.locale, ctx.data.timeZone)}</time>${
    note ? h`<span class="twin-static-note">${bracketed(note, ctx.locale)}</span>` : ''
  }`;
}

/** The words of an event's details in the render's language, said once per language (`--all` says them often). */
const words = new Map<string, ReturnType<typeof sayWords>>();
const memo = <K extends string, V>(f: (k: K) => V) => {
  const m = new Map<K, V>();
  return (k: K): V => (m.has(k) ? m.get(k)! : (m.set(k, f(k)), m.get(k)!));
};
const sayWords = () => ({
  date: common.date(),
  format: common.format(),
  place: msg('Place', {id: 'cal.detail.place'}),
  participants: details.participants(),
  category: msg('Category', {id: 'cal.filter.category'}),
  more: details.moreInformation(),
  formats: memo(formatLabel),
  status: memo(statusLabel),
});
function wordsOf(ctx: StaticContext) {
  let w = words.get(ctx.ui);
  if (!w) words.set(ctx.ui, (w = sayWords()));
  return w;
}

/** One event: its title (a heading at `depth`), date, format and status, place, participants, categories, text, links. */
export function renderEvent(ctx: StaticContext, e: EventItem, depth: number, titleLink = true): Html {
  const title = text(say(ctx, e.title), e.id);
  const own = ctx.options.eventUrl?.(e);
  return h`<article class="twin-static-event"${attr('id', ctx.options.eventUrl ? undefined : `event-${e.id}`)}>
${heading(ctx.level(depth), titleLink ? pageLink(own ?? e.url, title) : title, 'twin-static-title')}
${new Html(factsOf(ctx, e, own))}</article>`;
}

const facts = new WeakMap<object, WeakMap<EventItem, Map<string, string>>>();
/**
 * An event's details below its title, made once per language and addresses of its links: `--all` writes
 * the same details on the event's page and on its partners' pages (the same depth, so the same links).
 */
function factsOf(ctx: StaticContext, e: EventItem, own: string | undefined): string {
  const {data} = ctx;
  let byEvent = facts.get(data.cityById);
  if (!byEvent) facts.set(data.cityById, (byEvent = new WeakMap()));
  let byKey = byEvent.get(e);
  if (!byKey) byEvent.set(e, (byKey = new Map()));
  const partnerUrls = e.cities.map((id) => ctx.options.partnerUrl?.(id));
  const key = `${ctx.ui} ${ctx.locale} ${data.defaultLanguage} ${data.timeZone} ${own} ${partnerUrls.join(' ')}`;
  let out = byKey.get(key);
  if (out === undefined) byKey.set(key, (out = renderFacts(ctx, e, own, partnerUrls).value));
  return out;
}

function renderFacts(
  ctx: StaticContext,
  e: EventItem,
  own: string | undefined,
  partnerUrls: Array<string | undefined>,
): Html {
  const {data, locale} = ctx;
  const w = wordsOf(ctx);
  const comma = listComma(locale);
  const status = w.status(e.status);
  const placeCity = e.placeCity ? data.cityById.get(e.placeCity) : undefined;
  const place = say(ctx, e.place);
  const categories = e.categories.map((id) => text(say(ctx, data.categoryById.get(id)?.name), id));
  const links = [
    ...(e.url && e.url !== own ? [link(e.url, w.more)] : []),
    ...(e.links ?? []).map((l) => link(l.url, text(say(ctx, l.title), l.url))),
  ].filter((l) => l.value.startsWith('<a '));
  const row = (label: string, value: Html | string) => h`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return h`<dl class="twin-static-facts">${row(w.date, when(ctx, e))}${row(
    w.format,
    h`${w.formats(e.format ?? 'unstated')}${status ? h`; <strong class="twin-static-status">${status}</strong>` : ''}`,
  )}${
    place || placeCity
      ? row(
          w.place,
          h`${place ? text(place) : ''}${place && placeCity ? comma : ''}${placeCity ? placeName(ctx, placeCity) : ''}`,
        )
      : ''
  }${
    e.cities.length || e.countries.length
      ? row(
          w.participants,
          h`<ul class="twin-static-inline">${e.cities.map((id, i) => {
            const c = data.cityById.get(id);
            return c
              ? h`<li>${pageLink(partnerUrls[i], placeName(ctx, c))}${bracketed(country(c.country, locale), locale)}</li>`
              : '';
          })}${e.countries.map((c) => h`<li>${country(c, locale)}</li>`)}</ul>`,
        )
      : ''
  }${categories.length ? row(w.category, h`${categories.map((c, i) => h`${i ? comma : ''}${c}`)}`) : ''}</dl>
${e.description ? h`<p class="twin-static-text">${text(say(ctx, e.description))}</p>` : ''}${
    links.length ? h`<ul class="twin-static-links">${links.map((l) => h`<li>${l}</li>`)}</ul>` : ''
  }`;
}

/**
 * The `<script type="application/ld+json" data-twin-ld>` of the events known to the day, or nothing.
 * The one place where a `new Html` wraps a text made elsewhere: `jsonLdText` escapes `<`, `>` and `&` as
 * `\u003c`…, so no feed text in it can close the script or open a comment.
 */
export function jsonLdScript(ctx: StaticContext, events: readonly EventItem[]): Html {
  const ld = events.map((e) => ldOf(ctx, e)).filter((x) => x !== '');
  // `[a,b]` of texts that `jsonLdText` made: the same text as `jsonLdText([…])` (its escapes are per character).
  return ld.length ? h`<script type="application/ld+json" data-twin-ld>${new Html(`[${ld.join(',')}]`)}</script>` : h``;
}

/** Stands for the event's own address while its JSON-LD is made: a private-use character that JSON and `jsonLdText` keep as it is. */
const URL_MARK = '\u{e000}twin-url\u{e000}';
const lds = new WeakMap<EventItem, Map<string, string[]>>();
/**
 * An event's JSON-LD as `jsonLdText` writes it ('' for none). Made once per language, with a mark where its
 * address goes, then the address put in (escaped as `jsonLdText` escapes it): `--all` writes the same event
 * in the calendar, on its page and on its partners' pages, from folders of different depths.
 */
function ldOf(ctx: StaticContext, e: EventItem): string {
  const url = ctx.options.eventUrl?.(e);
  let byKey = lds.get(e);
  if (!byKey) lds.set(e, (byKey = new Map()));
  // With an address, one text per language with the mark; without, one text per language as it is.
  const key = url ? ctx.locale : `${ctx.locale} -`;
  let parts = byKey.get(key);
  if (!parts) {
    const ld = eventJsonLd(e, ctx.data, {locale: ctx.locale, url: () => (url ? URL_MARK : undefined)});
    byKey.set(key, (parts = ld ? jsonLdText(ld).split(URL_MARK) : ['']));
  }
  return parts.length === 1 ? parts[0]! : parts.join(jsonLdText(url).slice(1, -1));
}

const todayDay = (): Day => {
  const t = new Date();
  return {y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate()};
};

/** The events the options ask for: `year`, then the opening month (`month`) or year (`year`) of the live calendar. */
function chosen(ctx: StaticContext, data: TwinData): EventItem[] {
  const {year, view} = ctx.options;
  let events = data.events;
  if (year !== undefined) {
    const index = buildIndex(events, data.timeZone);
    const keep = new Set(index.byYear.get(year) ?? []);
    for (const [k, list] of index.byMonth) if (k.startsWith(`${year}-`)) list.forEach((e) => keep.add(e));
    for (const [k, list] of index.byDay) if (k.startsWith(`${year}-`)) list.forEach((e) => keep.add(e));
    events = events.filter((e) => keep.has(e));
  }
  if (view !== 'month' && view !== 'year') return events;
  if (!events.length) return events;
  const {day} = opening(events, todayDay(), data.timeZone);
  const index = buildIndex(events, data.timeZone);
  const keep = new Set(index.byYear.get(day.y) ?? []);
  const prefix = view === 'month' ? `${monthKey(day.y, day.m)}` : `${day.y}-`;
  for (const [k, list] of index.byMonth) if (k.startsWith(prefix)) list.forEach((e) => keep.add(e));
  for (const [k, list] of index.byDay) if (k.startsWith(prefix)) list.forEach((e) => keep.add(e));
  return events.filter((e) => keep.has(e));
}

/** A heading per month (and "2021, during the year" for events known only by the year), the events under it. */
export function renderCalendar(ctx: StaticContext): Html {
  const data = ctx.data;
  const events = chosen(ctx, data);
  if (!events.length)
    return h`<p class="twin-static-empty">${msg('This feed has no events.', {id: 'cal.empty.feed'})}</p>`;
  const rows = buildRows(buildIndex(events, data.timeZone).sorted);
  const fmt = fmtIn(ctx.locale);
  const groups: {key: string; events: EventItem[]}[] = [];
  for (const r of rows) {
    if (r.kind === 'header') groups.push({key: r.key, events: []});
    else groups.at(-1)!.events.push(r.event);
  }
  const list = (items: EventItem[]) =>
    h`<ul class="twin-static-events">${items.map((e) => h`<li>${renderEvent(ctx, e, 1)}</li>`)}</ul>`;
  return h`${groups.map(({key, events: items}) => {
    const monthOnly = key.length > 4 ? items.filter((e) => e.startDate.precision === 'month') : [];
    const rest = monthOnly.length ? items.filter((e) => e.startDate.precision !== 'month') : items;
    const label = groupLabel(key, fmt);
    return h`<section class="twin-static-group"${attr('data-group', key)}>
${heading(ctx.level(0), label)}
${
  monthOnly.length
    ? h`<p class="twin-static-band">${msg(str`${label}: day not given`, {id: 'cal.band.month'})}</p>${list(monthOnly)}`
    : ''
}${rest.length ? list(rest) : ''}</section>
`;
  })}${jsonLdScript(ctx, events)}`;
}
