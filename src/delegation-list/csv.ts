/**
 * CSV of delegations for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Cyrillic and CJK
 * right), CRLF line ends, every field quoted where RFC 4180 needs it. Texts in the asked language, with
 * the feed's fallback chain; dates exactly as the feed gives them. Loaded only when someone exports.
 */
import type {TwinData} from '../core/merge.js';
import {textOf, type Row} from './model.js';

/** Quotes a field when it holds a comma, a semicolon, a quote or a line break; doubles inner quotes. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  // A leading = + - @ would make a spreadsheet run a formula: a quote mark in front keeps it text.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'direction',
  'kind',
  'cities',
  'countries',
  'format',
  'title',
  'purpose',
  'head',
  'size',
  'participants',
  'outcome',
  'events',
] as const;

export function toCsv(rows: readonly Row[], data: TwinData, locale: string): string {
  const t = (v: Parameters<typeof textOf>[0]) => textOf(v, locale, data)?.text ?? '';
  const lines = [CSV_COLUMNS.join(',')];
  for (const {d, cities, countries} of rows) {
    lines.push(
      [
        d.id,
        d.start,
        d.end,
        d.direction,
        d.kind,
        cities.map((c) => t(c.name)).join('; '),
        countries.join('; '),
        d.format ?? '',
        t(d.title),
        t(d.purpose),
        t(d.head),
        d.size,
        t(d.participants),
        t(d.outcome),
        d.events.join('; '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
