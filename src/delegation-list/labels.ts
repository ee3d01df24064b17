/** The delegation list's localized words. Call inside a render (or `inOwnLocale`). */
import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/format.js';
import type {FilterGroup, SortKey} from './model.js';
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
