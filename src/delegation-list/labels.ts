/**
 * The delegation list's localized words that its first render says. Call inside a render (or `inOwnLocale`).
 * The words only the parts chunk says (a row's kind, the filter groups) are in parts.ts.
 */
import {msg, str} from '@lit/localize';
import {formatNumber, formatPercent, pluralCategory} from '../core/format.js';
import type {Summary} from './model.js';

/** The direction column's title (and the filter group's). */
export const directionTitle = (): string => msg('Direction', {id: 'del.col.direction'});

/** The purpose column's title (and the details' line). */
export const purposeTitle = (): string => msg('Purpose', {id: 'del.col.purpose'});

export const directionLabel = (d: string): string =>
  d === 'incoming' ? msg('Incoming', {id: 'del.dir.incoming'}) : msg('Outgoing', {id: 'del.dir.outgoing'});

/** The sort menu's choices, as the `sort` attribute says them. */
export const SORT_CHOICES = ['date', '-date', 'city', 'country'] as const;

export const sortLabel = (choice: (typeof SORT_CHOICES)[number]): string => {
  switch (choice) {
    case 'date':
      return msg('Oldest first', {id: 'del.sort.date'});
    case '-date':
      return msg('Newest first', {id: 'del.sort.dateDesc'});
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
