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
  /** Where each item was in the feed as written (`ValidationResult.origin`), for the paths of merge problems. */
  origin?: Record<string, number[]> | undefined;
}

/** Adds the parsed dates (shared between items: partial-date.ts) to an item (the validator's own copy: nobody else holds it). */
function withDates<T extends {start: string; end?: string | undefined}>(item: T, source: string): T & DatedItem {
  const dated = item as T & DatedItem;
  dated.startDate = parsePartialDate(item.start)!;
  dated.endDate = item.end === undefined ? undefined : parsePartialDate(item.end);
  dated.source = source;
  return dated;
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
    // A text given as a language map holds no texts below it (a language tag is no text field's name).
    const n = TEXT_FIELDS.has(key)
      ? typeof v === 'string'
        ? {[lang]: v}
        : v
      : typeof v === 'object'
        ? normalizeTexts(v, lang, depth + 1)
        : v;
    if (n !== v) (out ??= {...(value as Record<string, unknown>)})[key] = n;
  }
  return (out ?? value) as T;
}
const TEXT_FIELDS = new Set([
  'name',
  'title',
  'description',
  'place',
  'organizer',
  'region',
  'note',
  'purpose',
  'head',
  'participants',
  'outcome',
  'summary',
  'label',
  'unit',
  'competition',
  'result',
  'project',
  'text',
  'formatNote',
  'directionNote',
]);

/** The model as it is built, feed by feed: what a later feed is merged into. */
export interface Merging {
  /** The first feed's publisher, and that feed. */
  homeId: string;
  homeSource: string;
  problems: Problem[];
  cityById: Map<string, City>;
  categoryById: Map<string, Category>;
  partnerships: PartnershipItem[];
  events: EventItem[];
  delegations: DelegationItem[];
  reports: Map<string, Report>;
  /** Adds the parsed dates (shared between items) and the source to an item. */
  dated<T extends {start: string; end?: string | undefined}>(item: T, source: string): T & DatedItem;
}

/**
 * What merging a second feed takes: in a chunk of its own (merge-several.ts), which a page with a
 * single feed never loads. `feed` has its texts as language maps already.
 */
export interface SeveralFeeds {
  add(into: Merging, feed: Feed, source: string, origin?: Record<string, number[]>): void;
}

/**
 * The one merge: the feeds in order; the first feed's publisher is the home city. A second feed needs `several`
 * (the `mergeFeeds` of merge-feeds.ts passes it); without it, a second feed is a TypeError.
 */
export function mergeValidatedFeeds(inputs: ValidatedFeed[], several?: SeveralFeeds): TwinData {
  let skipped = 0;
  const feeds: FeedInfo[] = [];
  const m: Merging = {
    homeId: inputs[0]?.feed.publisher.city ?? '',
    homeSource: inputs[0]?.source ?? '',
    problems: [],
    cityById: new Map(),
    categoryById: new Map(),
    partnerships: [],
    events: [],
    delegations: [],
    reports: new Map(),
    dated: withDates,
  };
  for (const {source, feed: raw, problems: found, skipped: n, origin} of inputs) {
    m.problems.push(...found);
    skipped += n;
    const lang = raw.defaultLanguage;
    const feed = normalizeTexts(raw, lang);
    feeds.push({source, publisher: feed.publisher, defaultLanguage: lang, timeZone: feed.timeZone, title: feed.title});
    if (feeds.length > 1) {
      several!.add(m, feed, source, origin);
      continue;
    }
    // Ids are unique within a feed (the validator saw to it): only a later feed needs them checked.
    for (const c of feed.cities) m.cityById.set(c.id, c);
    for (const c of feed.categories) m.categoryById.set(c.id, c);
    for (const p of feed.partnerships) m.partnerships.push({...p, from: feed.publisher.city, source});
    for (const e of feed.events) m.events.push(m.dated(e, source));
    for (const d of feed.delegations) m.delegations.push(m.dated(d, source));
    for (const r of feed.reports) m.reports.set(r.id, r);
  }
  const first = feeds[0];
  return {
    feeds,
    home: first ? m.cityById.get(first.publisher.city) : undefined,
    defaultLanguage: first?.defaultLanguage ?? 'en',
    timeZone: first?.timeZone ?? 'UTC',
    cities: [...m.cityById.values()],
    cityById: m.cityById,
    partnerships: m.partnerships,
    categories: [...m.categoryById.values()],
    categoryById: m.categoryById,
    events: m.events,
    delegations: m.delegations,
    reports: [...m.reports.values()].sort((a, b) => a.year - b.year),
    problems: m.problems,
    skipped,
  };
}

/**
 * Whether an item involves a partner: the partner takes part or hosts it. A country named without its
 * cities ("musicians from Japan") is not taken to mean any one Japanese city.
 */
export function involves(item: {cities: string[]; placeCity?: string | undefined}, partner: City): boolean {
  return item.cities.includes(partner.id) || item.placeCity === partner.id;
}

/**
 * The data narrowed to one partner (the `partner` attribute). Unknown ids narrow to nothing. With several
 * feeds, an event names its own feed's publisher among its cities (mergeValidatedFeeds sees to it), and what a
 * partner's own feed says about its other partners, without the home city, is left out.
 */
export function forPartner(data: TwinData, partnerId: string | undefined | null): TwinData {
  if (!partnerId) return data;
  const partner = data.cityById.get(partnerId);
  if (!partner) return {...data, events: [], delegations: [], partnerships: []};
  const home = data.feeds.length > 1 ? data.home : undefined;
  return {
    ...data,
    events: data.events.filter((e) => involves(e, partner) && (!home || involves(e, home))),
    // Delegations are already seen from the home city's side (mergeValidatedFeeds): their cities are the other side.
    delegations: data.delegations.filter((d) => d.cities.includes(partner.id)),
    partnerships: data.partnerships.filter((p) => p.city === partner.id || p.from === partner.id),
  };
}
