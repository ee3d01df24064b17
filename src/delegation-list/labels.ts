/** The delegation list's localized words. Call inside a render (or `inOwnLocale`). */
import {msg, str} from '@lit/localize';
import {formatNumber, formatPercent, pluralCategory} from '../core/format.js';
import type {FilterGroup, SortKey, Summary} from './model.js';
import * as common from '../core/common-words.js';

export const directionLabel = (d: string): string =>
  d === 'incoming' ? msg('Incoming', {id: 'del.dir.incoming'}) : msg('Outgoing', {id: 'del.dir.outgoing'});

export const kindLabel = (k: string): string =>
  k === 'meeting' ? msg('Official meeting', {id: 'del.kind.meeting'}) : msg('Delegation', {id: 'del.kind.delegation'});

export const groupLabel = (g: FilterGroup): string => {
  switch (g) {
    case 'directions':
      return msg('Direction', {id: 'del.col.direction'});
    case 'years':
      return common.year();
    case 'countries':
      return common.country();
    case 'cities':
      return common.partnerCity();
    case 'formats':
      return common.format();
  }
};

export const sortLabel = (k: SortKey, descending: boolean): string => {
  switch (k) {
    case 'date':
      return descending ? msg('Newest first', {id: 'del.sort.dateDesc'}) : msg('Oldest first', {id: 'del.sort.date'});
    case 'city':
      return msg('By partner city', {id: 'del.sort.city'});
    case 'country':
      return msg('By country', {id: 'del.sort.country'});
  }
};

/** "1 delegation", "5 delegations". */
export function delegationCount(n: number, locale: string, formatted: string): string {
  switch (pluralCategory(n, locale)) {
    case 'one':
      return msg(str`${formatted} delegation or meeting`, {id: 'del.count.one'});
    case 'few':
      return msg(str`${formatted} delegations and meetings`, {id: 'del.count.few'});
    case 'many':
      return msg(str`${formatted} delegations and meetings`, {id: 'del.count.many'});
    default:
      return msg(str`${formatted} delegations and meetings`, {id: 'del.count.other'});
  }
}

/** The line that sums up what is shown: how many, incoming and outgoing, countries, and online when stated. */
export function summaryText(s: Summary, locale: string, uiLocale: string): string {
  const f = (n: number) => formatNumber(n, locale);
  const count = delegationCount(s.total, uiLocale, f(s.total));
  const incoming = f(s.incoming);
  const outgoing = f(s.outgoing);
  const countries = f(s.countries);
  if (s.online === undefined) {
    return msg(str`${count}: ${incoming} incoming, ${outgoing} outgoing; countries: ${countries}.`, {
      id: 'del.summary.noOnline',
    });
  }
  const online = formatPercent(s.online, locale);
  return msg(str`${count}: ${incoming} incoming, ${outgoing} outgoing; countries: ${countries}; online: ${online}.`, {
    id: 'del.summary.all',
  });
}
