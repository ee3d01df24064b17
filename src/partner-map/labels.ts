/** The partner map's localized words. Call inside a render (or `inOwnLocale`) so `msg()` speaks the element's language. */
import {msg, str} from '@lit/localize';
import type {City} from '../../data-schema/schema.js';
import {pluralCategory} from '../core/format.js';
import type {Compass, Relation, RelationStatus, SortKey} from './model.js';

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

export const kindLabel = (k: City['kind']): string | undefined => {
  switch (k) {
    case 'district':
      return msg('District', {id: 'map.kind.district'});
    case 'region':
      return msg('Region', {id: 'map.kind.region'});
    case 'prefecture':
      return msg('Prefecture', {id: 'map.kind.prefecture'});
    case 'province':
      return msg('Province', {id: 'map.kind.province'});
    case 'state':
      return msg('State', {id: 'map.kind.state'});
    case 'organization':
      return msg('Organization', {id: 'map.kind.organization'});
    case 'other':
      return msg('Other', {id: 'map.kind.other'});
    default:
      return undefined;
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
      return msg('Partner', {id: 'map.col.name'});
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
      return msg('Events and delegations', {id: 'map.col.events'});
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

/** "1 country", "8 countries". */
export function countryCount(n: number, locale: string, formatted: string): string {
  switch (pluralCategory(n, locale)) {
    case 'one':
      return msg(str`${formatted} country`, {id: 'map.countries.one'});
    case 'few':
      return msg(str`${formatted} countries`, {id: 'map.countries.few'});
    case 'many':
      return msg(str`${formatted} countries`, {id: 'map.countries.many'});
    default:
      return msg(str`${formatted} countries`, {id: 'map.countries.other'});
  }
}
