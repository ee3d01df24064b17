/**
 * Merging a second feed (and any after it) into the first: a partner city's page that merges its own
 * feed with its partner's loads this chunk; a page with one feed never does. Duplicates across feeds are
 * reported (never dropped silently), a joint event both feeds publish is shown once, and the other feed's
 * delegations are seen from the home city's side.
 */
import type {Delegation, Feed, TwinEvent} from '../../data-schema/schema.js';
import type {EventItem, Merging, SeveralFeeds} from './merge.js';
import {kindOf} from './check.js';
import {problem} from './problems.js';

/**
 * One event from two feeds: the first feed's facts, a text in each language either gives (the first
 * feed's where both do), and the cities and categories of both. (Texts are language maps by now.)
 */
export function joinEvent(first: EventItem, second: TwinEvent): EventItem {
  const joined = {...first} as Record<string, unknown>;
  const other = second as unknown as Record<string, unknown>;
  for (const k of ['title', 'description', 'place', 'organizer'])
    if (other[k]) joined[k] = {...(other[k] as object), ...(joined[k] as object)};
  for (const k of ['cities', 'categories', 'countries'] as const) joined[k] = [...new Set([...first[k], ...second[k]])];
  return joined as EventItem;
}

/**
 * Another feed's delegation as the home city sees it: the direction turned and the other feed's
 * publisher in the place of the home city; `undefined` when the home city takes no part in it.
 */
export function fromHomeSide(d: Delegation, publisher: string, homeId: string): Delegation | undefined {
  if (!d.cities.includes(homeId)) return undefined;
  const others = d.cities.filter((c) => c !== homeId && c !== publisher);
  return {...d, direction: d.direction === 'incoming' ? 'outgoing' : 'incoming', cities: [publisher, ...others]};
}

/** The event with its publisher among its cities: once feeds are merged, which city's event it is must show. */
function withPublisher<T extends EventItem | TwinEvent>(e: T, city: string): T {
  return e.cities.includes(city) || e.placeCity === city ? e : {...e, cities: [city, ...e.cities]};
}

/** Merges `feed` (not the first) into `m`. */
function add(m: Merging, feed: Feed, source: string, origin: Record<string, number[]> = {}): void {
  m.events = m.events.map((e) => (e.source === m.homeSource ? withPublisher(e, m.homeId) : e));
  const duplicate = (collection: 'events' | 'delegations' | 'reports', index: number, id: string) => {
    const p = problem(
      'warning',
      'duplicate-id',
      [collection, origin[collection]?.[index] ?? index, 'id'],
      {id: 'duplicateAcrossFeeds', kind: kindOf(collection)},
      id,
    );
    p.source = source;
    m.problems.push(p);
  };
  const homeId = m.homeId;
  const publisher = feed.publisher.city;
  for (const c of feed.cities) {
    const known = m.cityById.get(c.id);
    // The same city in two feeds: names from both, the first feed's facts.
    m.cityById.set(c.id, known ? {...c, ...known, name: {...(c.name as object), ...(known.name as object)}} : c);
  }
  for (const c of feed.categories) {
    const known = m.categoryById.get(c.id);
    m.categoryById.set(c.id, known ? {...c, ...known, name: {...(c.name as object), ...(known.name as object)}} : c);
  }
  for (const p of feed.partnerships) {
    // Niigata's feed and Khabarovsk's may both declare their partnership: keep it once.
    const same = m.partnerships.find(
      (q) => (q.from === publisher && q.city === p.city) || (q.from === p.city && q.city === publisher),
    );
    if (!same) m.partnerships.push({...p, from: publisher, source});
  }
  const eventAt = new Map(m.events.map((e, i) => [e.id, i]));
  for (const [index, raw] of feed.events.entries()) {
    const e = withPublisher(raw, publisher);
    const at = eventAt.get(e.id);
    if (at === undefined) {
      eventAt.set(e.id, m.events.length);
      m.events.push(m.dated(e, source));
    } else if (m.events[at]!.start === e.start) {
      // A joint event both sides publish (same id, same start): one event, with the texts of both.
      m.events[at] = joinEvent(m.events[at]!, e);
    } else {
      duplicate('events', index, e.id);
    }
  }
  const delegationIds = new Set(m.delegations.map((d) => d.id));
  feed.delegations.forEach((d, index) => {
    if (delegationIds.has(d.id)) return duplicate('delegations', index, d.id);
    // A delegation's direction is its own feed's publisher's: turned to the home city's side
    // (Niigata's delegation to Khabarovsk is, on Khabarovsk's list, an incoming one).
    const seen = publisher === homeId ? d : fromHomeSide(d, publisher, homeId);
    if (!seen) {
      const p = problem(
        'warning',
        'not-home',
        ['delegations', origin['delegations']?.[index] ?? index],
        {id: 'notHome', home: homeId},
        d.id,
      );
      p.source = source;
      return m.problems.push(p);
    }
    delegationIds.add(d.id);
    m.delegations.push(m.dated(seen, source));
  });
  for (const [index, r] of feed.reports.entries()) {
    if (m.reports.has(r.id)) duplicate('reports', index, r.id);
    else m.reports.set(r.id, r);
  }
}

export const SEVERAL: SeveralFeeds = {add};
