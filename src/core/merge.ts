/**
 * Merges validated feeds into the one model every widget reads: texts normalized to language maps,
 * dates parsed, ids resolved, duplicates across feeds reported (never dropped silently).
 */
import type {
  Category,
  City,
  Delegation,
  Feed,
  LocalizedText,
  Partnership,
  Report,
  TwinEvent,
} from '../../data-schema/schema.js';
import {parsePartialDate, type PartialDate} from './partial-date.js';
import type {Problem} from './problems.js';

export interface DatedItem {
  /** Parsed `start` (always valid: the schema checked it). */
  startDate: PartialDate;
  endDate?: PartialDate | undefined;
  /** The feed the item came from (URL, `data` or `inline`). */
  source: string;
}
export type EventItem = TwinEvent & DatedItem;
export type DelegationItem = Delegation & DatedItem;
export type PartnershipItem = Partnership & {
  /** The city on the other side: the publisher of the feed that declared it. */
  from: string;
  source: string;
};

export interface FeedInfo {
  source: string;
  publisher: Feed['publisher'];
  defaultLanguage: string;
  timeZone: string;
  title?: LocalizedText | undefined;
}

export interface TwinData {
  /** The feeds merged, in the order given. The first one's publisher is the home city. */
  feeds: FeedInfo[];
  home: City | undefined;
  defaultLanguage: string;
  timeZone: string;
  cities: City[];
  cityById: ReadonlyMap<string, City>;
  partnerships: PartnershipItem[];
  categories: Category[];
  categoryById: ReadonlyMap<string, Category>;
  events: EventItem[];
  delegations: DelegationItem[];
  reports: Report[];
  /** Every problem found, in every feed. */
  problems: Problem[];
  /** How many items were skipped as invalid. */
  skipped: number;
}

export interface ValidatedFeed {
  source: string;
  feed: Feed;
  problems: Problem[];
  skipped: number;
}

/** Adds the parsed dates to an item (the validator's own copy: nobody else holds it). */
function withDates<T extends {start: string; end?: string | undefined}>(
  item: T,
  source: string,
  dates: Map<string, PartialDate>,
): T & DatedItem {
  const dated = item as T & DatedItem;
  dated.startDate = dateOf(item.start, dates);
  dated.endDate = item.end === undefined ? undefined : dateOf(item.end, dates);
  dated.source = source;
  return dated;
}
/** Dates repeat (100,000 items of five years share under 2,000 days): parsed once each, shared (read only). */
function dateOf(raw: string, dates: Map<string, PartialDate>): PartialDate {
  let d = dates.get(raw);
  if (!d) dates.set(raw, (d = parsePartialDate(raw)!));
  return d;
}

/**
 * Plain-string texts become `{[defaultLanguage]: text}`, so a merged model never loses a text's
 * language. Items are copied only where a text changes.
 */
function normalizeTexts<T>(value: T, lang: string, depth = 0): T {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v, i) => {
      const n = normalizeTexts(v, lang, depth + 1);
      if (n !== v) (out ??= [...value])[i] = n;
    });
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | undefined;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    const n = TEXT_FIELDS.has(key) && typeof v === 'string' ? {[lang]: v} : typeof v === 'object' ? normalizeTexts(v, lang, depth + 1) : v;
    if (n !== v) (out ??= {...(value as Record<string, unknown>)})[key] = n;
  }
  return (out ?? value) as T;
}
const TEXT_FIELDS = new Set([
  'name', 'title', 'description', 'place', 'organizer', 'region', 'note', 'purpose', 'head', 'participants',
  'outcome', 'summary', 'label', 'unit', 'competition', 'result', 'project', 'text', 'formatNote', 'directionNote',
]);

export function mergeFeeds(inputs: ValidatedFeed[]): TwinData {
  const problems: Problem[] = [];
  let skipped = 0;
  const feeds: FeedInfo[] = [];
  const cityById = new Map<string, City>();
  const categoryById = new Map<string, Category>();
  const events: EventItem[] = [];
  const delegations: DelegationItem[] = [];
  const reports = new Map<string, Report>();
  // Ids are unique within a feed (the validator saw to it): only a second feed needs them checked.
  const several = inputs.length > 1;
  const dates = new Map<string, PartialDate>();
  const eventIds = new Map<string, number>();
  const delegationIds = new Set<string>();
  const partnerships: PartnershipItem[] = [];

  const duplicate = (source: string, collection: string, id: string) => {
    problems.push({
      severity: 'warning',
      code: 'duplicate-id',
      path: [collection],
      message: `"${id}" is also in an earlier feed; the first one is shown`,
      source,
    });
  };

  for (const {source, feed: raw, problems: found, skipped: n} of inputs) {
    problems.push(...found);
    skipped += n;
    const lang = raw.defaultLanguage;
    const feed = normalizeTexts(raw, lang);
    feeds.push({
      source,
      publisher: feed.publisher,
      defaultLanguage: lang,
      timeZone: feed.timeZone,
      title: feed.title,
    });
    for (const c of feed.cities) {
      const known = cityById.get(c.id);
      // The same city in two feeds: names from both, the first feed's facts.
      if (known) cityById.set(c.id, {...c, ...known, name: {...(c.name as object), ...(known.name as object)}});
      else cityById.set(c.id, c);
    }
    for (const c of feed.categories) {
      const known = categoryById.get(c.id);
      categoryById.set(c.id, known ? {...c, ...known, name: {...(c.name as object), ...(known.name as object)}} : c);
    }
    for (const p of feed.partnerships) {
      const from = feed.publisher.city;
      // Niigata's feed and Khabarovsk's may both declare their partnership: keep it once.
      const same = partnerships.find(
        (q) => (q.from === from && q.city === p.city) || (q.from === p.city && q.city === from),
      );
      if (!same) partnerships.push({...p, from, source});
    }
    for (const e of feed.events) {
      const known = several ? eventIds.get(e.id) : undefined;
      if (known === undefined) {
        const dated = withDates(e, source, dates);
        if (several) eventIds.set(e.id, events.length);
        events.push(dated);
      } else if (events[known]!.start === e.start) {
        // A joint event both sides publish (same id, same start): one event, with the texts of both.
        events[known] = joinEvent(events[known]!, e);
      } else {
        duplicate(source, 'events', e.id);
      }
    }
    const homeId = inputs[0]!.feed.publisher.city;
    const publisher = feed.publisher.city;
    feed.delegations.forEach((d, index) => {
      if (several && delegationIds.has(d.id)) return duplicate(source, 'delegations', d.id);
      // A delegation's direction is its own feed's publisher's: another feed's is turned to the home
      // city's side (Niigata's delegation to Khabarovsk is, on Khabarovsk's list, an incoming one).
      const seen = publisher === homeId ? d : fromHomeSide(d, publisher, homeId);
      if (!seen) {
        problems.push({
          severity: 'warning',
          code: 'not-home',
          path: ['delegations', index],
          message: `"${d.id}" is between ${publisher} and other cities, not ${homeId}, the first feed's publisher; delegations are shown from ${homeId}'s side, so it is left out`,
          source,
        });
        return;
      }
      if (several) delegationIds.add(d.id);
      delegations.push(withDates(seen, source, dates));
    });
    for (const r of feed.reports) {
      if (reports.has(r.id)) duplicate(source, 'reports', r.id);
      else reports.set(r.id, r);
    }
  }
  const first = feeds[0];
  return {
    feeds,
    home: first ? cityById.get(first.publisher.city) : undefined,
    defaultLanguage: first?.defaultLanguage ?? 'en',
    timeZone: first?.timeZone ?? 'UTC',
    cities: [...cityById.values()],
    cityById,
    partnerships,
    categories: [...categoryById.values()],
    categoryById,
    events,
    delegations,
    reports: [...reports.values()].sort((a, b) => a.year - b.year),
    problems,
    skipped,
  };
}

/**
 * One event from two feeds: the first feed's facts, a text in each language either gives (the first
 * feed's where both do), and the cities and categories of both.
 */
function joinEvent(first: EventItem, second: TwinEvent): EventItem {
  const joined: EventItem = {...first};
  const target = joined as unknown as Record<string, unknown>;
  const other = second as unknown as Record<string, unknown>;
  for (const key of ['title', 'description', 'place', 'organizer'] as const) {
    const a = target[key];
    const b = other[key];
    if (b && typeof b === 'object') target[key] = a && typeof a === 'object' ? {...b, ...a} : (a ?? b);
  }
  for (const key of ['cities', 'categories', 'countries'] as const) {
    joined[key] = [...new Set([...first[key], ...second[key]])] as never;
  }
  return joined;
}

/**
 * Another feed's delegation as the home city sees it: the direction turned and the other feed's
 * publisher in the place of the home city; `undefined` when the home city takes no part in it.
 */
function fromHomeSide(d: Delegation, publisher: string, homeId: string): Delegation | undefined {
  if (!d.cities.includes(homeId)) return undefined;
  const others = d.cities.filter((c) => c !== homeId && c !== publisher);
  return {...d, direction: d.direction === 'incoming' ? 'outgoing' : 'incoming', cities: [publisher, ...others]};
}

/**
 * Whether an item involves a partner: the partner takes part or hosts it. A country named without its
 * cities ("musicians from Japan") is not taken to mean any one Japanese city.
 */
export function involves(item: {cities: string[]; placeCity?: string | undefined}, partner: City): boolean {
  return item.cities.includes(partner.id) || item.placeCity === partner.id;
}

/**
 * The data narrowed to one partner (the `partner` attribute). Unknown ids narrow to nothing. An item
 * takes in its own feed's publisher even when its `cities` leave it out; with several feeds, what a
 * partner's own feed says about its other partners is not about the home city, and is left out.
 */
export function forPartner(data: TwinData, partnerId: string | undefined | null): TwinData {
  if (!partnerId) return data;
  const partner = data.cityById.get(partnerId);
  if (!partner) return {...data, events: [], delegations: [], partnerships: []};
  const publisherOf = new Map(data.feeds.map((f) => [f.source, f.publisher.city]));
  const home = data.home;
  const takesPart = (item: {cities: string[]; placeCity?: string | undefined; source: string}, city: City) =>
    involves(item, city) || publisherOf.get(item.source) === city.id;
  const joint = (item: {cities: string[]; placeCity?: string | undefined; source: string}) =>
    takesPart(item, partner) && (!home || data.feeds.length < 2 || takesPart(item, home));
  return {
    ...data,
    events: data.events.filter(joint),
    // Delegations are already seen from the home city's side (mergeFeeds): their cities are the other side.
    delegations: data.delegations.filter((d) => d.cities.includes(partner.id)),
    partnerships: data.partnerships.filter((p) => p.city === partner.id || p.from === partner.id),
  };
}
