/**
 * Turns the zod schema into the small validator description the browser uses (FeedIr). Shared
 * subtrees become `defs`, so LocalizedText, Id and PartialDate are described once.
 */
import {REFINEMENTS} from '../data-schema/refinements.js';
import {schemaMessageKey} from '../data-schema/messages.js';
import type {FeedIr, IrCheck, IrNode} from '../src/core/feed-ir.js';

interface Def {
  type: string;
  checks?: Array<{_zod: {def: CheckDef}}>;
  shape?: Record<string, Zod>;
  catchall?: Zod;
  element?: Zod;
  innerType?: Zod;
  keyType?: Zod;
  valueType?: Zod;
  options?: Zod[];
  items?: Zod[];
  rest?: Zod | null;
  entries?: Record<string, string | number>;
  values?: unknown[];
  defaultValue?: unknown;
  error?: (issue: object) => unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
  error?: (issue: object) => unknown;
}
interface Zod {
  _zod: {def: Def};
}

const refinementNames = new Map<unknown, string>(Object.entries(REFINEMENTS).map(([name, fn]) => [fn, name]));

/** A check's own message, as its key in data-schema/messages.ts: the kit says it in the reader's language. */
function message(def: {error?: (issue: object) => unknown}): {m?: string} {
  const m = def.error?.({});
  if (typeof m !== 'string') return {};
  const key = schemaMessageKey(m);
  if (!key) throw new Error(`the schema message "${m}" is not in data-schema/messages.ts`);
  return {m: key};
}

function check(def: CheckDef): IrCheck | null {
  switch (def.check) {
    case 'describe':
    case 'meta':
      return null;
    case 'string_format':
      if (def.format !== 'regex' || !def.pattern) throw new Error(`unsupported string format ${def.format}`);
      return {k: 'regex', p: def.pattern.source, ...(def.pattern.flags ? {f: def.pattern.flags} : {}), ...message(def)};
    case 'min_length':
      return {k: 'min', n: def.minimum!, ...message(def)};
    case 'max_length':
      return {k: 'max', n: def.maximum!, ...message(def)};
    case 'greater_than':
      return {k: 'gt', n: def.value!, inc: Boolean(def.inclusive), ...message(def)};
    case 'less_than':
      return {k: 'lt', n: def.value!, inc: Boolean(def.inclusive), ...message(def)};
    case 'number_format':
      if (def.format !== 'safeint') throw new Error(`unsupported number format ${def.format}`);
      return {k: 'int'};
    case 'custom': {
      const name = refinementNames.get(def.fn);
      if (!name) throw new Error('a refinement must be listed in data-schema/refinements.ts');
      return {k: 'refine', name: name as 'dayExists', ...message(def)};
    }
    default:
      throw new Error(`unsupported check ${def.check}`);
  }
}

function checks(def: Def): {c?: IrCheck[]} {
  const c = (def.checks ?? []).map((x) => check(x._zod.def)).filter((x): x is IrCheck => x !== null);
  return c.length ? {c} : {};
}

function node(schema: Zod): IrNode {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return {t: 'string', ...checks(def)};
    case 'number': {
      // z.int() is a number schema that is its own `number_format` check.
      const own: IrCheck[] = (def as Def & {format?: string}).format === 'safeint' ? [{k: 'int'}] : [];
      const c = [...own, ...(checks(def).c ?? [])];
      return c.length ? {t: 'number', c} : {t: 'number'};
    }
    case 'boolean':
      return {t: 'boolean'};
    case 'unknown':
      return {t: 'unknown'};
    case 'enum':
      return {t: 'enum', v: Object.values(def.entries!)};
    case 'literal':
      return {t: 'literal', v: def.values!};
    case 'optional':
      return {t: 'optional', i: node(def.innerType!)};
    case 'default':
      return {t: 'default', i: node(def.innerType!), d: def.defaultValue};
    case 'array':
      return {t: 'array', e: node(def.element!), ...checks(def)};
    case 'tuple':
      if (def.rest) throw new Error('unsupported tuple rest');
      return {t: 'tuple', items: def.items!.map(node)};
    case 'union':
      return {t: 'union', o: def.options!.map(node), ...message(def)};
    case 'record':
      return {t: 'record', k: node(def.keyType!), v: node(def.valueType!)};
    case 'object':
      if (def.catchall?._zod.def.type !== 'unknown') throw new Error('objects must be loose (z.looseObject)');
      return {t: 'object', s: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, node(v)]))};
    default:
      throw new Error(`unsupported schema type ${def.type}`);
  }
}

/** Replaces subtrees that occur more than once (and are not tiny) with references into `defs`. */
function share(roots: IrNode[]): {defs: Record<string, IrNode>; roots: IrNode[]} {
  const counts = new Map<string, number>();
  const visit = (n: IrNode): void => {
    const key = JSON.stringify(n);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of children(n)) visit(child);
  };
  roots.forEach(visit);
  const defs: Record<string, IrNode> = {};
  const ids = new Map<string, string>();
  const rewrite = (n: IrNode): IrNode => {
    const key = JSON.stringify(n);
    const shared = (counts.get(key) ?? 0) > 1 && key.length > 40;
    const out = mapChildren(n, rewrite);
    if (!shared) return out;
    let id = ids.get(key);
    if (!id) {
      id = `d${ids.size}`;
      ids.set(key, id);
      defs[id] = out;
    }
    return {t: 'ref', r: id};
  };
  return {defs, roots: roots.map(rewrite)};
}

function children(n: IrNode): IrNode[] {
  switch (n.t) {
    case 'optional':
    case 'default':
      return [n.i];
    case 'array':
      return [n.e];
    case 'tuple':
      return n.items;
    case 'union':
      return n.o;
    case 'record':
      return [n.k, n.v];
    case 'object':
      return Object.values(n.s);
    default:
      return [];
  }
}

function mapChildren(n: IrNode, f: (n: IrNode) => IrNode): IrNode {
  switch (n.t) {
    case 'optional':
    case 'default':
      return {...n, i: f(n.i)};
    case 'array':
      return {...n, e: f(n.e)};
    case 'tuple':
      return {...n, items: n.items.map(f)};
    case 'union':
      return {...n, o: n.o.map(f)};
    case 'record':
      return {...n, k: f(n.k), v: f(n.v)};
    case 'object':
      return {...n, s: Object.fromEntries(Object.entries(n.s).map(([k, v]) => [k, f(v)]))};
    default:
      return n;
  }
}

export function feedIr(header: unknown, collections: Record<string, unknown>): FeedIr {
  const names = Object.keys(collections);
  const {defs, roots} = share([node(header as Zod), ...names.map((n) => node(collections[n] as Zod))]);
  return {defs, header: roots[0]!, collections: Object.fromEntries(names.map((n, i) => [n, roots[i + 1]!]))};
}
