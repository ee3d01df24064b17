/**
 * The delegation list's model, apart from the DOM: rows with what they are searched and sorted by,
 * filters with faceted counts, accent- and case-insensitive search across every language in the feed,
 * sorting through Intl.Collator, the summary of what is shown, and grouping by year.
 *
 * 100,000 rows: what filters, sorts and sums read is kept in columns (typed arrays indexed by the row's
 * position in the feed), so that none of it chases pointers through 100,000 objects scattered in memory.
 * Rows as objects are made when something needs one (a rendered row, an export).
 */
import type {City, LocalizedText} from '../../data-schema/schema.js';
import {resolveText} from '../core/localized-text.js';
import {periodStart} from '../core/partial-date.js';
import type {DelegationItem, TwinData} from '../core/merge.js';

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export {FORMATS} from '../core/labels.js';
import {FORMATS, type FormatKey} from '../core/labels.js';
export type FormatFilter = FormatKey;
export const SORTS = ['date', 'city', 'country'] as const;
export type SortKey = (typeof SORTS)[number];

export interface Row {
  readonly kind: 'row';
  /** Position in the feed's list (after merging): indexes the table's columns. */
  readonly index: number;
  readonly d: DelegationItem;
  readonly year: number;
  /** The partner cities (not the home city). */
  readonly cities: readonly City[];
  readonly countries: readonly string[];
  readonly format: FormatFilter;
  /** Start of the period, ms: the date sort key. */
  readonly at: number;
}

/** The partners of a row; rows with the same partners share one (100,000 rows, a few dozen of these). */
export interface Partners {
  cities: City[];
  countries: string[];
}

/** The delegations of the data as columns, with rows made on demand. */
export class RowTable {
  readonly size: number;
  /** Start of the period, ms. */
  readonly at: Float64Array;
  readonly year: Int32Array;
  /** Index in DIRECTIONS. */
  readonly dir: Uint8Array;
  /** Index in FORMATS. */
  readonly fmt: Uint8Array;
  /** Index in `partners`. */
  readonly partnersOf: Uint32Array;
  readonly partners: Partners[] = [];
  readonly #rows: Array<Row | undefined>;

  constructor(readonly data: TwinData) {
    const list = data.delegations;
    const n = (this.size = list.length);
    this.at = new Float64Array(n);
    this.year = new Int32Array(n);
    this.dir = new Uint8Array(n);
    this.fmt = new Uint8Array(n);
    this.partnersOf = new Uint32Array(n);
    this.#rows = new Array(n);
    const home = data.home?.id;
    const known = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const d = list[i]!;
      this.at[i] = periodStart(d.startDate);
      this.year[i] = d.startDate.year;
      this.dir[i] = d.direction === 'incoming' ? 0 : 1;
      this.fmt[i] = FORMATS.indexOf(d.format ?? 'unstated');
      const key = d.cities.length === 1 ? d.cities[0]! : d.cities.join('\n');
      let p = known.get(key);
      if (p === undefined) {
        const cities: City[] = [];
        for (const id of d.cities) {
          const c = id === home ? undefined : data.cityById.get(id);
          if (c && !cities.includes(c)) cities.push(c);
        }
        known.set(key, (p = this.partners.length));
        this.partners.push({cities, countries: [...new Set(cities.map((c) => c.country))]});
      }
      this.partnersOf[i] = p;
    }
  }

  row(i: number): Row {
    let row = this.#rows[i];
    if (!row) {
      const d = this.data.delegations[i]!;
      const p = this.partners[this.partnersOf[i]!]!;
      row = this.#rows[i] = {
        kind: 'row',
        index: i,
        d,
        year: this.year[i]!,
        cities: p.cities,
        countries: p.countries,
        format: FORMATS[this.fmt[i]!]!,
        at: this.at[i]!,
      };
    }
    return row;
  }

  /** Every row index, in feed order. */
  all(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < out.length; i++) out[i] = i;
    return out;
  }

  rows(indexes: ArrayLike<number>): Row[] {
    return Array.from(indexes, (i) => this.row(i));
  }
}

/** Every delegation of the data as a row, in feed order. */
export function buildRows(data: TwinData): Row[] {
  const table = new RowTable(data);
  return table.rows(table.all());
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

/** A search: the words of the query (folded) and the row's searchable text (folded the same way). */
export interface Search {
  words: readonly string[];
  text(i: number): string;
}

/**
 * A test for row indexes: every chosen filter group (but `except`) must match, and every word of the
 * query must occur in the row's texts. Groups are decided per column value once, not per row.
 */
export function predicate(
  t: RowTable,
  filters: Filters,
  search?: Search,
  except?: FilterGroup,
): ((i: number) => boolean) | undefined {
  const on = (g: FilterGroup) => g !== except && filters[g].size > 0;
  const dirs = on('directions') ? DIRECTIONS.map((d) => filters.directions.has(d)) : undefined;
  const fmts = on('formats') ? FORMATS.map((f) => filters.formats.has(f)) : undefined;
  const years = on('years') ? new Set([...filters.years].map(Number)) : undefined;
  const partners =
    on('countries') || on('cities')
      ? t.partners.map(
          (p) =>
            (!on('countries') || p.countries.some((c) => filters.countries.has(c))) &&
            (!on('cities') || p.cities.some((c) => filters.cities.has(c.id))),
        )
      : undefined;
  const words = search?.words.length ? search : undefined;
  if (!dirs && !fmts && !years && !partners && !words) return undefined;
  return (i) =>
    (!dirs || dirs[t.dir[i]!]!) &&
    (!fmts || fmts[t.fmt[i]!]!) &&
    (!years || years.has(t.year[i]!)) &&
    (!partners || partners[t.partnersOf[i]!]!) &&
    (!words || words.words.every((w) => words.text(i).includes(w)));
}

/** The indexes of the rows that pass the filters and the query, in feed order. */
export function selectRows(t: RowTable, filters: Filters, search?: Search): Uint32Array {
  const test = predicate(t, filters, search);
  if (!test) return t.all();
  const out = new Uint32Array(t.size);
  let k = 0;
  for (let i = 0; i < t.size; i++) if (test(i)) out[k++] = i;
  return out.slice(0, k);
}

/** The given rows by start, ties in feed order; latest first when `descending`. */
export function sortByDate(t: RowTable, indexes: Uint32Array, descending: boolean): Uint32Array {
  const n = indexes.length;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (descending ? -1 : 1) * t.at[indexes[k]!]!;
  const order = stableOrder(keys);
  const out = new Uint32Array(n);
  for (let p = 0; p < n; p++) out[p] = indexes[order[p]!]!;
  return out;
}

/**
 * Indexes ordered by key, equal keys in index order (a stable sort). The keys are sorted natively as
 * numbers (no comparison callback), then the indexes are placed by a counting sort on each key's rank:
 * 100,000 rows in a few milliseconds, and no work at all when they are already in order.
 */
export function stableOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && !(keys[i - 1]! <= keys[i]!)) sorted = false;
  }
  if (sorted) return order;
  const unique = keys.slice().sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (m === 0 || !Object.is(unique[i], unique[m - 1])) unique[m++] = unique[i]!;
  const counts = new Uint32Array(m + 1);
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (unique[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    // NaN (never expected) sorts last, like the native sort.
    const r = k === k ? lo : m - 1;
    rank[i] = r;
    counts[r + 1]!++;
  }
  for (let r = 1; r <= m; r++) counts[r]! += counts[r - 1]!;
  for (let i = 0; i < n; i++) order[counts[rank[i]!]!++] = i;
  return order;
}

export interface Summary {
  total: number;
  incoming: number;
  outgoing: number;
  countries: number;
  /** Online share of those whose format is known (hybrid counts as half), or undefined when none is known. */
  online: number | undefined;
}

export function summarize(t: RowTable, indexes: Uint32Array): Summary {
  let incoming = 0;
  const formats = new Uint32Array(FORMATS.length);
  const seen = new Uint8Array(t.partners.length);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    if (t.dir[i] === 0) incoming++;
    formats[t.fmt[i]!]!++;
    seen[t.partnersOf[i]!] = 1;
  }
  const countries = new Set<string>();
  seen.forEach((s, p) => s && t.partners[p]!.countries.forEach((c) => countries.add(c)));
  const at = (f: FormatFilter): number => formats[FORMATS.indexOf(f)]!;
  const [offline, online, hybrid] = [at('offline'), at('online'), at('hybrid')];
  const known = offline + online + hybrid;
  return {
    total: indexes.length,
    incoming,
    outgoing: indexes.length - incoming,
    countries: countries.size,
    online: known ? (online + hybrid / 2) / known : undefined,
  };
}

/** A text in the element's language, with its own `lang`. */
export function textOf(value: LocalizedText | undefined, locale: string, data: TwinData) {
  return resolveText(value, locale, data.defaultLanguage);
}
