/** The partner map's localized words. Call inside a render (or `inOwnLocale`) so `msg()` speaks the element's language. */
import {msg, str} from '@lit/localize';
import {pluralCategory} from '../core/format.js';
import type {Compass, Relation, RelationStatus, SortKey} from './model.js';
import * as common from '../core/common-words.js';

export const relationLabel = (r: Relation): string =>
  r === 'sister'
    ? msg('Sister city', {id: 'map.relation.sister'})
    : r === 'friendly'
      ? msg('Friendly city', {id: 'map.relation.friendly'})
      : msg('Other partnership', {id: 'map.relation.other'});

/** The filter chips' and the legend's words: a group of partners. */
export const relationGroupLabel = (r: Relation): string =>
  r === 'sister'
    ? msg('Sister cities', {id: 'map.relations.sister'})
    : r === 'friendly'
      ? msg('Friendly cities', {id: 'map.relations.friendly'})
      : msg('Other partners', {id: 'map.relations.other'});

export const statusLabel = (s: RelationStatus): string => {
  switch (s) {
    case 'active':
      return msg('Active', {id: 'map.status.active'});
    case 'suspended':
      return msg('Suspended', {id: 'map.status.suspended'});
    case 'ended':
      return msg('Ended', {id: 'map.status.ended'});
    case 'planned':
      return msg('Planned', {id: 'map.status.planned'});
  }
};

export const compassLabel = (c: Compass): string => {
  switch (c) {
    case 'n':
      return msg('north', {id: 'map.dir.n'});
    case 'ne':
      return msg('north-east', {id: 'map.dir.ne'});
    case 'e':
      return msg('east', {id: 'map.dir.e'});
    case 'se':
      return msg('south-east', {id: 'map.dir.se'});
    case 's':
      return msg('south', {id: 'map.dir.s'});
    case 'sw':
      return msg('south-west', {id: 'map.dir.sw'});
    case 'w':
      return msg('west', {id: 'map.dir.w'});
    case 'nw':
      return msg('north-west', {id: 'map.dir.nw'});
  }
};

export const columnLabel = (k: SortKey | 'direction'): string => {
  switch (k) {
    case 'name':
      return common.partner();
    case 'country':
      return msg('Country', {id: 'map.col.country'});
    case 'relation':
      return msg('Relation', {id: 'map.col.relation'});
    case 'since':
      return msg('Since', {id: 'map.col.since'});
    case 'distance':
      return msg('Distance', {id: 'map.col.distance'});
    case 'direction':
      return msg('Direction', {id: 'map.col.direction'});
    case 'events':
      return msg('Joint events', {id: 'map.card.events'});
    case 'delegations':
      return msg('Delegations', {id: 'map.card.delegations'});
  }
};

/** "1 partner", "16 partners" with the locale's plural rules. */
export function partnerCount(n: number, locale: string, formatted: string): string {
  switch (pluralCategory(n, locale)) {
    case 'one':
      return msg(str`${formatted} partner`, {id: 'map.partners.one'});
    case 'few':
      return msg(str`${formatted} partners`, {id: 'map.partners.few'});
    case 'many':
      return msg(str`${formatted} partners`, {id: 'map.partners.many'});
    default:
      return msg(str`${formatted} partners`, {id: 'map.partners.other'});
  }
}

/** "in 1 country", "in 8 countries" (the second half of the summary). */
export function inCountries(n: number, locale: string, formatted: string): string {
  switch (pluralCategory(n, locale)) {
    case 'one':
      return msg(str`in ${formatted} country`, {id: 'map.inCountries.one'});
    case 'few':
      return msg(str`in ${formatted} countries`, {id: 'map.inCountries.few'});
    case 'many':
      return msg(str`in ${formatted} countries`, {id: 'map.inCountries.many'});
    default:
      return msg(str`in ${formatted} countries`, {id: 'map.inCountries.other'});
  }
}

/** "16 partners in 8 countries": `where` is the `inCountries` phrase. */
export function partnersIn(n: number, locale: string, formatted: string, where: string): string {
  switch (pluralCategory(n, locale)) {
    case 'one':
      return msg(str`${formatted} partner ${where}`, {id: 'map.partnersIn.one'});
    case 'few':
      return msg(str`${formatted} partners ${where}`, {id: 'map.partnersIn.few'});
    case 'many':
      return msg(str`${formatted} partners ${where}`, {id: 'map.partnersIn.many'});
    default:
      return msg(str`${formatted} partners ${where}`, {id: 'map.partnersIn.other'});
  }
}
