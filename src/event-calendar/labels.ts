/** The calendar's localized words. Call inside a render (or `inOwnLocale`) so `msg()` speaks the element's language. */
import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/format.js';
import type {FormatFilter, View} from './model.js';

export const viewLabel = (v: View): string =>
  v === 'month'
    ? msg('Month', {id: 'cal.view.month'})
    : v === 'list'
      ? msg('List', {id: 'cal.view.list'})
      : msg('Year', {id: 'cal.view.year'});

export const formatLabel = (f: FormatFilter): string => {
  switch (f) {
    case 'online':
      return msg('Online', {id: 'format.online'});
    case 'offline':
      return msg('In person', {id: 'format.offline'});
    case 'hybrid':
      return msg('Hybrid', {id: 'format.hybrid'});
    case 'unstated':
      return msg('Format not stated', {id: 'format.unstated'});
  }
};

export const statusLabel = (s: string): string | undefined => {
  switch (s) {
    case 'cancelled':
      return msg('Cancelled', {id: 'status.cancelled'});
    case 'postponed':
      return msg('Postponed', {id: 'status.postponed'});
    case 'rescheduled':
      return msg('Rescheduled', {id: 'status.rescheduled'});
    case 'moved-online':
      return msg('Moved online', {id: 'status.movedOnline'});
    default:
      return undefined;
  }
};

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
