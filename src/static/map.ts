/**
 * The partner map's pre-rendered content: what a reader without the map needs of it. The map's own
 * summary sentence (summary.ts, drawn by the element's template over a host made of static parts), then
 * the table the map offers as its list (partner-table.ts): every partner with its kind, region and
 * country, relation (and status when not active), since when, distance, direction, joint events and
 * delegations, in the map's order (nearest first). `partner` lists everyone and marks that one, first.
 */
import {html} from 'lit';
import {msg, str} from '@lit/localize';
import type {City} from '../../data-schema/schema.js';
import {bracketed, countryName, formatNumber, listComma} from '../core/format.js';
import {resolveText} from '../core/localized-text.js';
import {kindAfterName} from '../core/place.js';
import {formatPartialDate, type PartialDate, type Precision} from '../core/partial-date.js';
import {dateNotKnown, finestPrecision, precisionWord} from '../core/date-display.js';
import type {TwinData} from '../core/merge.js';
import type {MapHost} from '../partner-map/host.js';
import {columnLabel, compassLabel, relationLabel, statusLabel} from '../partner-map/labels.js';
import {buildPartners, compassPoint, sortPartners, type Partner, type SortKey} from '../partner-map/model.js';
import {renderSummary} from '../partner-map/summary.js';
import {Html, attr, h, link, text} from './html.js';
import {fromLit, innerOf} from './lit-text.js';
import type {StaticContext} from './render.js';

/** A place's name in its own `lang`, with its kind when it is not a city (as the elements' `placeName`). */
export function placeName(city: City, data: TwinData, locale: string): Html {
  const name = resolveText(city.name, locale, data.defaultLanguage);
  const kind = kindAfterName(city.kind, name?.text ?? city.id, locale);
  return h`${text(name, city.id)}${kind ? h`<span class="twin-kind">${msg(str`, ${kind}`, {id: 'common.kindAfterName'})}</span>` : ''}`;
}

/** The same as plain text (for sorting by name). */
function placeText(city: City, data: TwinData, locale: string): string {
  const name = resolveText(city.name, locale, data.defaultLanguage)?.text ?? city.id;
  const kind = kindAfterName(city.kind, name, locale);
  return kind ? name + msg(str`, ${kind}`, {id: 'common.kindAfterName'}) : name;
}

const RANK: Record<Precision, number> = {year: 0, month: 1, day: 2, time: 3};

/** A date in a `<time>` as precise as the feed gives it, "(year only)" among more precise ones (as `dateCell`). */
export function timeOf(d: PartialDate, locale: string, finest?: Precision, timeZone?: string): Html {
  const word = finest && RANK[finest] > RANK[d.precision] ? precisionWord(d.precision) : undefined;
  return h`<time datetime="${d.raw}">${formatPartialDate(d, locale, timeZone)}</time>${
    word ? h`<span class="twin-precision">${bracketed(word, locale)}</span>` : ''
  }`;
}

/** The map's summary sentence, by the element's own template (summary.ts) over a host of static parts. */
function summary(ctx: StaticContext, partners: Partner[]): Html {
  const {data, locale, ui} = ctx;
  const wrap = (content: Html) => html`${content}`;
  const host = {
    locale,
    uiLocale: ui,
    places: {home: data.home, partners},
    shownPartners: partners,
    cityName: (city: City | undefined) =>
      wrap(text(resolveText(city?.name, locale, data.defaultLanguage), city?.id ?? '')),
    placeName: (city: City) => wrap(placeName(city, data, locale)),
  } as unknown as MapHost;
  // The template's line breaks are spaces; none after a Chinese or Japanese full stop or comma.
  const sentence = innerOf(renderSummary(host, data))
    .value.replace(/\s+/g, ' ')
    .replace(/([。、：]) /g, '$1')
    .trim();
  return h`<p class="twin-summary">${new Html(sentence)}</p>`;
}

export function renderMap(ctx: StaticContext): Html {
  const {data, locale, options} = ctx;
  const partners = buildPartners(data);
  const names = new Map(partners.map((p) => [p.city.id, placeText(p.city, data, locale)]));
  const countries = new Map(partners.map((p) => [p.city.country, countryName(p.city.country, locale)]));
  // The map's own order (nearest first); the partner the page is about, first.
  const rows = sortPartners(partners, 'distance', false, names, countries, locale);
  const current = options.partner ? rows.findIndex((p) => p.city.id === options.partner) : -1;
  if (current > 0) rows.unshift(...rows.splice(current, 1));
  const finest = finestPrecision(partners.map((p) => p.since));
  const home = data.home;
  const homeName = home ? text(resolveText(home.name, locale, data.defaultLanguage), home.id) : undefined;
  const caption = homeName
    ? fromLit(msg(html`Partners of ${homeName}`, {id: 'map.table.caption'}))
    : msg('Partners', {id: 'map.table.captionNoHome'});
  const n = (v: number) => formatNumber(v, locale);
  const km = (v: number | undefined) =>
    v === undefined
      ? '—'
      : formatNumber(Math.round(v), locale, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0});
  const cols: Array<SortKey | 'direction'> = [
    'name',
    'country',
    'relation',
    'since',
    'distance',
    'direction',
    'events',
    'delegations',
  ];
  // Each cell says its column (`data-label`), for a stylesheet that shows rows as cards on a phone.
  const label = Object.fromEntries(cols.map((k) => [k, columnLabel(k)])) as Record<SortKey | 'direction', string>;
  const comma = listComma(locale);
  const row = (p: Partner) => {
    const city = p.city;
    const mine = city.id === options.partner;
    const region = resolveText(city.region, locale, data.defaultLanguage);
    return h`<tr data-city="${city.id}"${mine ? h` class="twin-current" aria-current="true"` : ''}>
<th scope="row">${link(options.partnerUrl?.(city.id) ?? city.url, placeName(city, data, locale))}</th>
<td data-label="${label.country}">${region ? h`${text(region)}${comma}` : ''}${countryName(city.country, locale)}</td>
<td data-label="${label.relation}">${relationLabel(p.relation)}${p.status !== 'active' ? h`<span class="twin-status">${bracketed(statusLabel(p.status), locale)}</span>` : ''}</td>
<td data-label="${label.since}">${p.since ? timeOf(p.since, locale, finest) : p.sinceUnknown ? dateNotKnown() : '—'}</td>
<td class="twin-num" data-label="${label.distance}">${km(p.distanceKm)}</td>
<td data-label="${label.direction}">${p.bearing === undefined ? '—' : compassLabel(compassPoint(p.bearing))}</td>
<td class="twin-num" data-label="${label.events}">${n(p.events)}</td>
<td class="twin-num" data-label="${label.delegations}">${n(p.delegations)}</td>
</tr>`;
  };
  return h`${summary(ctx, partners)}
${
  rows.length
    ? h`<div class="twin-table-wrap"><table class="twin-partners">
<caption>${caption}</caption>
<thead><tr>${cols.map((k) => h`<th scope="col"${attr('class', k === 'events' || k === 'delegations' || k === 'distance' ? 'twin-num' : undefined)}>${label[k]}</th>`)}</tr></thead>
<tbody>
${rows.map(row)}
</tbody>
</table></div>`
    : h`<p class="twin-empty">${msg('This feed names no partner cities.', {id: 'map.empty.feed'})}</p>`
}`;
}
