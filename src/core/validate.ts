/**
 * Validating a feed: the checks of check.ts with every reason written out. The command line, the demo's
 * feed checker and library users call these; the elements call `checkFeed` and describe the reasons only
 * when a feed has problems (the texts live in the error chunk).
 */
import {checkFeed, type Describe, type ValidationResult} from './check.js';
import {describeIssue} from './problems.js';

export {checkFeed, MAX_DEPTH, type Describe, type ValidationResult} from './check.js';

const describeNow: Describe = (p, issue, value, suffix) => void (p.message = describeIssue(issue, value) + suffix);

/** Validates a parsed JSON feed item by item. */
export function validateFeed(input: unknown, source?: string): ValidationResult {
  return checkFeed(input, source, describeNow);
}


/** Parses JSON text and validates it. Invalid JSON is one problem, never an exception. */
export function validateFeedText(text: string, source?: string): ValidationResult {
  let parsed: unknown;
  // A byte-order mark is how many Windows editors save UTF-8: it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    return {
      feed: null,
      skipped: 0,
      problems: [
        {
          severity: 'error',
          code: 'not-object',
          path: [],
          message: `is not valid JSON (${jsonErrorText(err, json)})`,
          ...(source === undefined ? {} : {source}),
        },
      ],
    };
  }
  return validateFeed(parsed, source);
}

/** The parser's message, with the line and column added when it gives only a position. */
function jsonErrorText(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return `${message}: line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
