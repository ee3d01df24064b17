/**
 * The report's figures and charts as words and numbers (DOM-free). The figures are the element's own
 * (report-summary.ts draws and copies `yearFigures`) and the pre-rendered content's (src/static/report.ts).
 * The charts (`yearCharts`) are the pre-rendered content's: the same titles, bars and order as the
 * element's `#renderDetails`, which keeps its own copy (smaller there than through these objects, and
 * the CDN file has no bytes to spare): keep the two in step. Call inside a render (or `inLocale`).
 */
import {msg, str} from '@lit/localize';
import {countryName, formatNumber, formatPercent} from '../core/format.js';
import {formatLabel} from '../core/labels.js';
import type {LocalizedText} from '../../data-schema/schema.js';
import type {ResolvedText} from '../core/localized-text.js';
import type {TwinData} from '../core/merge.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {eventsByYear, type Bar, type YearSummary} from './model.js';

/** A figure: what it counts, the number, and what exactly was counted. */
export interface Figure {
  label: string;
  value: string;
  note: string;
  lang?: string | undefined;
}

/**
 * The year's figures, the four headline ones first (compact shows only them). A joint event is one of
 * the feed's events of the year; narrowed to a partner, one that the partner takes part in or hosts
 * (with the home city, when several feeds are merged): the map's card counts the same (`forPartner`).
 */
export function yearFigures(s: YearSummary, prev: YearSummary | undefined, locale: string): Figure[] {
  const n = (v: number) => formatNumber(v, locale);
  const {online, hybrid, offline} = s.formats;
  const stated = online + hybrid + offline;
  const before = (v: number | undefined) =>
    prev && v !== undefined ? ` ${msg(str`${prev.year}: ${n(v)}.`, {id: 'rep.before'})}` : '';
  const year = s.year;
  return [
    {
      label: msg(str`Joint events in ${year}`, {id: 'rep.jointEvents'}),
      value: n(s.events.length),
      note: before(prev?.events.length).trim(),
    },
    {
      label: msg('Partner cities', {id: 'rep.cities'}),
      value: n(s.cities),
      note: msg('Taking part in the year’s events and delegations.', {id: 'rep.cities.note'}) + before(prev?.cities),
    },
    {
      label: msg('Countries', {id: 'rep.countries'}),
      value: n(s.countries),
      note: msg('Of the partners taking part.', {id: 'rep.countries.note'}) + before(prev?.countries),
    },
    {
      label: msg('Delegations and meetings', {id: 'rep.delegations'}),
      value: n(s.delegations),
      note:
        msg(str`Incoming: ${n(s.incoming)}; outgoing: ${n(s.delegations - s.incoming)}.`, {
          id: 'rep.delegations.note',
        }) + before(prev?.delegations),
    },
    {
      label: msg('Held online', {id: 'rep.online'}),
      value: stated ? formatPercent(online / stated, locale) : '—',
      note: msg(
        str`${n(online)} of ${n(stated)} events whose format the feed states; hybrid: ${n(hybrid)}; in person: ${n(offline)}.`,
        {
          id: 'rep.online.note',
        },
      ),
    },
    {
      label: msg('Awards', {id: 'rep.awards'}),
      value: n(s.awards.length),
      note: msg(str`Received in ${year}.`, {id: 'rep.awards.note'}),
    },
  ];
}

/** A chart of the year: its id, title, the heading of its key column, its bars in order and their labels. */
export interface Chart {
  id: string;
  title: string;
  keyHeading: string;
  bars: Bar[];
  labelOf: (key: string) => string | {text: string; lang?: string | undefined};
}

/** The year's charts, in the order the report shows them (none without events). */
export function yearCharts(
  s: YearSummary,
  data: TwinData,
  years: readonly number[],
  locale: string,
  say: (t: LocalizedText | undefined) => ResolvedText | undefined,
): Chart[] {
  if (!s.events.length) return [];
  const month = new Intl.DateTimeFormat(locale, {month: 'long', timeZone: 'UTC'});
  const charts: Chart[] = [
    {
      id: 'month',
      title: msg('By month', {id: 'rep.byMonth'}),
      keyHeading: common.month(),
      bars: s.byMonth,
      labelOf: (k) =>
        k === '?' ? msg('Month not stated', {id: 'rep.monthUnknown'}) : month.format(Date.UTC(2000, Number(k) - 1, 1)),
    },
    {
      id: 'category',
      title: msg('By category', {id: 'rep.byCategory'}),
      keyHeading: msg('Category', {id: 'rep.category'}),
      bars: s.byCategory,
      labelOf: (k) =>
        k ? (say(data.categoryById.get(k)?.name) ?? {text: k}) : msg('No category', {id: 'rep.noCategory'}),
    },
    {
      id: 'format',
      title: msg('By format', {id: 'rep.byFormat'}),
      keyHeading: common.format(),
      bars: s.byFormat,
      labelOf: (k) => formatLabel(k as 'online'),
    },
  ];
  if (s.byCountry.length)
    charts.push({
      id: 'country',
      title: msg('By partner country', {id: 'rep.byCountry'}),
      keyHeading: details.country(),
      bars: s.byCountry,
      labelOf: (k) => countryName(k, locale),
    });
  if (years.length > 1)
    charts.push({
      id: 'year',
      title: msg('Events by year', {id: 'rep.byYear'}),
      keyHeading: common.year(),
      bars: eventsByYear(data),
      labelOf: (k) => k,
    });
  return charts;
}
