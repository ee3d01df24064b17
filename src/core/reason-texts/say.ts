/**
 * Saying reasons in a language: the shape of a text table (one per language, next to this file), the
 * helpers a table writes with (numbers, plurals and lists through `Intl`), and one problem as one line.
 */
import {formatPath} from '../paths.js';
import type {Problem} from '../problems.js';
import type {Reason, ReasonOf, SaidReasonId} from '../reasons.js';
import {resolveReason} from './resolve.js';

/** What a table's texts write with, in the table's language. */
export interface Say {
  /** A number in the language's digits and grouping. */
  n(value: number): string;
  /**
   * The form for `count` by the language's plural rules (`Intl.PluralRules`): `one`, `few`, `many`,
   * `other`...; `{n}` in it is the formatted number.
   */
  plural(count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}): string;
  /** "a, b and c" / "a, b or c" in the language's way. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** Another reason, in the same language (a reason that wraps one). */
  reason(r: Reason): string;
}

/** A language's texts: one function per reason. The type makes a missing reason a compile error. */
export type ReasonTexts = {readonly [K in SaidReasonId]: (r: ReasonOf<K>, say: Say) => string} & {
  /** The BCP 47 tag of the table's language. */
  readonly lang: string;
  /** What joins a reason to the next (English "; "). */
  readonly then: string;
};

/** The tools for one language. */
export function sayIn(texts: ReasonTexts): Say {
  const locale = texts.lang;
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const say: Say = {
    n: (value) => numbers.format(value),
    plural: (count, forms) => (forms[rules.select(count)] ?? forms.other).replace('{n}', numbers.format(count)),
    list: (items, type = 'conjunction') => new Intl.ListFormat(locale, {type, style: 'long'}).format(items),
    reason: (r) => describeReason(r, texts, say),
  };
  return say;
}

const tools = new WeakMap<ReasonTexts, Say>();

/** The reason in the table's language. */
export function describeReason(r: Reason, texts: ReasonTexts, say?: Say): string {
  let s = say ?? tools.get(texts);
  if (!s) tools.set(texts, (s = sayIn(texts)));
  const said = resolveReason(r) as Exclude<Reason, {id: 'issue'}>;
  return (texts[said.id] as (r: Reason, say: Say) => string)(said, s);
}

/**
 * One problem in one line: `source: $.json.path "value": reason`. The path and the quoted value are
 * the same in every language; the reason is in the table's.
 */
export function problemLine(p: Problem, texts: ReasonTexts, withSource = true): string {
  const where = withSource && p.source ? `${p.source}: ` : '';
  return `${where}${formatPath(p.path)}${p.value === undefined ? '' : ` ${p.value}`}: ${describeReason(p.reason, texts)}`;
}
