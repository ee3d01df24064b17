/** The calendar's localized words. Call inside a render (or `inOwnLocale`) so `msg()` speaks the element's language. */
import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/format.js';
import type {View} from './model.js';
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
