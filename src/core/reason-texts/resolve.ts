/**
 * What turns the validator's raw findings into what a reader is shown: a schema issue into its reason,
 * the offending value into a short quotation. Loaded with the texts, only when a feed has problems.
 */
import type {SchemaMessageKey} from '../../../data-schema/messages.js';
import type {Problem} from '../problems.js';
import type {JsonType, Reason} from '../reasons.js';

const JSON_TYPES = new Set<string>(['string', 'number', 'int', 'boolean', 'object', 'array']);

/** The reason a raw `issue` reason stands for; any other reason as it is. */
export function resolveReason(r: Reason): Reason {
  if (r.id === 'notLink' && r.inner.id === 'issue') return {id: 'notLink', inner: resolveReason(r.inner)};
  if (r.id !== 'issue') return r;
  const {issue, got} = r;
  const key = issue.message as SchemaMessageKey | undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (got === undefined) return {id: 'required'};
      const e = issue.expected === 'record' ? 'object' : issue.expected === 'tuple' ? 'array' : issue.expected;
      return JSON_TYPES.has(e ?? '') ? {id: 'type', expected: e as JsonType, got} : {id: 'invalid'};
    }
    case 'invalid_value':
      return {id: 'oneOf', values: (issue.values ?? []).map((v) => JSON.stringify(v))};
    case 'invalid_union':
      if (got === undefined) return {id: 'required'};
      return key ? {id: 'schema', key} : {id: 'text'};
    case 'invalid_key':
      return {id: 'langKey'};
    case 'too_small':
    case 'too_big': {
      if (key) return {id: 'schema', key};
      const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const small = issue.code === 'too_small';
      if (issue.origin === 'array') return {id: small ? 'minItems' : 'maxItems', n};
      if (issue.origin === 'string') return {id: small ? 'minChars' : 'maxChars', n};
      return {id: small ? 'min' : 'max', n};
    }
    default:
      return key ? {id: 'schema', key} : {id: 'invalid'};
  }
}

/** A problem as the reader is shown it: its reason resolved, its value quoted (`actual` is gone). */
export function settle<T extends Problem>(p: T): T {
  p.reason = resolveReason(p.reason);
  if ('actual' in p) {
    const value = quote(p.actual);
    delete p.actual;
    if (value !== undefined) p.value = value;
  }
  return p;
}

const LONGEST = 60;
// Text that could reorder or hide what is around it on the reader's screen: written as escapes.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/**
 * The offending value as a reason quotes it: JSON, at most about 60 characters, with control and
 * direction characters escaped. Never the whole of a huge or hostile value.
 */
export function quote(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const out = preview(value, 2);
  return out.length > LONGEST ? `${out.slice(0, LONGEST - 1)}…` : out;
}

function preview(value: unknown, depth: number): string {
  if (typeof value === 'string') {
    const s = JSON.stringify(value.length > LONGEST ? `${value.slice(0, LONGEST)}…` : value);
    return s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (value === null || typeof value !== 'object') return String(value);
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 4).map((v) => preview(v, depth - 1));
    return `[${items.join(', ')}${value.length > 4 ? ', …' : ''}]`;
  }
  const keys = Object.keys(value);
  const items = keys
    .slice(0, 3)
    .map((k) => `${preview(k, 0)}: ${preview((value as Record<string, unknown>)[k], depth - 1)}`);
  return `{${items.join(', ')}${keys.length > 3 ? ', …' : ''}}`;
}
