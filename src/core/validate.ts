/**
 * Validating a feed: the checks of check.ts with every reason written out in English (`message`). The
 * command line, the demo's feed checker and library users call these; the elements call `checkFeed`
 * and load the texts only when a feed has problems. `describeProblems` says the reasons in another of
 * the kit's languages.
 */
import {checkFeed, type CheckOptions, type ValidationResult} from './check.js';
import {explainItem} from './validator-explaining.js';
import {problem, type Problem} from './problems.js';
import {EN} from './reason-texts/en.js';
import {describeReason, type ReasonTexts} from './reason-texts/say.js';
import {settle} from './reason-texts/resolve.js';

export {checkFeed, MAX_DEPTH, type CheckOptions, type ValidationResult} from './check.js';

/** Resolves each problem's reason, quotes its value, and fills in its `message` (English unless `texts` say). */
export function describeProblems<T extends Problem>(problems: T[], texts: ReasonTexts = EN): T[] {
  for (const p of problems) settle(p).message = describeReason(p.reason, texts);
  return problems;
}

/** Validates a parsed JSON feed item by item. */
export function validateFeed(input: unknown, source?: string, options?: CheckOptions): ValidationResult {
  const result = checkFeed(input, source, {...options, explain: explainItem});
  describeProblems(result.problems);
  return result;
}

/** Parses JSON text and validates it. Invalid JSON is one problem, never an exception. */
export function validateFeedText(text: string, source?: string, options?: CheckOptions): ValidationResult {
  let parsed: unknown;
  // A byte-order mark is how many Windows editors save UTF-8: it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    const p = problem('error', 'not-object', [], {id: 'json', ...jsonErrorAt(err, json)});
    if (source !== undefined) p.source = source;
    return {feed: null, skipped: 0, problems: describeProblems([p])};
  }
  return validateFeed(parsed, source, options);
}

/** Where `JSON.parse` stopped in `text`, as a line and a column (1-based). */
export function jsonErrorAt(err: unknown, text: string): {line: number; column: number} {
  const message = err instanceof Error ? err.message : String(err);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return {line: Number(lineColumn[1]), column: Number(lineColumn[2])};
  const at = /at position (\d+)/.exec(message);
  // Without a position the text ended too soon ("Unexpected end of JSON input"): its end is the place.
  const offset = at ? Number(at[1]) : text.length;
  const before = text.slice(0, offset);
  return {line: before.split('\n').length, column: before.length - before.lastIndexOf('\n')};
}
