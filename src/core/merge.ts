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
  const eventIds = new Set<string>();
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
      if (several && eventIds.has(e.id)) duplicate(source, 'events', e.id);
      else {
        if (several) eventIds.add(e.id);
        events.push(withDates(e, source, dates));
      }
    }
    for (const d of feed.delegations) {
      if (several && delegationIds.has(d.id)) duplicate(source, 'delegations', d.id);
      else {
        if (several) delegationIds.add(d.id);
        delegations.push(withDates(d, source, dates));
      }
    }
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
 * Whether an item involves a partner: the partner takes part or hosts it. A country named without its
 * cities ("musicians from Japan") is not taken to mean any one Japanese city.
 */
export function involves(item: {cities: string[]; placeCity?: string | undefined}, partner: City): boolean {
  return item.cities.includes(partner.id) || item.placeCity === partner.id;
}

/** The data narrowed to one partner (the `partner` attribute). Unknown ids narrow to nothing. */
export function forPartner(data: TwinData, partnerId: string | undefined | null): TwinData {
  if (!partnerId) return data;
  const partner = data.cityById.get(partnerId);
  if (!partner) return {...data, events: [], delegations: [], partnerships: []};
  return {
    ...data,
    events: data.events.filter((e) => involves(e, partner)),
    delegations: data.delegations.filter((d) => d.cities.includes(partner.id)),
    partnerships: data.partnerships.filter((p) => p.city === partner.id || p.from === partner.id),
  };
}
