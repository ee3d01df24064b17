/** The calendar's localized words. Call inside a render (or `inOwnLocale`) so `msg()` speaks the element's language. */
import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/format.js';
import type {Day, View} from './model.js';
import type {EventItem} from '../core/merge.js';
import * as common from '../core/common-words.js';

export const viewLabel = (v: View): string =>
  v === 'month' ? common.month() : v === 'list' ? msg('List', {id: 'cal.view.list'}) : common.year();

/** "1 event", "3 events" with the locale's plural rules. */
export function eventCount(n: number, locale: string, formatted: string): string {
  switch (pluralCategory(n, locale)) {
    case 'one':
      return msg(str`${formatted} event`, {id: 'cal.events.one'});
    case 'few':
      return msg(str`${formatted} events`, {id: 'cal.events.few'});
    case 'many':
      return msg(str`${formatted} events`, {id: 'cal.events.many'});
    default:
      return msg(str`${formatted} events`, {id: 'cal.events.other'});
  }
}

/*
 * The list view's words for the pre-rendered content (src/static/calendar.ts): the same ids and texts as
 * list-view.ts's `precisionNote` and group rows. The list keeps its own copies: sharing these costs the
 * CDN file bytes it does not have. Keep the two in step.
 */

/** "month and day not given", "day not given", or '' for an event known to the day. */
export function precisionNote(e: EventItem): string {
  const p = e.startDate.precision;
  if (p === 'year') return msg('month and day not given', {id: 'cal.precision.year'});
  if (p === 'month') return msg('day not given', {id: 'cal.precision.month'});
  return '';
}

/**
 * The list's group of a `buildRows` header key: "July 2021" for `2021-07`, "2021, during the year" for
 * `2021` (events known only by the year). `fmt` formats a day in the reader's locale (UTC).
 */
export function groupLabel(key: string, fmt: (options: Intl.DateTimeFormatOptions, day: Day) => string): string {
  if (key.length === 4) {
    return msg(str`${fmt({year: 'numeric'}, {y: Number(key), m: 1, d: 1})}, during the year`, {id: 'cal.list.year'});
  }
  const [y, m] = key.split('-').map(Number);
  return fmt({year: 'numeric', month: 'long'}, {y: y!, m: m!, d: 1});
}
