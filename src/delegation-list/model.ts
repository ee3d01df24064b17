/**
 * The delegation list's model, apart from the DOM: rows with what they are searched and sorted by,
 * filters with faceted counts, accent- and case-insensitive search across every language in the feed,
 * sorting through Intl.Collator, the summary of what is shown, and grouping by year.
 */
import type {City, LocalizedText} from '../../data-schema/schema.js';
import {allTexts, resolveText} from '../core/localized-text.js';
import {periodStart} from '../core/partial-date.js';
import type {DelegationItem, TwinData} from '../core/merge.js';

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const FORMATS = ['offline', 'online', 'hybrid', 'unstated'] as const;
export type FormatFilter = (typeof FORMATS)[number];
export const SORTS = ['date', 'city', 'country'] as const;
export type SortKey = (typeof SORTS)[number];

export interface Row {
  d: DelegationItem;
  year: number;
  /** The partner cities (not the home city). */
  cities: City[];
  countries: string[];
  format: FormatFilter;
  /** Start of the period, ms: the date sort key. */
  at: number;
  /** Every text of the delegation and its cities, in every language, folded for search (made on first search). */
  readonly haystack: string;
}

/** Lower case, no accents or other marks, compatibility forms unified (ё → е, Ｂ → b, ｶ → カ). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const TEXT_KEYS = ['title', 'purpose', 'head', 'participants', 'outcome', 'directionNote', 'formatNote'] as const;

/** One row; its search text is made on first search (a class, so that rows share one shape). */
class DelegationRow implements Row {
  readonly year: number;
  readonly at: number;
  readonly countries: string[];
  readonly format: FormatFilter;
  #folded: string | undefined;
  constructor(
    readonly d: DelegationItem,
    readonly cities: City[],
  ) {
    this.year = d.startDate.year;
    this.at = periodStart(d.startDate);
    this.countries = [...new Set(cities.map((c) => c.country))];
    this.format = d.format ?? 'unstated';
  }
  get haystack(): string {
    if (this.#folded === undefined) {
      const texts: string[] = [];
      const record = this.d as unknown as Record<string, LocalizedText | undefined>;
      for (const key of TEXT_KEYS) texts.push(...allTexts(record[key]));
      for (const c of this.cities) texts.push(...allTexts(c.name), c.country);
      this.#folded = fold(texts.join('\n'));
    }
    return this.#folded;
  }
}

export function buildRows(data: TwinData): Row[] {
  const home = data.home?.id;
  return data.delegations.map(
    (d) => new DelegationRow(d, d.cities.filter((id) => id !== home).map((id) => data.cityById.get(id)).filter((c): c is City => !!c)),
  );
}

export interface Filters {
  directions: ReadonlySet<string>;
  years: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  cities: ReadonlySet<string>;
  formats: ReadonlySet<string>;
  query: string;
}
export type FilterGroup = Exclude<keyof Filters, 'query'>;
export const FILTER_GROUPS: readonly FilterGroup[] = ['directions', 'years', 'countries', 'cities', 'formats'];

export const noFilters = (): Filters => ({
  directions: new Set(),
  years: new Set(),
  countries: new Set(),
  cities: new Set(),
  formats: new Set(),
  query: '',
});

/** The values of one filter group a row has. */
export function valuesOf(row: Row, group: FilterGroup): string[] {
  switch (group) {
    case 'directions':
      return [row.d.direction];
    case 'years':
      return [String(row.year)];
    case 'countries':
      return row.countries;
    case 'cities':
      return row.cities.map((c) => c.id);
    case 'formats':
      return [row.format];
  }
}

/** Every word of the query (folded) must occur somewhere in the row's texts. */
export function matchesQuery(row: Row, words: readonly string[]): boolean {
  return words.every((w) => row.haystack.includes(w));
}

export const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

export function matches(row: Row, filters: Filters, words = queryWords(filters.query), except?: FilterGroup): boolean {
  for (const group of FILTER_GROUPS) {
    if (group === except) continue;
    const chosen = filters[group];
    if (chosen.size && !valuesOf(row, group).some((v) => chosen.has(v))) return false;
  }
  return words.length === 0 || matchesQuery(row, words);
}

/** For each filter group, how many rows each value would show with the other groups as they are. */
export function facetCounts(rows: readonly Row[], filters: Filters): Record<FilterGroup, Map<string, number>> {
  const words = queryWords(filters.query);
  const out = {} as Record<FilterGroup, Map<string, number>>;
  for (const group of FILTER_GROUPS) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (!matches(row, filters, words, group)) continue;
      for (const v of new Set(valuesOf(row, group))) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[group] = counts;
  }
  return out;
}

/**
 * Sorted rows. `date`: by start (then end, then title); `city` and `country`: by the displayed name of
 * the first partner city or country, through the locale's collation, then by date. `descending` flips
 * the key, not the tie-break.
 */
export function sortRows(
  rows: readonly Row[],
  key: SortKey,
  descending: boolean,
  cityName: (c: City) => string,
  countryName: (code: string) => string,
  locale: string,
): Row[] {
  const dir = descending ? -1 : 1;
  // Keys in typed arrays and indexes sorted: no property lookups in the comparison (100,000 rows).
  const n = rows.length;
  const at = new Float64Array(n);
  for (let i = 0; i < n; i++) at[i] = rows[i]!.at;
  const order = Array.from({length: n}, (_, i) => i);
  if (key === 'date') {
    order.sort((i, j) => dir * (at[i]! - at[j]!) || i - j);
  } else {
    const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
    const names = new Map<string, string>();
    const label = (r: Row) => {
      const c = key === 'city' ? r.cities[0] : undefined;
      const id = key === 'city' ? c?.id : r.countries[0];
      if (id === undefined) return '';
      let s = names.get(id);
      if (s === undefined) names.set(id, (s = key === 'city' ? cityName(c!) : countryName(id)));
      return s;
    };
    const labels = rows.map(label);
    // Each distinct name ranked once through the collator; rows then compare by rank.
    const ranked = [...new Set(labels)].sort(collator.compare);
    const rank = new Map(ranked.map((s, i) => [s, i]));
    const r = Float64Array.from(labels, (s) => rank.get(s)!);
    const missing = rank.get('');
    order.sort((i, j) => {
      // Rows without a city or country go last either way.
      if ((r[i] === missing) !== (r[j] === missing)) return r[i] === missing ? 1 : -1;
      return dir * (r[i]! - r[j]!) || at[i]! - at[j]! || i - j;
    });
  }
  return order.map((i) => rows[i]!);
}

export interface Summary {
  total: number;
  incoming: number;
  outgoing: number;
  countries: number;
  /** Online share of those whose format is known (hybrid counts as half), or undefined when none is known. */
  online: number | undefined;
}

export function summarize(rows: readonly Row[]): Summary {
  let incoming = 0;
  let known = 0;
  let online = 0;
  const countries = new Set<string>();
  for (const r of rows) {
    if (r.d.direction === 'incoming') incoming++;
    for (const c of r.countries) countries.add(c);
    if (r.format !== 'unstated') {
      known++;
      online += r.format === 'online' ? 1 : r.format === 'hybrid' ? 0.5 : 0;
    }
  }
  return {total: rows.length, incoming, outgoing: rows.length - incoming, countries: countries.size, online: known ? online / known : undefined};
}

/** A text in the element's language, with its own `lang`. */
export function textOf(value: LocalizedText | undefined, locale: string, data: TwinData) {
  return resolveText(value, locale, data.defaultLanguage);
}
