/**
 * Why a problem is a problem, as data: an id and its parameters. The validator, the merge and the
 * plausibility rules record reasons; the texts, in the kit's five languages, are in reason-texts/ and
 * load only when a feed has problems (or in the CLI and the feed checker, which always need them).
 */
import type {SchemaMessageKey} from '../../data-schema/messages.js';
import type {Issue} from './validator-explaining.js';
import type {PathSegment} from './paths.js';

/** The kinds of things a feed holds, for reasons that name one. */
export type ItemKind = 'city' | 'category' | 'event' | 'delegation' | 'report' | 'partnership';
/** JSON types, for "must be X, not Y". */
export type JsonType = 'string' | 'number' | 'int' | 'boolean' | 'object' | 'array' | 'null';
/** Past-tense dates that cannot be far in the future. */
export type PastDate = 'since' | 'until' | 'award' | 'report' | 'updated';

/** Every reason and its parameters. A text table (reason-texts/) must say each of them but `issue`. */
export interface ReasonParams {
  /**
   * A schema issue as the validator found it: `describeProblems` turns it into one of the reasons below
   * (`required`, `type`, `oneOf`...). Kept raw until then: the words for it load only with problems.
   */
  issue: {issue: Issue; got?: JsonType | undefined};
  // The schema's checks.
  required: object;
  type: {expected: JsonType; got: JsonType};
  oneOf: {values: string[]};
  text: object;
  minItems: {n: number};
  maxItems: {n: number};
  minChars: {n: number};
  maxChars: {n: number};
  min: {n: number};
  max: {n: number};
  langKey: object;
  invalid: object;
  schema: {key: SchemaMessageKey};
  moreIssues: {n: number};
  notLink: {inner: Reason};
  // The feed's shape.
  notObject: {got: JsonType};
  json: {line: number; column: number};
  tooDeep: {max: number};
  unsafeKey: {key: string};
  newerVersion: {version: number; supported: number};
  citiesRequired: object;
  notArray: {got: JsonType};
  // References and duplicates.
  duplicateId: {kind: ItemKind};
  unknownRef: {kind: ItemKind};
  unknownPublisher: object;
  unknownPartner: object;
  duplicateAcrossFeeds: {kind: ItemKind};
  notHome: {home: string};
  idReused: {kind: ItemKind; at: PathSegment[]};
  // What does not make sense, though it has the right shape.
  endBeforeStart: {start: string};
  untilBeforeSince: {since: string};
  selfPartnership: object;
  duplicatePartnership: {at: PathSegment[]};
  partyRepeated: object;
  unassignedCountry: {suggest?: string | undefined};
  futureDate: {what: PastDate};
  outsideReportYear: {kind: 'event' | 'delegation'; year: number; itemYear: number};
}

export type ReasonId = keyof ReasonParams;
/** The reasons a text table says (a raw `issue` is said as the reason it becomes). */
export type SaidReasonId = Exclude<ReasonId, 'issue'>;
export type Reason = {[K in ReasonId]: {id: K} & ReasonParams[K]}[ReasonId];
export type ReasonOf<K extends ReasonId> = Extract<Reason, {id: K}>;

/** The JSON type of a value, as reasons name it (`undefined` for a missing value). */
export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}
