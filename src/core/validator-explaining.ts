/**
 * Why an item of a feed is not valid: the feed description (FeedIr) compiled a second way, reporting
 * every issue with its path, as zod would, and the item kept where only its links are wrong. The
 * page's validator (validator-fast.ts) only decides; this loads with the texts of problems, for a feed
 * that has some (and in the CLI and the feed checker). A property test keeps both in agreement with zod.
 */
import {REFINEMENTS} from '../../data-schema/refinements.js';
import {FEED_IR} from '../generated/feed-ir.js';
import type {IrCheck, IrNode} from './feed-ir.js';
import {problem, type PathSegment, type Problem} from './problems.js';
import {jsonType} from './reasons.js';

export const FAIL: unique symbol = Symbol('fail');

/** An issue in the shape `describeIssue` reads. */
export interface Issue {
  code:
    | 'invalid_type'
    | 'invalid_value'
    | 'invalid_format'
    | 'too_small'
    | 'too_big'
    | 'custom'
    | 'invalid_union'
    | 'invalid_key';
  path: PathSegment[];
  message?: string;
  expected?: string;
  values?: unknown[];
  minimum?: number;
  maximum?: number;
  origin?: string;
}

/** Where issues go: the path being checked and the issues found. */
export interface Sink {
  path: PathSegment[];
  issues: Issue[];
}

export type Check = (value: unknown, sink?: Sink) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = (v: unknown): unknown => (Array.isArray(v) ? [...v] : isObject(v) ? {...v} : v);
const report = (sink: Sink | undefined, issue: Omit<Issue, 'path'>): typeof FAIL => {
  sink?.issues.push({...issue, path: [...sink.path]} as Issue);
  return FAIL;
};
/** Checks `value` with `key` appended to the sink's path (no allocation on the fast path). */
const at = (sink: Sink | undefined, key: PathSegment, check: Check, value: unknown): unknown => {
  if (!sink) return check(value);
  sink.path.push(key);
  const r = check(value, sink);
  sink.path.pop();
  return r;
};

function compileCheck(c: IrCheck, origin: string): (v: never, sink?: Sink) => boolean {
  const m = c.k !== 'int' && c.m ? {message: c.m} : {};
  // The issue a failing check reports is the same every time: built once, copied with its path.
  const fail = (issue: Omit<Issue, 'path'>) => (sink?: Sink) => report(sink, issue) !== FAIL;
  switch (c.k) {
    case 'regex': {
      const re = new RegExp(c.p, c.f);
      const no = fail({code: 'invalid_format', ...m});
      return (v: string, sink) => {
        re.lastIndex = 0;
        return re.test(v) || no(sink);
      };
    }
    case 'min': {
      const no = fail({code: 'too_small', minimum: c.n, origin, ...m});
      return (v: {length: number}, sink) => v.length >= c.n || no(sink);
    }
    case 'max': {
      const no = fail({code: 'too_big', maximum: c.n, origin, ...m});
      return (v: {length: number}, sink) => v.length <= c.n || no(sink);
    }
    case 'gt': {
      const no = fail({code: 'too_small', minimum: c.n, origin, ...m});
      return (v: number, sink) => (c.inc ? v >= c.n : v > c.n) || no(sink);
    }
    case 'lt': {
      const no = fail({code: 'too_big', maximum: c.n, origin, ...m});
      return (v: number, sink) => (c.inc ? v <= c.n : v < c.n) || no(sink);
    }
    case 'int': {
      const no = fail({code: 'invalid_type', expected: 'int'});
      return (v: number, sink) => Number.isSafeInteger(v) || no(sink);
    }
    case 'refine': {
      const no = fail({code: 'custom', ...m});
      const fn = REFINEMENTS[c.name];
      return (v: string, sink) => fn(v) || no(sink);
    }
  }
}

/** All checks; like zod, a refinement runs only when the checks before it passed. */
function compileChecks(list: IrCheck[] | undefined, origin: string): (v: unknown, sink?: Sink) => boolean {
  if (!list?.length) return () => true;
  const checks = list.map((c) => compileCheck(c, origin));
  const refine = list.map((c) => c.k === 'refine');
  return (v, sink) => {
    let ok = true;
    for (let i = 0; i < checks.length; i++) {
      if (refine[i] && !ok) continue;
      if (!checks[i]!(v as never, sink)) {
        ok = false;
        if (!sink) return false;
      }
    }
    return ok;
  };
}

/** Compiles a node of the description; `defs` resolves shared nodes. */
export function compile(root: IrNode, defs: Record<string, IrNode>): Check {
  const refs = new Map<string, Check>();
  const build = (node: IrNode): Check => {
    switch (node.t) {
      case 'ref': {
        let f: Check | undefined;
        return (v, sink) => {
          if (!f) {
            f = refs.get(node.r);
            if (!f) refs.set(node.r, (f = build(defs[node.r]!)));
          }
          return f(v, sink);
        };
      }
      case 'string': {
        const ok = compileChecks(node.c, 'string');
        return (v, sink) =>
          typeof v !== 'string' ? report(sink, {code: 'invalid_type', expected: 'string'}) : ok(v, sink) ? v : FAIL;
      }
      case 'number': {
        const ok = compileChecks(node.c, 'number');
        return (v, sink) =>
          typeof v !== 'number' || !Number.isFinite(v)
            ? report(sink, {code: 'invalid_type', expected: 'number'})
            : ok(v, sink)
              ? v
              : FAIL;
      }
      case 'boolean':
        return (v, sink) => (typeof v === 'boolean' ? v : report(sink, {code: 'invalid_type', expected: 'boolean'}));
      case 'unknown':
        return (v) => v;
      case 'enum':
      case 'literal': {
        const allowed = new Set<unknown>(node.v);
        return (v, sink) => (allowed.has(v) ? v : report(sink, {code: 'invalid_value', values: node.v as unknown[]}));
      }
      case 'optional': {
        const inner = build(node.i);
        return (v, sink) => (v === undefined ? undefined : inner(v, sink));
      }
      case 'default': {
        const inner = build(node.i);
        return (v, sink) => (v === undefined ? clone(node.d) : inner(v, sink));
      }
      case 'array':
      case 'tuple': {
        const element = node.t === 'array' ? build(node.e) : undefined;
        const items = node.t === 'tuple' ? node.items.map(build) : [];
        const ok = compileChecks(node.t === 'array' ? node.c : undefined, 'array');
        return (v, sink) => {
          if (!Array.isArray(v)) return report(sink, {code: 'invalid_type', expected: node.t});
          if (!element && v.length !== items.length) {
            return report(
              sink,
              v.length < items.length
                ? {code: 'too_small', minimum: items.length, origin: 'array'}
                : {code: 'too_big', maximum: items.length, origin: 'array'},
            );
          }
          const out = new Array(v.length);
          let valid = true;
          for (let i = 0; i < v.length; i++) {
            const r = at(sink, i, element ?? items[i]!, v[i]);
            if (r === FAIL) {
              valid = false;
              if (!sink) return FAIL;
            } else out[i] = r;
          }
          return ok(v, sink) && valid ? out : FAIL;
        };
      }
      case 'union': {
        const options = node.o.map(build);
        return (v, sink) => {
          if (!sink) {
            for (let i = 0; i < options.length; i++) {
              const r = options[i]!(v);
              if (r !== FAIL) return r;
            }
            return FAIL;
          }
          const attempts: Issue[][] = [];
          for (const option of options) {
            const issues: Issue[] = [];
            const r = option(v, {path: sink.path, issues});
            if (r !== FAIL) return r;
            attempts.push(issues);
          }
          // When the value has the basic type of exactly one option (an object for the language map
          // of a text), that option's own issues say best what is wrong.
          const depth = sink.path.length;
          const typed = attempts.filter(
            (list) => !list.some((i) => i.code === 'invalid_type' && i.path.length === depth),
          );
          if (typed.length === 1) sink.issues.push(...typed[0]!);
          else report(sink, {code: 'invalid_union', ...(node.m ? {message: node.m} : {})});
          return FAIL;
        };
      }
      case 'record': {
        const badKey: Check = (_k, sink) => report(sink, {code: 'invalid_key'});
        const key = build(node.k);
        const value = build(node.v);
        return (v, sink) => {
          if (!isObject(v)) return report(sink, {code: 'invalid_type', expected: 'record'});
          const out: Record<string, unknown> = {};
          let valid = true;
          for (const k of Object.keys(v)) {
            const r = key(k) === FAIL ? at(sink, k, badKey, k) : at(sink, k, value, v[k]);
            if (r === FAIL) {
              valid = false;
              if (!sink) return FAIL;
            } else out[k] = r;
          }
          return valid ? out : FAIL;
        };
      }
      case 'object': {
        const keys = Object.keys(node.s);
        const fields = keys.map((k) => build(node.s[k]!));
        const known = new Set(keys);
        return (v, sink) => {
          if (!isObject(v)) return report(sink, {code: 'invalid_type', expected: 'object'});
          const out: Record<string, unknown> = {};
          let valid = true;
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i]!;
            const r = at(sink, k, fields[i]!, v[k]);
            if (r === FAIL) {
              valid = false;
              if (!sink) return FAIL;
            } else if (r !== undefined || k in v) out[k] = r;
          }
          for (const k of Object.keys(v)) if (!known.has(k) && k !== '__proto__') out[k] = v[k];
          return valid ? out : FAIL;
        };
      }
    }
  };
  return build(root);
}

/** At most this many problems are listed per item (the item is skipped after the first anyway). */
const ISSUES_PER_ITEM = 5;

const compiled = new Map<IrNode, Check>();
function explainer(node: IrNode): Check {
  let run = compiled.get(node);
  if (!run) compiled.set(node, (run = compile(node, FEED_IR.defs)));
  return run;
}

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

/**
 * An item the page's validator refused: its problems, and the item itself when only links were wrong
 * (those are dropped, each reported as a warning, and the rest kept). `at` is the item's path.
 */
export function explainItem(node: IrNode, item: unknown, at: PathSegment[]): {data?: unknown; problems: Problem[]} {
  const problems: Problem[] = [];
  const run = explainer(node);
  let candidate = item;
  for (let attempt = 0; attempt < 4; attempt++) {
    const issues: Issue[] = [];
    const data = run(candidate, {path: [], issues});
    if (data !== FAIL) return {data, problems};
    if (attempt < 3 && issues.every((i) => isLinkPath(i.path))) {
      if (candidate === item) candidate = structuredClone(item);
      for (const issue of issues) {
        const value = valueAt(candidate, issue.path);
        const inner = {id: 'issue', issue, got: value === undefined ? undefined : jsonType(value)} as const;
        problems.push(problem('warning', 'invalid-link', [...at, ...issue.path], {id: 'notLink', inner}, value));
        removeAt(candidate, issue.path);
      }
      // A `links` entry removed leaves a hole: closed before the item is checked again.
      const links = (candidate as Record<string, unknown>)['links'];
      if (Array.isArray(links)) (candidate as Record<string, unknown>)['links'] = links.filter((l) => l !== undefined);
      continue;
    }
    for (const issue of issues.slice(0, ISSUES_PER_ITEM)) {
      const value = valueAt(candidate, issue.path);
      problems.push(
        problem(
          'error',
          'invalid-item',
          [...at, ...issue.path],
          {id: 'issue', issue, got: value === undefined ? undefined : jsonType(value)},
          value,
        ),
      );
    }
    if (issues.length > ISSUES_PER_ITEM) {
      problems.push(problem('error', 'invalid-item', at, {id: 'moreIssues', n: issues.length - ISSUES_PER_ITEM}));
    }
    return {problems};
  }
  return {problems};
}
