/**
 * The partner map's model, apart from any DOM: who the partners are (from the merged feeds), their
 * relation, distance and direction from the home city, what the feed says about them (joint events,
 * delegations), filters, sorting, grouping of markers that are too close to tell apart, and the
 * spatial order that arrow keys follow.
 */
import type {City} from '../../data-schema/schema.js';
import {comparePartialDates, earliest, parsePartialDate, type PartialDate} from '../core/partial-date.js';
import type {PartnershipItem, TwinData} from '../core/merge.js';

export const RELATIONS = ['sister', 'friendly', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
export type RelationStatus = 'active' | 'suspended' | 'ended' | 'planned';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface Partner {
  city: City;
  /** Every partnership with this city (usually one; two when merged feeds both name it). */
  partnerships: PartnershipItem[];
  /** The closest relation: sister before friendly before other. */
  relation: Relation;
  status: RelationStatus;
  /** The earliest `since` of its partnerships (a sort key: see `isBefore` for what is known to be earlier). */
  since: PartialDate | undefined;
  /** The feed says the relationship began but the date is lost (`"since": "unknown"`), and gives no other. */
  sinceUnknown: boolean;
  /** The city on the other side of the closest relation (the home city, or another feed's publisher). */
  of: City | undefined;
  /** Joint events and delegations in the feed that involve this city. */
  events: number;
  delegations: number;
  /** Great-circle distance from the home city, km (undefined without a home city). */
  distanceKm: number | undefined;
  /** Initial bearing from the home city, degrees clockwise from north. */
  bearing: number | undefined;
}

const RANK: Record<Relation, number> = {sister: 0, friendly: 1, other: 2};
const STATUS_RANK: Record<RelationStatus, number> = {active: 0, planned: 1, suspended: 2, ended: 3};

const rad = Math.PI / 180;

/** Great-circle distance between two [lon, lat] points, km (haversine). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from `a` to `b` along the great circle, degrees in [0, 360). */
export function bearing(a: readonly [number, number], b: readonly [number, number]): number {
  const f1 = a[1] * rad;
  const f2 = b[1] * rad;
  const dl = (b[0] - a[0]) * rad;
  const y = Math.sin(dl) * Math.cos(f2);
  const x = Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl);
  return (((Math.atan2(y, x) / rad) % 360) + 360) % 360;
}

export const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type Compass = (typeof COMPASS)[number];
/** The nearest of the eight compass points. */
export const compassPoint = (deg: number): Compass => COMPASS[Math.round(deg / 45) % 8]!;

/**
 * The partners of the merged feeds, one per city: the partner side of every partnership (the side that
 * is not the home city), with what the feed says about it. Partnerships between two other cities (a
 * merged partner feed's own partners) are kept, with `of` naming that feed's city.
 */
export function buildPartners(data: TwinData): Partner[] {
  const home = data.home;
  const byCity = new Map<string, {city: City; list: PartnershipItem[]}>();
  for (const p of data.partnerships) {
    // Every party of an agreement is a partner: `city`, and the others of a three-party agreement.
    for (const party of [home && p.city === home.id ? p.from : p.city, ...p.parties]) {
      if (home && party === home.id) continue;
      const city = data.cityById.get(party);
      if (!city) continue;
      const entry = byCity.get(party);
      if (entry) entry.list.push(p);
      else byCity.set(party, {city, list: [p]});
    }
  }
  const events = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const e of data.events) {
    for (const id of e.cities) if (byCity.has(id)) bump(events, id);
    if (e.placeCity && byCity.has(e.placeCity) && !e.cities.includes(e.placeCity)) bump(events, e.placeCity);
  }
  const delegations = new Map<string, number>();
  for (const d of data.delegations) for (const id of new Set(d.cities)) if (byCity.has(id)) bump(delegations, id);

  const partners: Partner[] = [];
  for (const [id, {city, list}] of byCity) {
    const closest = [...list].sort(
      (a, b) => RANK[a.type] - RANK[b.type] || STATUS_RANK[a.status] - STATUS_RANK[b.status],
    )[0]!;
    let since: PartialDate | undefined;
    for (const p of list) {
      const d = p.since === undefined ? undefined : parsePartialDate(p.since);
      if (d && (!since || comparePartialDates(d, since) < 0)) since = d;
    }
    const otherSide = closest.from === id ? closest.city : closest.from;
    partners.push({
      city,
      partnerships: list,
      relation: closest.type,
      status: closest.status,
      since,
      sinceUnknown: !since && list.some((p) => p.since === 'unknown'),
      of: data.cityById.get(otherSide),
      events: events.get(id) ?? 0,
      delegations: delegations.get(id) ?? 0,
      distanceKm: home ? distanceKm(home.coordinates, city.coordinates) : undefined,
      bearing: home ? bearing(home.coordinates, city.coordinates) : undefined,
    });
  }
  return partners;
}

/** Partners whose relation is one of `relations` (none given: all). */
export function filterPartners(partners: readonly Partner[], relations: ReadonlySet<Relation>): Partner[] {
  if (relations.size === 0) return [...partners];
  return partners.filter((p) => p.partnerships.some((q) => relations.has(q.type)));
}

export function relationCounts(partners: readonly Partner[]): Map<Relation, number> {
  const counts = new Map<Relation, number>();
  for (const p of partners) {
    for (const r of new Set(p.partnerships.map((q) => q.type))) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return counts;
}

/** `relation="sister friendly"` → the set of known relations named there. */
export function parseRelations(value: string): Set<Relation> {
  return new Set(value.split(/[\s,]+/).filter((v): v is Relation => (RELATIONS as readonly string[]).includes(v)));
}

export interface Summary {
  /** The home city's current partners: relations active or suspended (all partners when there is no home city). */
  partners: number;
  countries: number;
  byRelation: Map<Relation, number>;
  /**
   * The home city's oldest current relations: the one no other is known to predate, or, when the dates
   * cannot tell ("1991" and "1991-02"), each of those, with its date. Empty when no date is known.
   */
  oldest: Array<{partner: Partner; since: PartialDate}>;
  /** Relations with the home city that are not current: planned, suspended or ended, each with its partners. */
  byStatus: Map<Exclude<RelationStatus, 'active'>, Partner[]>;
  /** Partners a merged feed's publisher has and the home city does not, by that publisher. */
  others: Array<{of: City; partners: Partner[]}>;
}

/** The status of a partner's relation with the home city (the closest of them, when there are several). */
function statusWithHome(p: Partner, home: City | undefined): RelationStatus {
  const withHome = p.partnerships.filter((q) => !home || q.from === home.id || q.city === home.id);
  return withHome.map((q) => q.status).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])[0] ?? p.status;
}

/**
 * The summary sentence's figures. With a partner's own feed merged in, its partners that are not the home
 * city's are on the map too, but they are not counted as the home city's: they are listed apart.
 */
export function summarize(partners: readonly Partner[], home?: City): Summary {
  const withHome = (p: Partner) => p.partnerships.filter((q) => !home || q.from === home.id || q.city === home.id);
  const linked = partners.filter((p) => withHome(p).length > 0);
  // Planned relations have not begun and ended ones are over: the count is of partners today.
  const current = (s: RelationStatus) => s === 'active' || s === 'suspended';
  const own = linked.filter((p) => current(statusWithHome(p, home)));
  const byStatus = new Map<Exclude<RelationStatus, 'active'>, Partner[]>();
  for (const p of linked) {
    const s = statusWithHome(p, home);
    if (s === 'active') continue;
    const list = byStatus.get(s);
    if (list) list.push(p);
    else byStatus.set(s, [p]);
  }
  // Each current relation's start; the oldest are those no other is known to predate.
  const starts: Array<{partner: Partner; since: PartialDate}> = [];
  for (const p of own) {
    for (const q of withHome(p)) {
      const since = q.since === undefined || !current(q.status) ? undefined : parsePartialDate(q.since);
      if (since) starts.push({partner: p, since});
    }
  }
  const oldest = earliest(starts, (s) => s.since).filter(
    (s, i, all) => all.findIndex((t) => t.partner === s.partner) === i,
  );
  const others = new Map<string, {of: City; partners: Partner[]}>();
  const isLinked = new Set(linked);
  for (const p of partners) {
    if (isLinked.has(p) || !p.of) continue;
    const group = others.get(p.of.id) ?? {of: p.of, partners: []};
    group.partners.push(p);
    others.set(p.of.id, group);
  }
  return {
    partners: own.length,
    countries: new Set(own.map((p) => p.city.country)).size,
    byRelation: relationCounts(own),
    oldest: oldest.sort((a, b) => comparePartialDates(a.since, b.since)),
    byStatus,
    others: [...others.values()],
  };
}

export const SORT_KEYS = ['name', 'country', 'relation', 'since', 'distance', 'events', 'delegations'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Sorts partners for the table. `name` and `country` are the displayed strings (already localized),
 * compared with the locale's collation; ties fall back to the name. Missing values sort last.
 */
export function sortPartners(
  partners: readonly Partner[],
  key: SortKey,
  descending: boolean,
  names: ReadonlyMap<string, string>,
  countries: ReadonlyMap<string, string>,
  locale: string,
): Partner[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: Partner, b: Partner) =>
    collator.compare(names.get(a.city.id) ?? a.city.id, names.get(b.city.id) ?? b.city.id);
  const missingLast = <T>(a: T | undefined, b: T | undefined, cmp: (a: T, b: T) => number): number | undefined => {
    if (a === undefined && b === undefined) return 0;
    if (a === undefined) return 1;
    if (b === undefined) return -1;
    return (descending ? -1 : 1) * cmp(a, b);
  };
  const compare = (a: Partner, b: Partner): number => {
    let c = 0;
    switch (key) {
      case 'name':
        return (descending ? -1 : 1) * byName(a, b);
      case 'country':
        c =
          (descending ? -1 : 1) *
          collator.compare(countries.get(a.city.country) ?? '', countries.get(b.city.country) ?? '');
        break;
      case 'relation':
        c = (descending ? -1 : 1) * (RANK[a.relation] - RANK[b.relation]);
        break;
      case 'since':
        c = missingLast(a.since, b.since, comparePartialDates) ?? 0;
        break;
      case 'distance':
        c = missingLast(a.distanceKm, b.distanceKm, (x, y) => x - y) ?? 0;
        break;
      case 'events':
        c = (descending ? -1 : 1) * (a.events - b.events);
        break;
      case 'delegations':
        c = (descending ? -1 : 1) * (a.delegations - b.delegations);
        break;
    }
    return c || byName(a, b);
  };
  return [...partners].sort(compare);
}

// ---- markers on screen ---------------------------------------------------------------------

export interface Point {
  id: string;
  x: number;
  y: number;
}

export interface Group {
  /** The first member's id: stable while the group holds it. */
  id: string;
  x: number;
  y: number;
  members: string[];
}

/**
 * Groups points that lie closer than `radius` to a group's first member, in the order given (put the
 * home city and the closest relations first: they lead their groups). A grid of `radius`-sized cells
 * keeps this linear in the number of points. A group stands where its first member is, so it keeps
 * clear of the markers around it as that member does.
 */
export function groupPoints(points: readonly Point[], radius: number): Group[] {
  // Cells by number (column × 2^20 + row): no key string made for each of the nine cells per point.
  const cells = new Map<number, Group[]>();
  const groups: Group[] = [];
  const r2 = radius * radius;
  for (const p of points) {
    const cx = Math.floor(p.x / radius);
    const cy = Math.floor(p.y / radius);
    let found: Group | undefined;
    let best = Infinity;
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        const list = cells.get((cx + i) * 1048576 + cy + j);
        if (!list) continue;
        for (const g of list) {
          const d = (g.x - p.x) ** 2 + (g.y - p.y) ** 2;
          if (d < r2 && d < best) {
            best = d;
            found = g;
          }
        }
      }
    }
    if (found) {
      found.members.push(p.id);
    } else {
      const g: Group = {id: p.id, x: p.x, y: p.y, members: [p.id]};
      groups.push(g);
      const key = cx * 1048576 + cy;
      const list = cells.get(key);
      if (list) list.push(g);
      else cells.set(key, [g]);
    }
  }
  return groups;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker an arrow key moves to: the nearest one in that direction, where being off the axis counts
 * double (so → goes to the marker to the right, not the one far above it). Undefined at the edge.
 */
export function nextInDirection<T extends {x: number; y: number}>(
  from: T,
  all: readonly T[],
  dir: Direction,
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const m of all) {
    if (m === from) continue;
    const dx = m.x - from.x;
    const dy = m.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}
