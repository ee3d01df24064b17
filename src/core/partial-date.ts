/**
 * Dates exactly as precise as the feed gives them: a year ("during the year"), a month ("in July"),
 * a day, or an instant with its UTC offset. Nothing here ever invents a month or a day.
 */
import {PARTIAL_DATE_PATTERN} from '../../data-schema/constants.js';

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface PartialDate {
  precision: Precision;
  year: number;
  /** 1-12, when known. */
  month?: number;
  /** 1-31, when known. */
  day?: number;
  /** For `time`: the instant, in ms since the epoch. */
  instant?: number;
  /** The string as the feed wrote it: also the value for `<time datetime>`, at exactly the feed's precision. */
  raw: string;
}

const RE = new RegExp(PARTIAL_DATE_PATTERN);

/**
 * Dates repeat (100,000 items of five years share under 2,000 days): within one task each is parsed once
 * and shared (read only: nothing changes a PartialDate), then forgotten.
 */
const parsed = new Map<string, PartialDate | undefined>();

export function parsePartialDate(raw: string): PartialDate | undefined {
  if (!parsed.size) queueMicrotask(() => parsed.clear());
  if (!parsed.has(raw)) parsed.set(raw, parse(raw));
  return parsed.get(raw);
}

function parse(raw: string): PartialDate | undefined {
  if (typeof raw !== 'string' || !RE.test(raw)) return undefined;
  const year = Number(raw.slice(0, 4));
  // One shape for every precision (absent parts undefined): code reading 100,000 dates stays monomorphic.
  if (raw.length === 4) return {precision: 'year', year, month: undefined, day: undefined, instant: undefined, raw};
  const month = Number(raw.slice(5, 7));
  if (raw.length === 7) return {precision: 'month', year, month, day: undefined, instant: undefined, raw};
  const day = Number(raw.slice(8, 10));
  if (new Date(Date.UTC(year, month, 0)).getUTCDate() < day) return undefined;
  if (raw.length === 10) return {precision: 'day', year, month, day, instant: undefined, raw};
  const instant = Date.parse(raw);
  if (Number.isNaN(instant)) return undefined;
  return {precision: 'time', year, month, day, instant, raw};
}

/**
 * The start of the period, in ms since the epoch: midnight UTC of its first day for date-only values
 * (so that sorting never depends on the viewer's time zone), the instant itself for `time`.
 */
export function periodStart(d: PartialDate): number {
  if (d.precision === 'time') return d.instant!;
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** The end of the period (exclusive), same convention as `periodStart`. */
export function periodEnd(d: PartialDate): number {
  switch (d.precision) {
    case 'year':
      return Date.UTC(d.year + 1, 0, 1);
    case 'month':
      return Date.UTC(d.year, d.month!, 1);
    case 'day':
      return Date.UTC(d.year, d.month! - 1, d.day! + 1);
    case 'time':
      return d.instant!;
  }
}

/** A date-time's own calendar day (in its own offset), for comparing it with dates known to the day or less. */
function dayOf(d: PartialDate): PartialDate {
  return d.precision === 'time' ? {...d, precision: 'day', instant: undefined} : d;
}

/**
 * Whether `a` is certainly earlier than `b`: the whole of `a`'s period ends before `b`'s begins. "1991"
 * is not before "1991-02" (the year holds February), nor after it: neither is known to come first.
 * Two instants compare as instants; an instant and a date compare by the instant's own calendar day.
 */
export function isBefore(a: PartialDate, b: PartialDate): boolean {
  if (a.precision === 'time' && b.precision === 'time') return a.instant! < b.instant!;
  return periodEnd(dayOf(a)) <= periodStart(dayOf(b));
}

/**
 * The dates that nothing in `items` is certainly before: the earliest, or, when the data cannot tell
 * which of several came first ("1991" and "1991-02"), all of those, in their order in `items`.
 */
export function earliest<T>(items: readonly T[], dateOf: (item: T) => PartialDate | undefined): T[] {
  // In two passes, not by comparing every pair (a map of 500 partners has as many starts). By `isBefore`,
  // another is before a date when it ends (as days) by the date's start, or, both being times, when it
  // is the earlier time. A period always ends after its own start, so the first end can be taken over
  // all; and a time whose day ends by another time's day is the earlier time.
  let end = Infinity;
  let instant = Infinity;
  for (const item of items) {
    const date = dateOf(item);
    if (!date) continue;
    end = Math.min(end, periodEnd(dayOf(date)));
    if (date.precision === 'time') instant = Math.min(instant, date.instant!);
  }
  return items.filter((item) => {
    const date = dateOf(item);
    return !!date && end > periodStart(dayOf(date)) && (date.precision !== 'time' || date.instant! <= instant);
  });
}

/**
 * Orders partial dates by the start of their period; on a tie the coarser (year before month) first.
 * A sort key, not a claim: "1991" sorts before "1991-02" though neither is known to be earlier
 * (`isBefore` says what is known); show the precision beside a date sorted this way.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const diff = periodStart(a) - periodStart(b);
  if (diff !== 0) return diff;
  return RANK[a.precision] - RANK[b.precision];
}
const RANK: Record<Precision, number> = {year: 0, month: 1, day: 2, time: 3};

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric', timeZone: 'UTC'},
  month: {year: 'numeric', month: 'long', timeZone: 'UTC'},
  day: {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'},
  time: {year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short'},
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: Precision, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const options = precision === 'time' ? {...OPTIONS.time, timeZone} : OPTIONS[precision];
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown time zone or locale: fall back to UTC and the default locale.
      f = new Intl.DateTimeFormat(undefined, {...options, timeZone: 'UTC'});
    }
    formatters.set(key, f);
  }
  return f;
}

/** Formats as precise as known: `2021`, `July 2021`, `15 July 2021`, `15 July 2021, 10:00 GMT+10`. */
export function formatPartialDate(d: PartialDate, locale: string, timeZone = 'UTC'): string {
  return formatter(locale, d.precision, timeZone).format(periodStart(d));
}

/**
 * Formats a span. Same precision on both ends uses `Intl`'s range format (`July – August 2021`,
 * `12–14 July 2021`); mixed precisions are joined with an en dash, each end as precise as it is.
 */
export function formatPartialRange(
  start: PartialDate,
  end: PartialDate | undefined,
  locale: string,
  timeZone = 'UTC',
): string {
  if (!end || end.raw === start.raw) return formatPartialDate(start, locale, timeZone);
  if (start.precision === end.precision) {
    const f = formatter(locale, start.precision, timeZone);
    return f.formatRange(periodStart(start), periodStart(end));
  }
  return `${formatPartialDate(start, locale, timeZone)} – ${formatPartialDate(end, locale, timeZone)}`;
}

/** Whether the date gives its day (a day or a date-time), not only a month or a year. */
export function knownToTheDay(d: PartialDate): boolean {
  return d.precision === 'day' || d.precision === 'time';
}
