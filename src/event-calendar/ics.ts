/**
 * iCalendar (RFC 5545) export of feed events: UID, DTSTAMP, CRLF line endings, lines folded at 75
 * octets, escaped text, each text with its LANGUAGE. Dates only as precise as the feed: a day is a
 * one-day all-day event, a month or a year the whole period as an all-day span, marked
 * `X-TWINNING-PRECISION` (callers leave those out for calendars where a long span is noise: see
 * `knownToTheDay`); times in UTC; DTEND always after DTSTART. LOCATION is the place, its city and
 * country; GEO the city's coordinates.
 */
import type {LocalizedText} from '../../data-schema/schema.js';
import {resolveText} from '../core/localized-text.js';
import {safeHref} from '../core/links.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {periodEnd, periodStart, type PartialDate} from '../core/partial-date.js';
import {bracketed, countryName, listComma} from '../core/format.js';

export interface IcsOptions {
  /** Language of the texts (titles, descriptions, places): the fallback chain applies. */
  locale?: string;
  /** The time of export, for DTSTAMP (default: now). */
  now?: Date;
  /** Calendar name (X-WR-CALNAME). */
  name?: string;
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function utcStamp(ms: number): string {
  const t = new Date(ms);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`;
}
function dateValue(ms: number): string {
  const t = new Date(ms);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

function dates(start: PartialDate, end: PartialDate | undefined): string[] {
  if (start.precision === 'time' && (!end || end.precision === 'time')) {
    const lines = [`DTSTART:${utcStamp(start.instant!)}`];
    if (end && end.instant! > start.instant!) lines.push(`DTEND:${utcStamp(end.instant!)}`);
    return lines;
  }
  // All-day: from the first day of the start's period to the end of the end's period (exclusive), and
  // never shorter than the start's own period: DTEND is always after DTSTART (an end before the start,
  // which the validator reports, is no end).
  const day = (d: PartialDate) => (d.precision === 'time' ? {...d, precision: 'day' as const} : d);
  const from = periodStart(day(start));
  const last = Math.max(end ? periodEnd(day(end)) : 0, periodEnd(day(start)));
  const lines = [`DTSTART;VALUE=DATE:${dateValue(from)}`, `DTEND;VALUE=DATE:${dateValue(last)}`];
  if (start.precision === 'month' || start.precision === 'year')
    lines.push(`X-TWINNING-PRECISION:${start.precision.toUpperCase()}`);
  return lines;
}

/** A coordinate with at most six decimals (about 0.1 m), as RFC 5545's GEO takes it. */
const geo = (deg: number) => String(Math.round(deg * 1e6) / 1e6);

const STATUS: Record<string, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The events as one iCalendar file (a string with CRLF line endings). */
export function toICalendar(events: readonly EventItem[], data: TwinData, options: IcsOptions = {}): string {
  const locale = options.locale ?? data.defaultLanguage;
  const resolved = (v: LocalizedText | undefined) => resolveText(v, locale, data.defaultLanguage);
  const text = (v: LocalizedText | undefined) => resolved(v)?.text;
  /** `NAME;LANGUAGE=ja:value`: the language the text is in, which the fallback chain may have changed. */
  const property = (name: string, value: {text: string; lang: string} | undefined) =>
    value ? `${name};LANGUAGE=${value.lang}:${escapeText(value.text)}` : undefined;
  const domain = `${data.home?.id ?? 'feed'}.twinning-kit`;
  const stamp = utcStamp((options.now ?? new Date()).getTime());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Twinning Kit//Event calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.id)}@${domain}`,
      `DTSTAMP:${stamp}`,
      ...dates(e.startDate, e.endDate),
    );
    lines.push(property('SUMMARY', resolved(e.title)) ?? `SUMMARY:${escapeText(e.id)}`);
    const description = property('DESCRIPTION', resolved(e.description));
    if (description) lines.push(description);
    // LOCATION: the place, its city and the city's country, as an address is written; GEO (latitude
    // first) where the city's coordinates are known.
    const comma = listComma(locale);
    const city = e.placeCity ? data.cityById.get(e.placeCity) : undefined;
    const place = resolved(e.place);
    const cityName = resolved(city?.name);
    const parts = [place?.text, cityName?.text, city ? countryName(city.country, locale) : undefined].filter(
      (x): x is string => !!x,
    );
    if (parts.length)
      lines.push(`LOCATION;LANGUAGE=${(place ?? cityName)?.lang ?? locale}:${escapeText(parts.join(comma))}`);
    if (city) lines.push(`GEO:${geo(city.coordinates[1])};${geo(city.coordinates[0])}`);
    const categories = e.categories.map((id) => text(data.categoryById.get(id)?.name) ?? id);
    if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
    const cities = e.cities.map((id) => {
      const c = data.cityById.get(id);
      return c ? `${text(c.name) ?? id}${bracketed(countryName(c.country, locale), locale)}` : id;
    });
    if (cities.length) lines.push(`X-TWINNING-CITIES:${escapeText(cities.join(comma))}`);
    if (e.format) lines.push(`X-TWINNING-FORMAT:${e.format.toUpperCase()}`);
    lines.push(`STATUS:${STATUS[e.status] ?? 'CONFIRMED'}`);
    const url = safeHref(e.url);
    if (url && /^https?:/.test(url)) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
