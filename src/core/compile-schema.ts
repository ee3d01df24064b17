/**
 * A fast path for valid items, derived from the zod schema itself (the single source of truth): the
 * schema's definition is compiled once into plain closures that accept exactly what zod accepts and
 * return the same output. Invalid items return `FAIL` and go through zod, which says why. No `eval`,
 * no `new Function`: safe under a strict Content Security Policy.
 *
 * Any schema construct this compiler does not know makes `compileSchema` return `undefined`, and the
 * caller simply uses zod for everything. A property test keeps both in agreement.
 */

export const FAIL: unique symbol = Symbol('fail');
export type Compiled = (value: unknown) => unknown | typeof FAIL;

interface Def {
  type: string;
  checks?: Array<{_zod: {def: CheckDef}}>;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  element?: ZodLike;
  innerType?: ZodLike;
  keyType?: ZodLike;
  valueType?: ZodLike;
  options?: ZodLike[];
  items?: ZodLike[];
  rest?: ZodLike | null;
  entries?: Record<string, string | number>;
  values?: unknown[];
  defaultValue?: unknown;
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
  abort?: boolean;
}
interface ZodLike {
  _zod: {def: Def};
}

class Unsupported extends Error {}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function shallowClone(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (isPlainObject(v)) return {...v};
  return v;
}

/** One check, as a predicate on an already type-checked value. */
function compileCheck(def: CheckDef, kind: 'string' | 'number' | 'array'): ((v: never) => boolean) | null {
  // `when` only decides whether zod runs a check after earlier failures or on values of another
  // type; here every check runs on a value of the right type and any failure is final, so it cannot
  // change the verdict.
  switch (def.check) {
    case 'describe':
    case 'meta':
      return null;
    case 'string_format':
      if (kind !== 'string' || !def.pattern || def.format !== 'regex') throw new Unsupported(`format ${def.format}`);
      return ((re: RegExp) => (v: string) => {
        re.lastIndex = 0;
        return re.test(v);
      })(def.pattern);
    case 'min_length':
      return (v: {length: number}) => v.length >= def.minimum!;
    case 'max_length':
      return (v: {length: number}) => v.length <= def.maximum!;
    case 'greater_than':
      return def.inclusive ? (v: number) => v >= def.value! : (v: number) => v > def.value!;
    case 'less_than':
      return def.inclusive ? (v: number) => v <= def.value! : (v: number) => v < def.value!;
    case 'number_format':
      if (def.format === 'safeint') return (v: number) => Number.isSafeInteger(v);
      throw new Unsupported(`number format ${def.format}`);
    case 'custom':
      return (v: unknown) => {
        const r = def.fn!(v);
        if (r instanceof Promise) throw new Unsupported('async refinement');
        return Boolean(r);
      };
    default:
      throw new Unsupported(`check ${def.check}`);
  }
}

function checksOf(def: Def, kind: 'string' | 'number' | 'array'): Array<(v: never) => boolean> {
  return (def.checks ?? []).map((c) => compileCheck(c._zod.def, kind)).filter((c): c is (v: never) => boolean => c !== null);
}

function compile(schema: ZodLike): Compiled {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      const checks = checksOf(def, 'string');
      return (v) => {
        if (typeof v !== 'string') return FAIL;
        for (const c of checks) if (!c(v as never)) return FAIL;
        return v;
      };
    }
    case 'number': {
      const checks = checksOf(def, 'number');
      return (v) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL;
        for (const c of checks) if (!c(v as never)) return FAIL;
        return v;
      };
    }
    case 'boolean':
      if (def.checks?.length) throw new Unsupported('boolean checks');
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'unknown':
      return (v) => v;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => (allowed.has(v as string) ? v : FAIL);
    }
    case 'literal': {
      const allowed = new Set(def.values);
      return (v) => (allowed.has(v) ? v : FAIL);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'default': {
      const inner = compile(def.innerType!);
      return (v) => (v === undefined ? shallowClone(def.defaultValue) : inner(v));
    }
    case 'array': {
      const element = compile(def.element!);
      const checks = checksOf(def, 'array');
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        for (const c of checks) if (!c(out as never)) return FAIL;
        return out;
      };
    }
    case 'tuple': {
      if (def.rest) throw new Unsupported('tuple rest');
      if (def.checks?.some((c) => !['describe', 'meta'].includes(c._zod.def.check))) throw new Unsupported('tuple checks');
      const items = def.items!.map(compile);
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return FAIL;
        const out = new Array(items.length);
        for (let i = 0; i < items.length; i++) {
          const r = items[i]!(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      };
    }
    case 'union': {
      if (def.checks?.some((c) => !['describe', 'meta'].includes(c._zod.def.check))) throw new Unsupported('union checks');
      const options = def.options!.map(compile);
      return (v) => {
        for (const o of options) {
          const r = o(v);
          if (r !== FAIL) return r;
        }
        return FAIL;
      };
    }
    case 'record': {
      const key = compile(def.keyType!);
      const value = compile(def.valueType!);
      return (v) => {
        if (!isPlainObject(v)) return FAIL;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) {
          if (key(k) === FAIL) return FAIL;
          const r = value(v[k]);
          if (r === FAIL) return FAIL;
          out[k] = r;
        }
        return out;
      };
    }
    case 'object': {
      if (def.checks?.some((c) => !['describe', 'meta'].includes(c._zod.def.check))) throw new Unsupported('object checks');
      const catchall = def.catchall?._zod.def.type;
      if (catchall !== 'unknown') throw new Unsupported(`object catchall ${catchall}`);
      const keys = Object.keys(def.shape!);
      const fields = keys.map((k) => compile(def.shape![k]!));
      const known = new Set(keys);
      return (v) => {
        if (!isPlainObject(v)) return FAIL;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          const r = fields[i]!(v[k]);
          if (r === FAIL) return FAIL;
          if (r !== undefined || k in v) out[k] = r;
        }
        for (const k of Object.keys(v)) if (!known.has(k)) out[k] = v[k];
        return out;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

/** The fast path for a schema, or `undefined` when the schema uses something this compiler does not know. */
export function compileSchema(schema: unknown): Compiled | undefined {
  try {
    return compile(schema as ZodLike);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
