/**
 * What kind of place a partner is, said wherever it is named: a prefecture, a state or an organization
 * is not a city, and a reader must not take it for one. Call inside a render (or `inOwnLocale`).
 */
import {msg} from '@lit/localize';
import type {City} from '../../data-schema/schema.js';

/** The kind's name (`Prefecture`), or undefined for a city. */
export const kindLabel = (k: City['kind']): string | undefined => {
  switch (k) {
    case 'district':
      return msg('District', {id: 'common.kind.district'});
    case 'region':
      return msg('Region', {id: 'common.kind.region'});
    case 'prefecture':
      return msg('Prefecture', {id: 'common.kind.prefecture'});
    case 'province':
      return msg('Province', {id: 'common.kind.province'});
    case 'state':
      return msg('State', {id: 'common.kind.state'});
    case 'organization':
      return msg('Organization', {id: 'common.kind.organization'});
    case 'other':
      return msg('Other', {id: 'common.kind.other'});
    default:
      return undefined;
  }
};

/**
 * The kind to show after a partner's name (`prefecture`), unless it is a city or its name says it
 * already ("Niigata Prefecture", "新潟県", "Oregon State"): no "新潟県 (県)".
 */
export function kindAfterName(kind: City['kind'], name: string, locale: string): string | undefined {
  const label = kindLabel(kind);
  if (!label || kind === 'other') return undefined;
  const lower = label.toLocaleLowerCase(locale);
  // A label may name alternatives ("省・道": a Chinese or a Korean province): any of them in the name says it.
  const said = lower.split(/[・·/]/).some((word) => name.toLocaleLowerCase(locale).includes(word));
  return said ? undefined : lower;
}
