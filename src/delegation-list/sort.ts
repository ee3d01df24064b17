/**
 * Sorting the delegation list by any key: by date, or by the partner city's or country's name in the
 * reader's collation. Sorting by name comes with the parts chunk (sorting by date needs only
 * `sortByDate` of model.ts, which the first render uses).
 */
import type {City} from '../../data-schema/schema.js';
import {sortByDate, stableOrder, type RowTable, type SortKey} from './model.js';

/**
 * The given rows sorted. `date`: by start, ties in feed order; `city` and `country`: by the displayed
 * name of the first partner city or country, through the locale's collation, then by date. `descending`
 * flips the key, not the tie-break; rows without a city or country go last either way.
 */
export function sortRows(
  t: RowTable,
  indexes: Uint32Array,
  key: SortKey,
  descending: boolean,
  cityName: (c: City) => string,
  countryName: (code: string) => string,
  locale: string,
): Uint32Array {
  if (key === 'date') return byDate(t, indexes, descending);
  const n = indexes.length;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = t.at[indexes[k]!]!;
  let order = stableOrder(keys);
  {
    // Each partner list named once, each distinct name ranked once through the collator.
    const names = new Map<string, string>();
    const labels = t.partners.map((p) => {
      const id = key === 'city' ? p.cities[0]?.id : p.countries[0];
      if (id === undefined) return undefined;
      let s = names.get(id);
      if (s === undefined) names.set(id, (s = key === 'city' ? cityName(p.cities[0]!) : countryName(id)));
      return s;
    });
    const ranked = [...new Set(labels.filter((s) => s !== undefined))].sort(
      new Intl.Collator(locale, {sensitivity: 'base', numeric: true}).compare,
    );
    const rankOf = new Map(ranked.map((s, i) => [s, descending ? ranked.length - 1 - i : i]));
    const rank = labels.map((s) => (s === undefined ? ranked.length : rankOf.get(s)!));
    const position = new Float64Array(n);
    for (let p = 0; p < n; p++) position[order[p]!] = p;
    for (let k = 0; k < n; k++) keys[k] = rank[t.partnersOf[indexes[k]!]!]! * n + position[k]!;
    order = stableOrder(keys);
  }
  const out = new Uint32Array(n);
  for (let p = 0; p < n; p++) out[p] = indexes[order[p]!]!;
  return out;
}

/** Each table's rows by date (oldest first, latest first): sorted once, then filtered per search. */
const orders = new WeakMap<RowTable, Uint32Array[]>();

/**
 * The given rows by date, as `sortByDate` sorts them, read off the whole table's order (sorted on first
 * use): a keystroke in the search filters 100,000 rows without sorting them again.
 */
function byDate(t: RowTable, indexes: Uint32Array, descending: boolean): Uint32Array {
  let cached = orders.get(t);
  if (!cached) orders.set(t, (cached = []));
  const all = (cached[+descending] ??= sortByDate(t, t.all(), descending));
  const keep = new Uint8Array(t.size);
  for (const i of indexes) keep[i] = 1;
  const out = new Uint32Array(indexes.length);
  let k = 0;
  for (const i of all) if (keep[i]) out[k++] = i;
  return out;
}
