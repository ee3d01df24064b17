/**
 * Validates values against the feed description generated from the zod schema (FeedIr), with the
 * same output zod gives (defaults filled in, unknown fields kept). The description is compiled once
 * into plain closures: no eval, safe under a strict CSP, and a fraction of zod's size in the bundle.
 *
 * This is the page's validator: it only decides (valid, with its output, or FAIL), as fast and small as
 * it can be. Why something failed is validator-explaining.ts's work, loaded only for a feed with problems; property
 * tests keep both in agreement with zod.
 */
import {REFINEMENTS} from '../../data-schema/refinements.js';
import type {IrCheck, IrNode} from './feed-ir.js';

export const FAIL: unique symbol = Symbol('fail');

export type Check = (value: unknown) => unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = (v: unknown): unknown => (Array.isArray(v) ? [...v] : isObject(v) ? {...v} : v);

function compileCheck(c: IrCheck): (v: never) => boolean {
  switch (c.k) {
    case 'regex': {
      // The schema's flags are never `g` nor `y`: `test` keeps no state between values.
      const re = new RegExp(c.p, c.f);
      return (v: string) => re.test(v);
    }
    case 'min':
      return (v: {length: number}) => v.length >= c.n;
    case 'max':
      return (v: {length: number}) => v.length <= c.n;
    case 'gt':
      return (v: number) => (c.inc ? v >= c.n : v > c.n);
    case 'lt':
      return (v: number) => (c.inc ? v <= c.n : v < c.n);
    case 'int':
      return (v: number) => Number.isSafeInteger(v);
    case 'refine':
      return REFINEMENTS[c.name] as (v: string) => boolean;
  }
}

/** All checks pass (a refinement runs only when the checks before it passed, as zod's do). */
function compileChecks(list: IrCheck[] | undefined): (v: unknown) => boolean {
  if (!list?.length) return () => true;
  const checks = list.map(compileCheck);
  return (v) => checks.every((check) => check(v as never));
}

/** Compiles a node of the description; `defs` resolves shared nodes. */
export function compile(root: IrNode, defs: Record<string, IrNode>): Check {
  const refs = new Map<string, Check>();
  const build = (node: IrNode): Check => {
    switch (node.t) {
      case 'ref': {
        let f: Check | undefined;
        return (v) => {
          if (!f) {
            f = refs.get(node.r);
            if (!f) refs.set(node.r, (f = build(defs[node.r]!)));
          }
          return f(v);
        };
      }
      case 'string': {
        const ok = compileChecks(node.c);
        return (v) => (typeof v === 'string' && ok(v) ? v : FAIL);
      }
      case 'number': {
        const ok = compileChecks(node.c);
        return (v) => (typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : FAIL);
      }
      case 'boolean':
        return (v) => (typeof v === 'boolean' ? v : FAIL);
      case 'unknown':
        return (v) => v;
      case 'enum':
      case 'literal': {
        const allowed = new Set<unknown>(node.v);
        return (v) => (allowed.has(v) ? v : FAIL);
      }
      case 'optional': {
        const inner = build(node.i);
        return (v) => (v === undefined ? undefined : inner(v));
      }
      case 'default': {
        const inner = build(node.i);
        return (v) => (v === undefined ? clone(node.d) : inner(v));
      }
      case 'array':
      case 'tuple': {
        const element = node.t === 'array' ? build(node.e) : undefined;
        const items = node.t === 'tuple' ? node.items.map(build) : [];
        const ok = compileChecks(node.t === 'array' ? node.c : undefined);
        return (v) => {
          if (!Array.isArray(v) || (!element && v.length !== items.length)) return FAIL;
          const out = new Array(v.length);
          for (let i = 0; i < v.length; i++) {
            const r = (element ?? items[i]!)(v[i]);
            if (r === FAIL) return FAIL;
            out[i] = r;
          }
          return ok(v) ? out : FAIL;
        };
      }
      case 'union': {
        const options = node.o.map(build);
        return (v) => {
          for (const option of options) {
            const r = option(v);
            if (r !== FAIL) return r;
          }
          return FAIL;
        };
      }
      case 'record': {
        const key = build(node.k);
        const value = build(node.v);
        return (v) => {
          if (!isObject(v)) return FAIL;
          const out: Record<string, unknown> = {};
          for (const k of Object.keys(v)) {
            const r = key(k) === FAIL ? FAIL : value(v[k]);
            if (r === FAIL) return FAIL;
            out[k] = r;
          }
          return out;
        };
      }
      case 'object': {
        const keys = Object.keys(node.s);
        const fields = keys.map((k) => build(node.s[k]!));
        const known = new Set(keys);
        return (v) => {
          if (!isObject(v)) return FAIL;
          const out: Record<string, unknown> = {};
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i]!;
            const r = fields[i]!(v[k]);
            if (r === FAIL) return FAIL;
            if (r !== undefined || k in v) out[k] = r;
          }
          for (const k of Object.keys(v)) if (!known.has(k) && k !== '__proto__') out[k] = v[k];
          return out;
        };
      }
    }
  };
  return build(root);
}
