/**
 * The calendar's model, free of DOM: month matrices in the locale's week layout, events indexed by
 * day, by month (known only by month) and by year (known only by year), filters and their counts.
 */
import type {City} from '../../data-schema/schema.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {periodEnd, periodStart} from '../core/partial-date.js';

export interface Day {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
}
export type View = 'month' | 'list' | 'year';
export const VIEWS: readonly View[] = ['month', 'list', 'year'];
export {FORMATS} from '../core/labels.js';
import type {FormatKey} from '../core/labels.js';
export type FormatFilter = FormatKey;

/** A day in milliseconds. */
export const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = ({y, m, d}: Day) => `${y}-${pad(m)}-${pad(d)}`;
export const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;
export const toUtc = ({y, m, d}: Day) => Date.UTC(y, m - 1, d);
export const fromUtc = (ms: number): Day => {
  const t = new Date(ms);
  return {y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate()};
};
export const addDays = (day: Day, n: number): Day => fromUtc(toUtc(day) + n * DAY);
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Same day in another month; the last day when the month is shorter (31 March + 1 month = 30 April). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return {y, m, d: Math.min(day.d, daysInMonth(y, m))};
}
/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export const weekday = (day: Day) => ((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1;

/** The weeks shown for a month, each starting on `firstDay` (1 = Monday ... 7 = Sunday). */
export function monthWeeks(y: number, m: number, firstDay: number): Day[][] {
  const first: Day = {y, m, d: 1};
  let start = addDays(first, -((weekday(first) - firstDay + 7) % 7));
  const weeks: Day[][] = [];
  do {
    const week: Day[] = [];
    for (let i = 0; i < 7; i++) week.push(addDays(start, i));
    weeks.push(week);
    start = addDays(start, 7);
  } while (start.m === m && start.y === y);
  return weeks;
}

/** Parses the `date` attribute: `2021`, `2021-07` or `2021-07-15`. */
export function parseDay(value: string | null | undefined): Day | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = match[2] ? Number(match[2]) : 1;
  const d = match[3] ? Number(match[3]) : 1;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return {y, m, d};
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * A formatter in a time zone (UTC when the zone is unknown), cached: with a `locale`, the time of day in
 * that locale ("7:15 AM", "19:15"); without, the wall-clock date and time's numbers.
 */
function zoneFormat(timeZone: string, locale?: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const make = (zone: string) =>
      new Intl.DateTimeFormat(
        locale ?? 'en-US',
        locale
          ? {hour: 'numeric', minute: '2-digit', timeZone: zone}
          : {
              timeZone: zone,
              year: 'numeric',
              month: 'numeric',
              day: 'numeric',
              hour: 'numeric',
              minute: 'numeric',
              second: 'numeric',
              hourCycle: 'h23',
            },
      );
    try {
      f = make(timeZone);
    } catch {
      f = make('UTC');
    }
    formatters.set(key, f);
  }
  return f;
}

/** The zone's offset from UTC (ms) at an instant: its wall clock read as UTC, minus the instant. */
function offsetAt(instant: number, timeZone: string): number {
  const [m, , d, , y, , h, , min, , sec] = zoneFormat(timeZone)
    .formatToParts(instant)
    .map((p) => +p.value);
  return Date.UTC(y!, m! - 1, d!, h, min, sec) - instant;
}

/** Per zone, its offset through each UTC day (by day number), NaN for a day with a transition. */
const offsets = new Map<string, Map<number, number>>();

/**
 * The number of the calendar day (days since 1970-01-01) of an instant in a time zone (the feed's own: an
 * event is on the day its city lives it). `Intl` is asked twice per zone and UTC day, not per event: the
 * offset at both ends of the day, which holds all day when they agree; a day with a transition asks for
 * the instant itself.
 */
function dayNumberIn(instant: number, timeZone: string): number {
  const day = Math.floor(instant / DAY);
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(day);
  if (offset === undefined) {
    const start = offsetAt(day * DAY, timeZone);
    zone.set(day, (offset = start === offsetAt(day * DAY + DAY, timeZone) ? start : NaN));
  }
  return Math.floor((instant + (offset === offset ? offset : offsetAt(instant, timeZone))) / DAY);
}

/**
 * The `YYYY-MM-DD` of a day by its number, written once per day (10,000 events fall on a few hundred days),
 * not once per event and day; forgotten past 20,000 days.
 */
const keys = new Map<number, string>();
function keyOf(n: number): string {
  let key = keys.get(n);
  if (!key) {
    if (keys.size > 2e4) keys.clear();
    keys.set(n, (key = dayKey(fromUtc(n * DAY))));
  }
  return key;
}

/** A timed event's start time in the reader's locale and the feed's time zone; undefined for a date. */
export const startTime = (e: EventItem, locale: string, timeZone: string): string | undefined =>
  e.startDate.instant === undefined ? undefined : zoneFormat(timeZone, locale).format(e.startDate.instant);

/** First and last day an event with a day or time precision covers. */
export function daySpan(e: EventItem, timeZone: string): [Day, Day] | undefined {
  const span = dayNumbers(e, timeZone);
  return span && [fromUtc(span[0] * DAY), fromUtc(span[1] * DAY)];
}

/** `daySpan` as day numbers (days since 1970-01-01). */
function dayNumbers(e: EventItem, timeZone: string): [number, number] | undefined {
  const s = e.startDate;
  if (s.precision !== 'day' && s.precision !== 'time') return undefined;
  const first = s.precision === 'time' ? dayNumberIn(s.instant!, timeZone) : periodStart(s) / DAY;
  let last = first;
  const end = e.endDate;
  if (end) {
    last = end.precision === 'time' ? dayNumberIn(end.instant!, timeZone) : periodEnd(end) / DAY - 1;
    if (last < first) last = first;
  }
  return [first, last];
}

/** Longest span spread over days: an event claiming years of days is shown on its first 366. */
const MAX_SPAN_DAYS = 366;

export interface CalendarIndex {
  /** Events on each day (`YYYY-MM-DD`), multi-day events on every day they cover. */
  byDay: Map<string, EventItem[]>;
  /** Events known only by month (`YYYY-MM`), on every month they cover. */
  byMonth: Map<string, EventItem[]>;
  /** Events known only by year, on every year they cover. */
  byYear: Map<number, EventItem[]>;
  /** All events in order. */
  sorted: EventItem[];
}

const RANK = {year: 0, month: 1, day: 2, time: 3} as const;

/**
 * Calendar order: by the day the period starts on (a timed event by its day in the feed's time zone),
 * the coarser period first (the year, the month, all-day, then timed events by their time), then id.
 */
export function eventOrder(events: readonly EventItem[], timeZone: string): EventItem[] {
  // Decorated once, so that the sort compares plain numbers.
  const keyed = events.map((e) => {
    const s = e.startDate;
    const day = s.precision === 'time' ? dayNumberIn(s.instant!, timeZone) * DAY : periodStart(s);
    return {k: day / 1000 + RANK[s.precision], t: s.instant ?? 0, id: e.id, e};
  });
  keyed.sort((a, b) => a.k - b.k || a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((x) => x.e);
}

export function buildIndex(events: readonly EventItem[], timeZone: string): CalendarIndex {
  const sorted = eventOrder(events, timeZone);
  const byDay = new Map<string, EventItem[]>();
  const byMonth = new Map<string, EventItem[]>();
  const byYear = new Map<number, EventItem[]>();
  const push = <K>(map: Map<K, EventItem[]>, key: K, e: EventItem) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of sorted) {
    const s = e.startDate;
    if (s.precision === 'year') {
      const last = e.endDate ? Math.max(s.year, e.endDate.year) : s.year;
      for (let y = s.year; y <= last && y - s.year < 100; y++) push(byYear, y, e);
    } else if (s.precision === 'month') {
      const lastIndex = e.endDate ? e.endDate.year * 12 + (e.endDate.month ?? 12) - 1 : s.year * 12 + s.month! - 1;
      for (let i = s.year * 12 + s.month! - 1, n = 0; i <= lastIndex && n < 120; i++, n++) {
        push(byMonth, monthKey(Math.floor(i / 12), (i % 12) + 1), e);
      }
    } else {
      const [first, last] = dayNumbers(e, timeZone)!;
      const days = Math.min(MAX_SPAN_DAYS, last - first + 1);
      for (let i = 0; i < days; i++) push(byDay, keyOf(first + i), e);
    }
  }
  return {byDay, byMonth, byYear, sorted};
}

export interface Filters {
  categories: ReadonlySet<string>;
  cities: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  formats: ReadonlySet<string>;
}
export const noFilters = (): Filters => ({
  categories: new Set(),
  cities: new Set(),
  countries: new Set(),
  formats: new Set(),
});
export type FilterGroup = keyof Filters;

/** Countries an event involves: its own list and its cities' countries. */
export function eventCountries(e: EventItem, cityById: ReadonlyMap<string, City>): string[] {
  const set = new Set(e.countries);
  for (const id of e.cities) {
    const c = cityById.get(id);
    if (c) set.add(c.country);
  }
  return [...set];
}

function values(e: EventItem, group: FilterGroup, cityById: ReadonlyMap<string, City>): string[] {
  switch (group) {
    case 'categories':
      return e.categories;
    case 'cities':
      return e.cities;
    case 'countries':
      return eventCountries(e, cityById);
    case 'formats':
      return [e.format ?? 'unstated'];
  }
}

const GROUPS: FilterGroup[] = ['categories', 'cities', 'countries', 'formats'];

/** Any chosen value within a group, every group with a choice. */
export function matches(e: EventItem, f: Filters, cityById: ReadonlyMap<string, City>, skip?: FilterGroup): boolean {
  for (const g of GROUPS) {
    if (g === skip || f[g].size === 0) continue;
    if (!values(e, g, cityById).some((v) => f[g].has(v))) return false;
  }
  return true;
}

/**
 * For each group, how many events each option would show given the choices in the other groups
 * (faceted counts), over all dates.
 */
export function facetCounts(data: TwinData, f: Filters): Record<FilterGroup, Map<string, number>> {
  const out = {} as Record<FilterGroup, Map<string, number>>;
  for (const g of GROUPS) {
    const counts = new Map<string, number>();
    for (const e of data.events) {
      if (!matches(e, f, data.cityById, g)) continue;
      for (const v of new Set(values(e, g, data.cityById))) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[g] = counts;
  }
  return out;
}

/**
 * How the calendar opens when the page sets neither `view` nor `date` (wide containers; narrow ones show
 * the list): the month grid, on today's month when events are drawn in its grid, else on the month with
 * the most events drawn in its grid (the one nearest today on a tie), provided that month shows at least
 * three events (or all of them, in a smaller feed). Otherwise (events known only by month or year, or
 * too few on any one day-exact month) the year view when every event starts in one year, else the list;
 * never an empty grid when the feed has events.
 */
export function opening(events: readonly EventItem[], today: Day, timeZone: string): {day: Day; view: View} {
  // Per month (y * 12 + m - 1): events drawn in its grid times 1024, plus events known only by that month
  // (they break ties, and choose the month for a grid the page asks for when no event has a day).
  const score = new Map<number, number>();
  const add = (i: number, n: number) => score.set(i, (score.get(i) ?? 0) + n);
  const years = new Set<number>();
  for (const e of events) {
    const s = e.startDate;
    years.add(s.year);
    const span = daySpan(e, timeZone);
    if (span) {
      const from = span[0].y * 12 + span[0].m - 1;
      const to = Math.min(span[1].y * 12 + span[1].m - 1, from + 12);
      for (let i = from; i <= to; i++) add(i, 1024);
    } else if (s.month) add(s.year * 12 + s.month - 1, 1);
  }
  const grid = (i: number) => (score.get(i) ?? 0) >> 10;
  const now = today.y * 12 + today.m - 1;
  let best = now;
  if (!grid(now)) {
    for (const [i, n] of score) {
      const b = score.get(best) ?? 0;
      if (n > b || (n === b && Math.abs(i - now) < Math.abs(best - now))) best = i;
    }
  }
  const day = best === now ? today : {y: Math.floor(best / 12), m: (best % 12) + 1, d: 1};
  if (!events.length || grid(now) || grid(best) >= Math.min(3, events.length)) return {day, view: 'month'};
  return {day: score.size ? day : {y: Math.max(...years), m: 1, d: 1}, view: years.size === 1 ? 'year' : 'list'};
}

/** A row of the agenda list. */
export type Row = {kind: 'header'; key: string} | {kind: 'event'; event: EventItem; index: number};

/** For each `i` from 0 to `rows.length`: how many of `rows[0, i)` are headers (the list's tops, its headers being shorter on phones). */
export function headersBefore(rows: readonly Row[]): Uint32Array {
  const out = new Uint32Array(rows.length + 1);
  rows.forEach((r, i) => (out[i + 1] = out[i]! + +(r.kind === 'header')));
  return out;
}

/** Whether an event's period can touch [from, to) (a day of margin for time zones). */
export function overlaps(e: EventItem, from: number, to: number): boolean {
  const start = periodStart(e.startDate) - DAY;
  const end = Math.max(periodEnd(e.endDate ?? e.startDate), periodEnd(e.startDate)) + DAY;
  return start < to && end > from;
}

/** List rows: a header for each month (or year, for year-only events), then its events. */
export function buildRows(sorted: readonly EventItem[]): Row[] {
  const rows: Row[] = [];
  let group = '';
  sorted.forEach((e, index) => {
    const s = e.startDate;
    const key = s.precision === 'year' ? `${s.year}` : monthKey(s.year, s.month!);
    if (key !== group) {
      group = key;
      rows.push({kind: 'header', key});
    }
    rows.push({kind: 'event', event: e, index});
  });
  return rows;
}

/** The time span (UTC ms, `[from, to)`) a view shows: the year, or the month's weeks in the locale's layout. */
export function periodRange(view: View, cursor: Day, firstDay: number): [number, number] {
  if (view === 'year') return [Date.UTC(cursor.y, 0, 1), Date.UTC(cursor.y + 1, 0, 1)];
  const weeks = monthWeeks(cursor.y, cursor.m, firstDay);
  return [toUtc(weeks[0]![0]!), toUtc(weeks[weeks.length - 1]![6]!) + DAY];
}
