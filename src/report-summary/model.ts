/**
 * The report summary's figures and chart data, apart from the DOM. Everything here is counted from the
 * feed for one year; what the report states itself (its metrics) is kept apart and never mixed in.
 */
import type {Award, Metric, Plan, Report} from '../../data-schema/schema.js';
import type {EventItem, TwinData} from '../core/merge.js';

export {FORMATS, type FormatKey} from '../core/labels.js';
import {FORMATS, type FormatKey} from '../core/labels.js';

/** One bar: a key (month number, category id, country code, year...) and how many. */
export interface Bar {
  key: string;
  value: number;
}

export interface YearSummary {
  year: number;
  report: Report | undefined;
  events: EventItem[];
  /** Partner cities (not the home city) that take part in the year's events or delegations. */
  cities: number;
  /** Countries of those cities and of the events' `countries`. */
  countries: number;
  formats: Record<FormatKey, number>;
  delegations: number;
  incoming: number;
  awards: Award[];
  metrics: Metric[];
  plans: Plan[];
  /** Events by month, 1-12, then `?` for those dated to the year only. */
  byMonth: Bar[];
  /** Events by category id (`''` for none); an event in two categories counts in both. */
  byCategory: Bar[];
  byFormat: Bar[];
  /** Events by partner country; an event with partners in two countries counts in both. */
  byCountry: Bar[];
}

/** The years the feed speaks of (events, delegations, reports), oldest first. */
export function yearsOf(data: TwinData): number[] {
  const years = new Set<number>();
  for (const e of data.events) years.add(e.startDate.year);
  for (const d of data.delegations) years.add(d.startDate.year);
  for (const r of data.reports) years.add(r.year);
  return [...years].sort((a, b) => a - b);
}

/** The year shown by default: the latest report's, else the latest with anything in it. */
export function defaultYear(data: TwinData): number | undefined {
  return data.reports.at(-1)?.year ?? yearsOf(data).at(-1);
}

/** A bar of what the feed does not say (no category, no format, no month): drawn last and muted. */
export const unknownKey = (k: string): boolean => !k || k === '?' || k === 'unstated';

/** Bars whose order is not time: most first, ties by key; what is not known last. */
const byValue = (bars: Bar[]): Bar[] =>
  bars.sort((a, b) => +unknownKey(a.key) - +unknownKey(b.key) || b.value - a.value || (a.key < b.key ? -1 : 1));

const countBy = (keys: Iterable<string>, order?: readonly string[]): Bar[] => {
  const counts = new Map<string, number>(order?.map((k) => [k, 0]));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const bars = [...counts].map(([key, value]) => ({key, value}));
  return order ? bars : byValue(bars);
};

/**
 * `partner`: the data is narrowed to that partner (the `partner` attribute). Report-wide figures and
 * awards or plans that do not involve the partner are then left out: they would not be about it.
 */
export function summarizeYear(data: TwinData, year: number, partner?: string): YearSummary {
  const home = data.home;
  const events = data.events.filter((e) => e.startDate.year === year);
  const delegations = data.delegations.filter((d) => d.startDate.year === year);
  const cities = new Set<string>();
  const countries = new Set<string>();
  const addCity = (id: string) => {
    const c = data.cityById.get(id);
    if (c && c !== home) {
      cities.add(id);
      countries.add(c.country);
    }
  };
  const eventCountries = events.map((e) => {
    const own = new Set(e.countries);
    for (const id of e.cities) {
      addCity(id);
      const c = data.cityById.get(id);
      if (c && c !== home) own.add(c.country);
    }
    if (e.placeCity) addCity(e.placeCity);
    for (const c of e.countries) countries.add(c);
    return own;
  });
  for (const d of delegations) d.cities.forEach(addCity);
  const report = data.reports.find((r) => r.year === year);
  const formats = Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<FormatKey, number>;
  for (const e of events) formats[e.format ?? 'unstated']++;
  return {
    year,
    report,
    events,
    cities: cities.size,
    countries: countries.size,
    formats,
    delegations: delegations.length,
    incoming: delegations.filter((d) => d.direction === 'incoming').length,
    awards: data.reports
      .flatMap((r) => r.awards)
      .filter(
        (a) =>
          a.date.startsWith(String(year)) && (!partner || a.events.some((id) => data.events.some((e) => e.id === id))),
      ),
    metrics: partner ? [] : (report?.metrics ?? []),
    plans: (report?.plans ?? []).filter((p) => !partner || p.cities.includes(partner)),
    byMonth: countBy(
      events.map((e) => (e.startDate.month ? String(e.startDate.month) : '?')),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '?'],
    ),
    byCategory: countBy(events.flatMap((e) => (e.categories.length ? e.categories : ['']))),
    byFormat: byValue(FORMATS.map((key) => ({key, value: formats[key]}))),
    byCountry: countBy(eventCountries.flatMap((s) => [...s])),
  };
}

/** The longest span of years drawn bar by bar; a feed spanning centuries (a slip, or hostile) gets its years only. */
const MAX_YEAR_SPAN = 100;

/**
 * Events per year, for every year from the feed's first to its last, a year without events included as
 * zero: a missing bar would make two years apart look consecutive.
 */
export function eventsByYear(data: TwinData): Bar[] {
  const years = yearsOf(data);
  let range = years.map(String);
  if (years.length && years.at(-1)! - years[0]! <= MAX_YEAR_SPAN) {
    range = [];
    for (let y = years[0]!; y <= years.at(-1)!; y++) range.push(String(y));
  }
  return countBy(
    data.events.map((e) => String(e.startDate.year)),
    range,
  );
}
