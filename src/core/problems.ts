/** Problems found in a feed: where (a JSON path), how bad, and a readable reason. */

import type {PathSegment} from './paths.js';

export type {PathSegment};

export interface Problem {
  /** `error`: the item (or the feed) could not be used; `warning`: kept, but something in it was dropped. */
  severity: 'error' | 'warning';
  /** Machine-readable kind, for localized summaries. */
  code: ProblemCode;
  /** Path inside the feed, e.g. `['events', 3, 'start']`. */
  path: PathSegment[];
  /** Readable English reason, e.g. `must be a date as precise as known: ...`. */
  message: string;
  /** The feed it came from (its URL, or `data` / `inline` for feeds not loaded from a URL). */
  source?: string;
  /** Set when a whole item was skipped. */
  skipped?: {collection: string; index: number; id?: string};
}

export type ProblemCode =
  | 'not-object'
  | 'invalid-header'
  | 'invalid-item'
  | 'invalid-link'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'unsafe-key'
  | 'too-deep'
  | 'not-array'
  | 'newer-version'
  | 'not-home';


export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  record: 'an object',
  tuple: 'an array',
};

interface IssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  input?: unknown;
}

/** A readable reason for one zod issue, without echoing the (possibly huge or hostile) input. */
export function describeIssue(issue: IssueLike, value: unknown): string {
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return 'is required';
      const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another type';
      return `must be ${expected}, not ${typeName(value)}`;
    }
    case 'invalid_value':
      if (issue.values && issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}`;
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if (value === undefined) return 'is required';
      return custom || 'must be a non-empty text, or an object of language tags to non-empty texts';
    case 'too_small':
      if (custom) return custom;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return `must have at least ${issue.minimum} character(s)`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (custom) return custom;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `must have at most ${issue.maximum} character(s)`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_key':
      return custom || 'has a key that is not a language tag such as "ru", "en" or "zh-Hans"';
    case 'invalid_element':
      return custom || 'has an invalid entry';
    default:
      return custom || 'is not valid here';
  }
}
