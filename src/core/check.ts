/**
 * Per-item validation of one feed (the checking; validate.ts adds the texts of the reasons). A bad item is reported (JSON path, reason) and skipped; the rest is
 * kept. Never throws, whatever the input: a hostile feed gets problems, not exceptions.
 */
import type {CollectionName, Feed} from '../../data-schema/schema.js';
import {FEED_IR} from '../generated/feed-ir.js';
import type {IrNode} from './feed-ir.js';
import {compile, FAIL, type Check, type Issue} from './interpret.js';
import type {PathSegment, Problem} from './problems.js';

/**
 * Puts the reason for `issue` into `problem.message` (with `suffix`). `validateFeed` describes at once;
 * the elements collect the issues and describe them with the error chunk, which holds the texts, so
 * that a page whose feed has no problem never loads them.
 */
export type Describe = (problem: Problem, issue: Issue, value: unknown, suffix: string) => void;

import {SCHEMA_VERSION} from '../../data-schema/constants.js';

export const MAX_DEPTH = 48;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** At most this many problems are listed per item (the item is skipped after the first anyway). */
const ISSUES_PER_ITEM = 5;

export interface ValidationResult {
  /** The usable feed, or `null` when the feed as a whole is unusable (not an object, header broken). */
  feed: Feed | null;
  problems: Problem[];
  /** How many items were skipped in each collection. */
  skipped: number;
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
      problems.push({
        severity: 'warning',
        code: 'too-deep',
        path: [...trail],
        message: `is nested deeper than ${MAX_DEPTH} levels; its content was dropped`,
      });
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
        problems.push({
          severity: 'warning',
          code: 'unsafe-key',
          path: [...trail, key],
          message: `the key "${key}" is not allowed and was dropped`,
        });
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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, key) ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return cur;
}

/** Link fields lose only themselves when invalid: the item stays. */
function isLinkPath(path: readonly PropertyKey[]): boolean {
  return path.some((seg) => seg === 'url' || seg === 'email' || seg === 'links');
}

function removeAt(root: unknown, path: readonly PropertyKey[]): void {
  // For `links[i].url` remove the whole `links[i]` entry; otherwise the field itself.
  const linksAt = path.indexOf('links');
  const cut = linksAt >= 0 && typeof path[linksAt + 1] === 'number' ? path.slice(0, linksAt + 2) : path;
  const parent = valueAt(root, cut.slice(0, -1));
  const last = cut[cut.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined as never;
  else if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[last];
}

/** Compiled once per node: validity and output for the common, valid item; issues only when it fails. */
const compiled = new Map<IrNode, Check>();
function checkFor(node: IrNode): Check {
  let run = compiled.get(node);
  if (!run) compiled.set(node, (run = compile(node, FEED_IR.defs)));
  return run;
}
/** The valid item's output, or FAIL: no allocation beyond the output itself (100,000 items). */
function fastParse(node: IrNode, value: unknown): unknown {
  const data = checkFor(node)(value);
  return data === FAIL ? FAIL : compactLinks(data as Record<string, unknown>);
}
/** `links` entries removed as invalid are left as holes: compacted. */
function compactLinks(data: Record<string, unknown>): Record<string, unknown> {
  const links = data['links'];
  if (Array.isArray(links) && links.includes(undefined)) data['links'] = links.filter((l) => l != null);
  return data;
}
function safeParse(node: IrNode, value: unknown): {success: true; data: unknown} | {success: false; issues: Issue[]} {
  const run = checkFor(node);
  const data = run(value);
  if (data !== FAIL) return {success: true, data};
  const issues: Issue[] = [];
  run(value, {path: [], issues});
  return {success: false, issues};
}

/**
 * Parses one item; invalid links are dropped (and reported as warnings) so that the item survives.
 * Returns the parsed item, or the problems that make it unusable.
 */
function parseItem(node: IrNode, item: unknown, at: PathSegment[], describe: Describe): {data?: unknown; problems: Problem[]} {
  const problems: Problem[] = [];
  const first = fastParse(node, item);
  if (first !== FAIL) return {data: first, problems};
  let candidate = item;
  for (let attempt = 0; attempt < 4; attempt++) {
    const r = safeParse(node, candidate);
    if (r.success) return {data: compactLinks(r.data as Record<string, unknown>), problems};
    const issues = r.issues;
    if (attempt < 3 && issues.every((i) => isLinkPath(i.path))) {
      if (candidate === item) candidate = structuredClone(item);
      for (const issue of issues) {
        const p: Problem = {severity: 'warning', code: 'invalid-link', path: [...at, ...(issue.path as PathSegment[])], message: ''};
        describe(p, issue, valueAt(candidate, issue.path), '; it is not shown as a link');
        problems.push(p);
        removeAt(candidate, issue.path);
      }
      if (Array.isArray((candidate as Record<string, unknown>)['links'])) {
        const links = (candidate as Record<string, unknown[]>)['links']!;
        (candidate as Record<string, unknown>)['links'] = links.filter((l) => l !== undefined);
      }
      continue;
    }
    for (const issue of issues.slice(0, ISSUES_PER_ITEM)) {
      const p: Problem = {severity: 'error', code: 'invalid-item', path: [...at, ...(issue.path as PathSegment[])], message: ''};
      describe(p, issue, valueAt(candidate, issue.path), '');
      problems.push(p);
    }
    if (issues.length > ISSUES_PER_ITEM) {
      problems.push({
        severity: 'error',
        code: 'invalid-item',
        path: at,
        message: `and ${issues.length - ISSUES_PER_ITEM} more problem(s) in this item`,
      });
    }
    return {problems};
  }
  return {problems};
}

const HEADER_KEYS = new Set(Object.keys((FEED_IR.header as {s: object}).s));
const COLLECTION_NAMES = Object.keys(FEED_IR.collections) as CollectionName[];

/** `validateFeed`, with the reasons of schema issues given by `describe` (see `Describe`). */
export function checkFeed(input: unknown, source: string | undefined, describe: Describe): ValidationResult {
  const problems: Problem[] = [];
  const done = (feed: Feed | null, skipped: number): ValidationResult => {
    if (source !== undefined) for (const p of problems) p.source = source;
    return {feed, problems, skipped};
  };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.push({
      severity: 'error',
      code: 'not-object',
      path: [],
      message: `the feed must be a JSON object, not ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
    });
    return done(null, 0);
  }
  const clean = sanitize(input, problems) as Record<string, Json>;

  const headerInput: Record<string, unknown> = {};
  for (const key of Object.keys(clean)) {
    if (!(COLLECTION_NAMES as string[]).includes(key)) headerInput[key] = clean[key];
  }
  const version = headerInput['schemaVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    problems.push({
      severity: 'warning',
      code: 'newer-version',
      path: ['schemaVersion'],
      message: `is ${version}, newer than this version of the kit understands (${SCHEMA_VERSION}); read as version ${SCHEMA_VERSION}`,
    });
    headerInput['schemaVersion'] = SCHEMA_VERSION;
  }
  const header = parseItem(FEED_IR.header, headerInput, [], describe);
  // Changed in place, not copied: a reason described later must reach the problem that is reported.
  for (const p of header.problems) if (p.code === 'invalid-item') p.code = 'invalid-header';
  problems.push(...header.problems);
  if (!header.data) return done(null, 0);

  const feed = {...(header.data as Record<string, unknown>)} as Record<string, unknown>;
  let skipped = 0;
  /** Where each kept item was in the input, so that later problems point at the item the editor wrote. */
  const origin: Record<string, number[]> = {};
  for (const name of COLLECTION_NAMES) {
    const list = clean[name];
    const out: unknown[] = [];
    feed[name] = out;
    if (list === undefined) {
      if (name === 'cities') {
        problems.push({severity: 'error', code: 'not-array', path: [name], message: 'is required (a list of cities)'});
      }
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({
        severity: 'error',
        code: 'not-array',
        path: [name],
        message: `must be an array, not ${list === null ? 'null' : typeof list === 'object' ? 'an object' : `a ${typeof list}`}; nothing in it was read`,
      });
      continue;
    }
    const node = FEED_IR.collections[name]!;
    const seen = new Set<string>();
    const kept: number[] = (origin[name] = []);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const rawId = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>)['id'] : undefined;
      const id = typeof rawId === 'string' ? rawId : undefined;
      const r = parseItem(node, item, [name, i], describe);
      problems.push(...r.problems);
      if (r.data === undefined) {
        skipped++;
        const first = r.problems.find((p) => p.severity === 'error');
        if (first) first.skipped = {collection: name, index: i, ...(id === undefined ? {} : {id})};
        continue;
      }
      const key = name === 'partnerships' ? `${(r.data as {city: string}).city}` : id;
      if (key !== undefined) {
        if (seen.has(key)) {
          skipped++;
          problems.push({
            severity: 'error',
            code: 'duplicate-id',
            path: [name, i, name === 'partnerships' ? 'city' : 'id'],
            message: `"${key}" is used by an earlier item in ${name}; this one was skipped`,
            skipped: {collection: name, index: i, ...(id === undefined ? {} : {id})},
          });
          continue;
        }
        seen.add(key);
      }
      out.push(r.data);
      kept.push(i);
    }
  }
  for (const key of Object.keys(headerInput)) if (!HEADER_KEYS.has(key)) feed[key] = headerInput[key];
  skipped += checkReferences(feed as unknown as Feed, problems, origin);
  return done(feed as unknown as Feed, skipped);
}

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
  const filterRefs = (
    ids: string[],
    known: Set<string>,
    path: PathSegment[],
    what: string,
  ): string[] => {
    // The common case, every reference known, allocates nothing.
    if (ids.every((id) => known.has(id))) return ids;
    return ids.filter((id, i) => {
      if (known.has(id)) return true;
      problems.push({
        severity: 'warning',
        code: 'unknown-reference',
        path: [...path, i],
        message: `"${id}" is not ${what} in this feed; the reference was dropped`,
      });
      return false;
    });
  };

  if (!cities.has(feed.publisher.city)) {
    problems.push({
      severity: 'warning',
      code: 'unknown-reference',
      path: ['publisher', 'city'],
      message: `"${feed.publisher.city}" is not a city in this feed`,
    });
  }
  const partnerships = feed.partnerships.length;
  feed.partnerships = feed.partnerships.filter((p, i) => {
    if (cities.has(p.city)) return true;
    problems.push({
      severity: 'error',
      code: 'unknown-reference',
      path: ['partnerships', at('partnerships', i), 'city'],
      message: `"${p.city}" is not a city in this feed; the partnership was skipped`,
      skipped: {collection: 'partnerships', index: at('partnerships', i)},
    });
    return false;
  });
  feed.events.forEach((e, i) => {
    e.cities = filterRefs(e.cities, cities, ['events', at('events', i), 'cities'], 'a city');
    e.categories = filterRefs(e.categories, categories, ['events', at('events', i), 'categories'], 'a category');
    if (e.placeCity !== undefined && !cities.has(e.placeCity)) {
      filterRefs([e.placeCity], cities, ['events', at('events', i), 'placeCity'], 'a city');
      delete e.placeCity;
    }
  });
  feed.delegations.forEach((d, i) => {
    d.cities = filterRefs(d.cities, cities, ['delegations', at('delegations', i), 'cities'], 'a city');
    d.events = filterRefs(d.events, events, ['delegations', at('delegations', i), 'events'], 'an event');
  });
  feed.reports.forEach((r, ri) => {
    r.sections.forEach((s, si) => {
      const where: PathSegment[] = ['reports', at('reports', ri), 'sections', si];
      s.events = filterRefs(s.events, events, [...where, 'events'], 'an event');
      s.delegations = filterRefs(s.delegations, delegations, [...where, 'delegations'], 'a delegation');
    });
    r.plans.forEach((p, pi) => {
      p.cities = filterRefs(p.cities, cities, ['reports', at('reports', ri), 'plans', pi, 'cities'], 'a city');
    });
  });
  return partnerships - feed.partnerships.length;
}
