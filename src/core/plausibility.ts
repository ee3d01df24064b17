/**
 * What a careful editor would catch though the feed has the right shape: an end before its start, a
 * city partnered with itself, the same partnership twice, a country code nobody uses, a relationship
 * that "began" in 2999, a report listing an event of another year, one id for two things. Warnings
 * unless the item cannot be used (a partnership with itself, a repeated one: skipped).
 */
import type {CollectionName, Feed} from '../../data-schema/schema.js';
import {COUNTRY_SLIPS, isAssignedCountry} from './countries.js';
import {isBefore, parsePartialDate, periodStart, type PartialDate} from './partial-date.js';
import type {PathSegment} from './paths.js';
import {problem, type Problem} from './problems.js';
import type {ItemKind, PastDate} from './reasons.js';

/** A past-tense date this much after today is a typing slip (a year: agreements dated a little ahead happen). */
const FAR = 366 * 24 * 3600 * 1000;
const ID_KINDS: Array<[CollectionName, ItemKind]> = [
  ['cities', 'city'],
  ['categories', 'category'],
  ['events', 'event'],
  ['delegations', 'delegation'],
  ['reports', 'report'],
];

/** Checks `feed` (already checked for shape and references) in place; returns how many items it skipped. */
export function checkPlausibility(
  feed: Feed,
  problems: Problem[],
  origin: Record<string, number[]>,
  now: number,
): number {
  const at = (name: string, i: number) => origin[name]?.[i] ?? i;
  const warn = (code: Problem['code'], path: PathSegment[], reason: Problem['reason'], value?: unknown) =>
    problems.push(problem('warning', code, path, reason, value));
  // Partial dates in ISO form compare as strings: "2999" and "2028-01" come after "2027-12-03", "2027-12" not.
  const far = new Date(now + FAR).toISOString().slice(0, 10);
  const future = (raw: string | undefined, what: PastDate, path: PathSegment[]) => {
    if (raw && raw !== 'unknown' && raw.slice(0, 10) > far) warn('future-date', path, {id: 'futureDate', what}, raw);
  };

  // One id, two kinds of thing: a link or a selection by id would not know which is meant.
  const owner = new Map<string, [ItemKind, PathSegment[]]>();
  for (const [name, kind] of ID_KINDS) {
    (feed[name] as ReadonlyArray<{id: string}>).forEach((item, i) => {
      const path: PathSegment[] = [name, at(name, i), 'id'];
      const first = owner.get(item.id);
      if (!first) owner.set(item.id, [kind, path]);
      else if (first[0] !== kind) warn('id-reused', path, {id: 'idReused', kind: first[0], at: first[1]}, item.id);
    });
  }

  const country = (code: string, path: PathSegment[]) => {
    if (!isAssignedCountry(code))
      warn('unknown-country', path, {id: 'unassignedCountry', suggest: COUNTRY_SLIPS[code]}, code);
  };
  feed.cities.forEach((c, i) => country(c.country, ['cities', at('cities', i), 'country']));
  feed.events.forEach((e, i) => e.countries.forEach((c, j) => country(c, ['events', at('events', i), 'countries', j])));

  for (const name of ['events', 'delegations'] as const) {
    feed[name].forEach((item, i) => {
      if (item.end === undefined) return;
      const start = parsePartialDate(item.start)!;
      const end = parsePartialDate(item.end)!;
      if (!isBefore(end, start)) return;
      warn(
        'end-before-start',
        [name, at(name, i), 'end'],
        {id: 'endBeforeStart', start: JSON.stringify(item.start)},
        item.end,
      );
      delete item.end;
    });
  }

  const home = feed.publisher.city;
  /** The partnerships kept so far, by partners and type (a map of 500 partners: no search through all of them). */
  const kept: Record<
    string,
    Array<[since: PartialDate | undefined, until: PartialDate | undefined, path: PathSegment[]]>
  > = {};
  const before = feed.partnerships.length;
  const keptOrigin: number[] = [];
  feed.partnerships = feed.partnerships.filter((p, i) => {
    const where: PathSegment[] = ['partnerships', at('partnerships', i)];
    const skip = (code: Problem['code'], reason: Problem['reason']) => {
      const s = problem('error', code, [...where, 'city'], reason, p.city);
      s.skipped = {collection: 'partnerships', index: at('partnerships', i)};
      return !problems.push(s);
    };
    if (p.city === home) return skip('self-partnership', {id: 'selfPartnership'});
    const since = p.since === undefined ? undefined : parsePartialDate(p.since);
    let until = p.until === undefined ? undefined : parsePartialDate(p.until);
    if (since && until && isBefore(until, since)) {
      warn(
        'until-before-since',
        [...where, 'until'],
        {id: 'untilBeforeSince', since: JSON.stringify(p.since)},
        p.until,
      );
      delete p.until;
      until = undefined;
    }
    if (p.status !== 'planned') future(p.since, 'since', [...where, 'since']);
    if (p.status === 'ended' || p.status === 'suspended') future(p.until, 'until', [...where, 'until']);
    // The same partners and type twice is one partnership written twice, unless their dates show two
    // separate periods (ended, then renewed).
    const key = `${p.type}\n${[p.city, ...p.parties].sort().join('\n')}`;
    const after = (a: PartialDate | undefined, b: PartialDate | undefined) =>
      !!a && !!b && periodStart(a) >= periodStart(b);
    // The key starts with the type (a word of the schema's list): never `__proto__`.
    const same = (kept[key] ??= []);
    const twin = same.find(([s, u]) => !after(since, u) && !after(s, until));
    if (twin) return skip('duplicate-partnership', {id: 'duplicatePartnership', at: twin[2]});
    same.push([since, until, where]);
    keptOrigin.push(at('partnerships', i));
    return true;
  });
  origin['partnerships'] = keptOrigin;

  future(feed.updated, 'updated', ['updated']);
  const thisYear = new Date(now).getUTCFullYear();
  const eventById = new Map(feed.events.map((e) => [e.id, e]));
  const delegationById = new Map(feed.delegations.map((d) => [d.id, d]));
  feed.reports.forEach((r, ri) => {
    const where: PathSegment[] = ['reports', at('reports', ri)];
    if (r.year > thisYear) warn('future-date', [...where, 'year'], {id: 'futureDate', what: 'report'}, r.year);
    r.awards.forEach((a, ai) => future(a.date, 'award', [...where, 'awards', ai, 'date']));
    // What a year's report lists happened (at least partly) in that year.
    const outside = (item: {start: string; end?: string | undefined} | undefined) => {
      const start = item && +item.start.slice(0, 4);
      return start && (+(item.end ?? item.start).slice(0, 4) < r.year || start > r.year) ? start : undefined;
    };
    r.sections.forEach((s, si) => {
      for (const [list, kind, byId] of [
        [s.events, 'event', eventById],
        [s.delegations, 'delegation', delegationById],
      ] as const) {
        list.forEach((id, k) => {
          const itemYear = outside(byId.get(id));
          if (itemYear === undefined) return;
          warn(
            'outside-report-year',
            [...where, 'sections', si, `${kind}s`, k],
            {id: 'outsideReportYear', kind, year: r.year, itemYear},
            id,
          );
        });
      }
    });
  });
  return before - feed.partnerships.length;
}
