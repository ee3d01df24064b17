/**
 * Per-item validation of one feed (the checking; validate.ts adds the texts of the reasons). A bad item is reported (JSON path, reason) and skipped; the rest is
 * kept. Never throws, whatever the input: a hostile feed gets problems, not exceptions.
 */
import type {CollectionName, Feed} from '../../data-schema/schema.js';
import {FEED_IR} from '../generated/feed-ir.js';
import type {IrNode} from './feed-ir.js';
import {compile, FAIL, type Check} from './validator-fast.js';
import {problem, type PathSegment, type Problem} from './problems.js';
import {jsonType, type ItemKind} from './reasons.js';
import {checkPlausibility} from './plausibility.js';
import {SCHEMA_VERSION} from '../../data-schema/constants.js';

export const MAX_DEPTH = 48;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface CheckOptions {
  /** Today, for dates "far in the future" (default: now). */
  now?: number | undefined;
  /**
   * Says why an invalid item is invalid (`explainItem` of validator-explaining.ts). Without it, a feed with an
   * invalid item gets `undefined` from `checkFeed`: ask again with it (the elements load it only then).
   */
  explain?: Explain | undefined;
}

export interface ValidationResult {
  /** The usable feed, or `null` when the feed as a whole is unusable (not an object, header broken). */
  feed: Feed | null;
  problems: Problem[];
  /** How many items were skipped in each collection. */
  skipped: number;
  /** Where each kept item was in the input, by collection: problems found later point at what the editor wrote. */
  origin?: Record<string, number[]>;
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/**
 * Parsed JSON made safe to read: prototype keys removed and nesting cut at `MAX_DEPTH`, both reported.
 * The input is only walked; a node is copied only when something below it had to be removed, so the
 * common, clean feed costs no copy. Recursion is bounded by `MAX_DEPTH`: deep input cannot overflow
 * the stack. Paths are built only for what gets reported.
 */
function sanitize(input: unknown, problems: Problem[]): Json {
  const trail: PathSegment[] = [];
  const walk = (value: unknown, depth: number): Json => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value !== 'object') return null;
    if (depth >= MAX_DEPTH) {
      problems.push(problem('warning', 'too-deep', [...trail], {id: 'tooDeep', max: MAX_DEPTH}));
      return null;
    }
    if (Array.isArray(value)) {
      let out: Json[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item = value[i] as unknown;
        trail.push(i);
        const clean = walk(item, depth + 1);
        trail.pop();
        if (clean !== item && !out) out = value.slice(0, i) as Json[];
        if (out) out.push(clean);
      }
      return out ?? (value as Json[]);
    }
    let out: {[key: string]: Json} | undefined;
    const keys = Object.keys(value);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const item = (value as Record<string, unknown>)[key];
      let clean: Json | typeof DROP;
      if (UNSAFE_KEYS.has(key)) {
        problems.push(problem('warning', 'unsafe-key', [...trail, key], {id: 'unsafeKey', key}));
        clean = DROP;
      } else {
        trail.push(key);
        clean = walk(item, depth + 1);
        trail.pop();
      }
      if (clean !== item && !out) {
        out = {};
        for (let j = 0; j < k; j++) out[keys[j]!] = (value as Record<string, Json>)[keys[j]!]!;
      }
      if (out && clean !== DROP) out[key] = clean;
    }
    return out ?? (value as {[key: string]: Json});
  };
  return walk(input, 0);
}
const DROP = Symbol('drop');

/** Compiled once per node. */
const compiled = new Map<IrNode, Check>();
function checkFor(node: IrNode): Check {
  let run = compiled.get(node);
  if (!run) compiled.set(node, (run = compile(node, FEED_IR.defs)));
  return run;
}

/** `links` entries removed as invalid are left as holes: compacted. */
function compactLinks(data: Record<string, unknown>): Record<string, unknown> {
  const links = data['links'];
  if (Array.isArray(links) && links.includes(undefined)) data['links'] = links.filter((l) => l != null);
  return data;
}

/** Asked for an item the page's validator refuses: a function of validator-explaining.ts (see `CheckOptions.explain`). */
export type Explain = (node: IrNode, item: unknown, at: PathSegment[]) => {data?: unknown; problems: Problem[]};

/** Thrown inside `checkFeed` when an item fails and there is no `explain`: the caller asks again with it. */
const UNEXPLAINED = Symbol('unexplained');

/**
 * Parses one item: the valid item's output (no allocation beyond the output itself, for 100,000
 * items), or what `explain` says of an invalid one (invalid links dropped so that the item survives).
 */
function parseItem(
  node: IrNode,
  item: unknown,
  at: PathSegment[],
  explain: Explain | undefined,
): {data?: unknown; problems: Problem[]} {
  const data = checkFor(node)(item);
  if (data !== FAIL) return {data: compactLinks(data as Record<string, unknown>), problems: []};
  if (!explain) throw UNEXPLAINED;
  const r = explain(node, item, at);
  return r.data === undefined ? r : {data: compactLinks(r.data as Record<string, unknown>), problems: r.problems};
}

const HEADER_KEYS = new Set(Object.keys((FEED_IR.header as {s: object}).s));
const COLLECTION_NAMES = Object.keys(FEED_IR.collections) as CollectionName[];

/**
 * Checks a parsed JSON feed item by item: the shape (the schema), the references, and what does not
 * make sense though it has the right shape (plausibility.ts). Problems carry reasons as data; their
 * texts are in reason-texts/ (`validateFeed` fills in the English `message`).
 */
export function checkFeed(
  input: unknown,
  source: string | undefined,
  options: CheckOptions & {explain: Explain},
): ValidationResult;
export function checkFeed(input: unknown, source?: string, options?: CheckOptions): ValidationResult | undefined;
export function checkFeed(input: unknown, source?: string, options: CheckOptions = {}): ValidationResult | undefined {
  try {
    return check(input, source, options);
  } catch (err) {
    if (err === UNEXPLAINED) return undefined;
    throw err;
  }
}

function check(input: unknown, source: string | undefined, options: CheckOptions): ValidationResult {
  const problems: Problem[] = [];
  const origin: Record<string, number[]> = {};
  const done = (feed: Feed | null, skipped: number): ValidationResult => {
    if (source !== undefined) for (const p of problems) p.source = source;
    return {feed, problems, skipped, origin};
  };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.push(problem('error', 'not-object', [], {id: 'notObject', got: jsonType(input)}));
    return done(null, 0);
  }
  const clean = sanitize(input, problems) as Record<string, Json>;

  const headerInput: Record<string, unknown> = {};
  for (const key of Object.keys(clean)) {
    if (!(COLLECTION_NAMES as string[]).includes(key)) headerInput[key] = clean[key];
  }
  const version = headerInput['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    problems.push(
      problem(
        'warning',
        'newer-version',
        ['schemaVersion'],
        {id: 'newerVersion', version, supported: SCHEMA_VERSION},
        version,
      ),
    );
    headerInput['schemaVersion'] = SCHEMA_VERSION;
  }
  const header = parseItem(FEED_IR.header, headerInput, [], options.explain);
  // Changed in place, not copied: a reason described later must reach the problem that is reported.
  for (const p of header.problems) if (p.code === 'invalid-item') p.code = 'invalid-header';
  problems.push(...header.problems);
  if (!header.data) return done(null, 0);

  const feed = {...(header.data as Record<string, unknown>)} as Record<string, unknown>;
  let skipped = 0;
  for (const name of COLLECTION_NAMES) {
    const list = clean[name];
    const out: unknown[] = [];
    feed[name] = out;
    if (list === undefined) {
      if (name === 'cities') problems.push(problem('error', 'not-array', [name], {id: 'citiesRequired'}));
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(problem('error', 'not-array', [name], {id: 'notArray', got: jsonType(list)}, list));
      continue;
    }
    const node = FEED_IR.collections[name]!;
    const valid = checkFor(node);
    const seen = new Set<string>();
    const kept: number[] = (origin[name] = []);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      // An array's, a string's or a number's `id` is undefined too.
      const rawId = (item as {id?: unknown} | null)?.id;
      const id = typeof rawId === 'string' ? rawId : undefined;
      // A valid item (nearly all) allocates nothing beyond its output; an invalid one is explained.
      let data = valid(item);
      if (data === FAIL) {
        const r = parseItem(node, item, [name, i], options.explain);
        problems.push(...r.problems);
        if ((data = r.data) === undefined) {
          skipped++;
          const first = r.problems.find((p) => p.severity === 'error');
          if (first) first.skipped = {collection: name, index: i, ...(id === undefined ? {} : {id})};
          continue;
        }
      } else compactLinks(data as Record<string, unknown>);
      // Partnerships have no id: two that repeat each other are found with the other plausibility rules.
      if (id !== undefined && name !== 'partnerships') {
        if (seen.has(id)) {
          skipped++;
          const p = problem('error', 'duplicate-id', [name, i, 'id'], {id: 'duplicateId', kind: kindOf(name)}, id);
          p.skipped = {collection: name, index: i, id};
          problems.push(p);
          continue;
        }
        seen.add(id);
      }
      out.push(data);
      kept.push(i);
    }
  }
  for (const key of Object.keys(headerInput)) if (!HEADER_KEYS.has(key)) feed[key] = headerInput[key];
  skipped += checkReferences(feed as unknown as Feed, problems, origin);
  skipped += checkPlausibility(feed as unknown as Feed, problems, origin, options.now ?? Date.now());
  return done(feed as unknown as Feed, skipped);
}

/** The kind of item a collection holds: `cities` → `city`, `events` → `event`. */
export const kindOf = (collection: CollectionName): ItemKind =>
  collection.replace(/ies$/, 'y').replace(/s$/, '') as ItemKind;

/**
 * Ids that point nowhere are reported and removed, so that widgets never meet a dangling reference.
 * Returns how many items had to be skipped (a partnership with a city that is not there).
 */
function checkReferences(feed: Feed, problems: Problem[], origin: Record<string, number[]>): number {
  const at = (name: string, i: number) => origin[name]?.[i] ?? i;
  const cities = new Set(feed.cities.map((c) => c.id));
  const categories = new Set(feed.categories.map((c) => c.id));
  const events = new Set(feed.events.map((e) => e.id));
  const delegations = new Set(feed.delegations.map((d) => d.id));
  const unknown = (path: PathSegment[], id: string, kind: ItemKind) =>
    problems.push(problem('warning', 'unknown-reference', path, {id: 'unknownRef', kind}, id));
  const filterRefs = (ids: string[], known: Set<string>, path: PathSegment[], kind: ItemKind): string[] => {
    // The common case, every reference known, allocates nothing.
    if (ids.every((id) => known.has(id))) return ids;
    return ids.filter((id, i) => known.has(id) || void unknown([...path, i], id, kind));
  };

  if (!cities.has(feed.publisher.city)) {
    problems.push(
      problem('warning', 'unknown-reference', ['publisher', 'city'], {id: 'unknownPublisher'}, feed.publisher.city),
    );
  }
  const partnerships = feed.partnerships.length;
  const kept: number[] = [];
  feed.partnerships = feed.partnerships.filter((p, i) => {
    if (p.parties.length) {
      // The other parties of a multi-party agreement: known cities, each once, neither the publisher nor `city`.
      const seen = new Set([feed.publisher.city, p.city]);
      p.parties = p.parties.filter((id, j) => {
        const path: PathSegment[] = ['partnerships', at('partnerships', i), 'parties', j];
        if (!cities.has(id)) return void unknown(path, id, 'city');
        if (seen.has(id))
          return void problems.push(problem('warning', 'duplicate-partnership', path, {id: 'partyRepeated'}, id));
        return seen.add(id);
      });
    }
    if (cities.has(p.city)) return kept.push(at('partnerships', i));
    const skip = problem(
      'error',
      'unknown-reference',
      ['partnerships', at('partnerships', i), 'city'],
      {id: 'unknownPartner'},
      p.city,
    );
    skip.skipped = {collection: 'partnerships', index: at('partnerships', i)};
    problems.push(skip);
    return false;
  });
  origin['partnerships'] = kept;
  feed.events.forEach((e, i) => {
    e.cities = filterRefs(e.cities, cities, ['events', at('events', i), 'cities'], 'city');
    e.categories = filterRefs(e.categories, categories, ['events', at('events', i), 'categories'], 'category');
    if (e.placeCity !== undefined && !cities.has(e.placeCity)) {
      unknown(['events', at('events', i), 'placeCity'], e.placeCity, 'city');
      delete e.placeCity;
    }
  });
  feed.delegations.forEach((d, i) => {
    d.cities = filterRefs(d.cities, cities, ['delegations', at('delegations', i), 'cities'], 'city');
    d.events = filterRefs(d.events, events, ['delegations', at('delegations', i), 'events'], 'event');
  });
  feed.reports.forEach((r, ri) => {
    r.sections.forEach((s, si) => {
      const where: PathSegment[] = ['reports', at('reports', ri), 'sections', si];
      s.events = filterRefs(s.events, events, [...where, 'events'], 'event');
      s.delegations = filterRefs(s.delegations, delegations, [...where, 'delegations'], 'delegation');
    });
    r.plans.forEach((p, pi) => {
      p.cities = filterRefs(p.cities, cities, ['reports', at('reports', ri), 'plans', pi, 'cities'], 'city');
    });
    r.awards.forEach((a, ai) => {
      a.events = filterRefs(a.events, events, ['reports', at('reports', ri), 'awards', ai, 'events'], 'event');
    });
  });
  return partnerships - feed.partnerships.length;
}
