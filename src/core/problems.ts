/** Problems found in a feed: where (a JSON path), how bad, why (a reason as data) and the value quoted. */

import type {PathSegment} from './paths.js';
import type {Reason} from './reasons.js';

export type {PathSegment};

export interface Problem {
  /** `error`: the item (or the feed) could not be used; `warning`: kept, but something in it was dropped or looks wrong. */
  severity: 'error' | 'warning';
  /** Machine-readable kind, for localized summaries. */
  code: ProblemCode;
  /** Path inside the feed, e.g. `['events', 3, 'start']`. */
  path: PathSegment[];
  /** Why, as data: `describeReason` (reason-texts/) says it in any of the kit's languages. */
  reason: Reason;
  /** The offending value, quoted as JSON and shortened (absent when the value is missing). */
  value?: string | undefined;
  /**
   * The offending value as found, until the problem is described (`describeProblems` quotes it into
   * `value` and removes this): quoting is for problems only, and loads with their texts.
   */
  actual?: unknown;
  /**
   * The reason in English, e.g. `must be a date as precise as known: ...`. Filled in by `validateFeed`,
   * and by the elements before `twin-load` and `twin-error`; the elements show `reason` in the reader's language.
   */
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
  | 'not-home'
  | 'id-reused'
  | 'end-before-start'
  | 'until-before-since'
  | 'self-partnership'
  | 'duplicate-partnership'
  | 'unknown-country'
  | 'future-date'
  | 'outside-report-year';

/** Every problem code, in the order the feed checker explains them. */
export const PROBLEM_CODES: readonly ProblemCode[] = [
  'not-object',
  'invalid-header',
  'invalid-item',
  'invalid-link',
  'duplicate-id',
  'unknown-reference',
  'unsafe-key',
  'too-deep',
  'not-array',
  'newer-version',
  'not-home',
  'id-reused',
  'end-before-start',
  'until-before-since',
  'self-partnership',
  'duplicate-partnership',
  'unknown-country',
  'future-date',
  'outside-report-year',
];

/**
 * A problem as the validator finds it: `actual` is the offending value (if there is one). Its message
 * and quoted value are filled in by `describeProblems`.
 */
export function problem(
  severity: Problem['severity'],
  code: ProblemCode,
  path: PathSegment[],
  reason: Reason,
  ...actual: [unknown?]
): Problem {
  const p: Problem = {severity, code, path, reason, message: ''};
  if (actual.length) p.actual = actual[0];
  return p;
}
