/**
 * `twinning-kit validate FILE|URL...`: prints every problem with its JSON path and reason; exits 1 when
 * there is any, 0 with a one-line summary when the feed is clean, 2 when a file cannot be read at all.
 */
import {readFile} from 'node:fs/promises';
import {validateFeedText, type ValidationResult} from '../core/validate.js';
import {formatProblem} from '../core/paths.js';
import {MAX_BYTES} from '../core/load.js';

const USAGE = `Usage: twinning-kit validate FILE|URL [FILE|URL...]

Checks Twinning Kit feeds against the feed schema (version 1). Prints every
problem with its JSON path and reason.

Exit status: 0 when every feed is valid, 1 when any problem was found,
2 when a feed could not be read.`;

async function readSource(arg: string): Promise<string> {
  if (/^https?:\/\//i.test(arg)) {
    const res = await fetch(arg, {headers: {Accept: 'application/json'}, signal: AbortSignal.timeout(30_000)});
    if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
    const text = await res.text();
    if (text.length > MAX_BYTES) throw new Error('the feed is larger than 32 MB');
    return text;
  }
  return readFile(arg, 'utf8');
}

export function summarize(result: ValidationResult): string {
  const f = result.feed;
  if (!f) return 'not a usable feed';
  const parts: Array<[number, string]> = [
    [f.cities.length, 'cities'],
    [f.partnerships.length, 'partnerships'],
    [f.categories.length, 'categories'],
    [f.events.length, 'events'],
    [f.delegations.length, 'delegations'],
    [f.reports.length, 'reports'],
  ];
  return parts.map(([n, what]) => `${n} ${what}`).join(', ');
}

export async function run(args: string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command !== 'validate' || files.length === 0) {
    err(USAGE);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readSource(file);
    } catch (e) {
      err(`${file}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
      status = 2;
      continue;
    }
    const result = validateFeedText(text, file);
    if (result.problems.length === 0) {
      out(`${file}: valid: ${summarize(result)}`);
      continue;
    }
    for (const p of result.problems) err(`${p.severity === 'error' ? 'error' : 'warning'} ${formatProblem(p)}`);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    err(
      `${file}: ${result.problems.length} problem(s) (${errors} error(s), ${result.problems.length - errors} warning(s)); ${result.skipped} item(s) skipped; usable: ${summarize(result)}`,
    );
    status = Math.max(status, 1);
  }
  return status;
}
