import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {City} from '../../data-schema/schema.js';
import type {DelegationItem, TwinData} from '../../src/core/merge.js';
import {parsePartialDate} from '../../src/core/partial-date.js';
import {facetCounts, fold} from '../../src/delegation-list/parts.js';
import {
  RowTable,
  buildRows,
  noFilters,
  selectRows,
  sortByDate,
  stableOrder,
  summarize,
} from '../../src/delegation-list/model.js';
import {sortRows} from '../../src/delegation-list/sort.js';

const city = (id: string, country: string, name: string): City =>
  ({id, country, name: {en: name}, coordinates: [0, 0], kind: 'city'}) as unknown as City;
const CITIES = [
  city('home', 'RU', 'Home'),
  city('a', 'JP', 'Aomori'),
  city('b', 'KR', 'Bucheon'),
  city('c', 'CN', 'Harbin'),
  city('d', 'JP', 'Niigata'),
];

function dataOf(
  items: Array<{
    start: string;
    cities: string[];
    direction: 'incoming' | 'outgoing';
    format?: 'online' | 'offline' | 'hybrid' | undefined;
  }>,
): TwinData {
  const delegations = items.map(
    (it, i) =>
      ({
        id: `d${i}`,
        kind: 'delegation',
        events: [],
        links: [],
        ...it,
        startDate: parsePartialDate(it.start)!,
        source: 'data',
      }) as unknown as DelegationItem,
  );
  return {
    home: CITIES[0],
    cityById: new Map(CITIES.map((c) => [c.id, c])),
    delegations,
  } as unknown as TwinData;
}

const item = fc.record({
  start: fc.oneof(
    fc.integer({min: 2018, max: 2022}).map(String),
    fc
      .tuple(fc.integer({min: 2018, max: 2022}), fc.integer({min: 1, max: 12}))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({min: 2018, max: 2022}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  ),
  cities: fc.subarray(['home', 'a', 'b', 'c', 'd']),
  direction: fc.constantFrom('incoming' as const, 'outgoing' as const),
});

const name = (c: City) => (c.name as {en: string}).en;

describe('delegation list model', () => {
  it('orders indexes by key like a stable comparison sort, also for keys already in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({min: -5, max: 5}), fc.double({noNaN: true})), {maxLength: 300}),
        (list) => {
          const keys = Float64Array.from(list);
          const expected = list
            .map((_, i) => i)
            .sort((i, j) => (keys[i]! < keys[j]! ? -1 : keys[i]! > keys[j]! ? 1 : i - j));
          expect([...stableOrder(keys)]).to.deep.equal(expected);
          const ascending = Float64Array.from([...list].sort((x, y) => x - y));
          expect([...stableOrder(ascending)]).to.deep.equal([...ascending].map((_, i) => i));
        },
      ),
    );
  });

  it('sorts by date either way with ties in feed order, and by city or country with the missing last', () => {
    fc.assert(
      fc.property(
        fc.array(item, {maxLength: 80}),
        fc.constantFrom('date' as const, 'city' as const, 'country' as const),
        fc.boolean(),
        (items, key, descending) => {
          const table = new RowTable(dataOf(items));
          const rows = table.rows(table.all());
          const sorted = table.rows(sortRows(table, table.all(), key, descending, name, (code) => code, 'en'));
          expect(sorted.length).to.equal(rows.length);
          expect(new Set(sorted).size, 'each row once').to.equal(rows.length);
          expect(
            sorted.every((r) => rows.includes(r)),
            'the same rows',
          ).to.equal(true);
          const label = (r: (typeof rows)[number]) =>
            key === 'city' ? (r.cities[0] ? name(r.cities[0]) : undefined) : r.countries[0];
          for (let i = 1; i < sorted.length; i++) {
            const a = sorted[i - 1]!;
            const b = sorted[i]!;
            const feedOrder = rows.indexOf(a) < rows.indexOf(b);
            if (key === 'date') {
              const cmp = descending ? b.at - a.at : a.at - b.at;
              expect(cmp <= 0, 'date order').to.equal(true);
              if (cmp === 0) expect(feedOrder, 'ties keep feed order').to.equal(true);
            } else {
              const la = label(a);
              const lb = label(b);
              if (la === undefined) expect(lb, 'rows without one go last').to.equal(undefined);
              else if (lb !== undefined) {
                const c = la.localeCompare(lb, 'en', {sensitivity: 'base'});
                expect(descending ? c >= 0 : c <= 0, `${la} before ${lb}`).to.equal(true);
                if (c === 0) {
                  expect(a.at <= b.at, 'then by date').to.equal(true);
                  if (a.at === b.at) expect(feedOrder).to.equal(true);
                }
              }
            }
          }
        },
      ),
    );
  });

  it('sorts any subset of the rows by date as the whole sort does, on the same table again and again', () => {
    fc.assert(
      fc.property(fc.array(item, {maxLength: 80}), fc.array(fc.array(fc.boolean())), (items, picks) => {
        const table = new RowTable(dataOf(items));
        for (const pick of [[], ...picks]) {
          // A search's rows: a subset, in feed order.
          const subset = Uint32Array.from([...table.all()].filter((i) => pick[i] ?? true));
          for (const descending of [false, true]) {
            const sorted = sortRows(table, subset, 'date', descending, name, (code) => code, 'en');
            expect([...sorted]).to.deep.equal([...sortByDate(table, subset, descending)]);
          }
        }
      }),
    );
  });

  it('folds text for the search: lower case, compatibility forms unified, no marks, in any script', () => {
    expect(['Ёлка', 'Crème Brûlée', 'Ｂｕｃｈｅｏｎ', 'ｶﾞ', 'İzmir', 'Визит 4'].map(fold)).to.deep.equal([
      'елка',
      'creme brulee',
      'bucheon',
      'カ',
      'izmir',
      'визит 4',
    ]);
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (s) => {
        expect(fold(s)).to.equal(s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\p{M}/gu, ''));
      }),
      {numRuns: 2000},
    );
  });

  it('shares the city and country lists of rows with the same partners, without the home city', () => {
    const table = new RowTable(
      dataOf([
        {start: '2021-07', cities: ['home', 'a', 'd'], direction: 'outgoing'},
        {start: '2021-08', cities: ['a', 'd'], direction: 'incoming', format: 'online'},
        {start: '2021', cities: ['home', 'a', 'd'], direction: 'incoming', format: 'hybrid'},
      ]),
    );
    const rows = buildRows(table.data);
    expect(rows[0]!.cities.map((c) => c.id)).to.deep.equal(['a', 'd']);
    expect(rows[0]!.countries).to.deep.equal(['JP']);
    expect(rows[2]!.cities).to.equal(rows[0]!.cities);
    expect(summarize(table, table.all())).to.deep.equal({
      total: 3,
      incoming: 2,
      outgoing: 1,
      countries: 1,
      online: 0.75,
    });
  });

  it('filters by columns and counts facets like a row-by-row reference', () => {
    const sets = fc.record({
      directions: fc.subarray(['incoming', 'outgoing']),
      years: fc.subarray(['2018', '2019', '2020', '2021', '2022']),
      countries: fc.subarray(['JP', 'KR', 'CN']),
      cities: fc.subarray(['a', 'b', 'c', 'd']),
      formats: fc.subarray(['offline', 'online', 'hybrid', 'unstated']),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.constant('2021'),
            cities: fc.subarray(['home', 'a', 'b', 'c', 'd']),
            direction: fc.constantFrom('incoming' as const, 'outgoing' as const),
            format: fc.constantFrom(undefined, 'online' as const, 'offline' as const, 'hybrid' as const),
            year: fc.integer({min: 2018, max: 2022}),
          }),
          {maxLength: 60},
        ),
        sets,
        (specs, chosen) => {
          const table = new RowTable(
            dataOf(
              specs.map(({year, ...s}) => ({...s, start: String(year), ...(s.format ? {} : {format: undefined})})),
            ),
          );
          const filters = {
            ...noFilters(),
            ...Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, new Set(v)])),
          };
          const rows = table.rows(table.all());
          const values = (r: (typeof rows)[number], group: string): string[] =>
            group === 'directions'
              ? [r.d.direction]
              : group === 'years'
                ? [String(r.year)]
                : group === 'countries'
                  ? [...r.countries]
                  : group === 'cities'
                    ? r.cities.map((c) => c.id)
                    : [r.format];
          const passes = (r: (typeof rows)[number], except?: string) =>
            Object.entries(filters).every(
              ([g, set]) =>
                g === 'query' ||
                g === except ||
                (set as Set<string>).size === 0 ||
                values(r, g).some((v) => (set as Set<string>).has(v)),
            );
          expect([...selectRows(table, filters)]).to.deep.equal(rows.filter((r) => passes(r)).map((r) => r.index));
          const counts = facetCounts(table, filters);
          for (const group of Object.keys(chosen)) {
            const expected = new Map<string, number>();
            for (const r of rows)
              if (passes(r, group))
                for (const v of new Set(values(r, group))) expected.set(v, (expected.get(v) ?? 0) + 1);
            expect(Object.fromEntries(counts[group as keyof typeof counts])).to.deep.equal(
              Object.fromEntries(expected),
            );
          }
        },
      ),
    );
  });
});
