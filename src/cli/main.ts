/**
 * The command line for feed editors.
 * - `twinning-kit validate FILE|URL...`: prints every problem with its JSON path and reason; exits 1 when
 *   there is any, 0 with a one-line summary when the feed is clean, 2 when a file cannot be read at all.
 * - `twinning-kit ics FEED... [--lang L] [--partner ID] [--year Y]`: the feeds' events as one iCalendar
 *   file on standard output; problems go to standard error, and invalid events are left out (and said).
 * - `twinning-kit import EVENTS.csv --into FEED.json`: the feed with the spreadsheet's events added, on
 *   standard output; rows it cannot read are listed by line on standard error (see import-csv.ts).
 */
import {readFile} from 'node:fs/promises';
import {validateFeedText, type ValidationResult} from '../core/validate.js';
import {formatPath, formatProblem} from '../core/paths.js';
import type {Problem} from '../core/problems.js';
import {locator, syntaxError} from './locate.js';
import {MAX_BYTES} from '../core/load.js';
import {forPartner, type ValidatedFeed} from '../core/merge.js';
import {mergeFeeds} from '../core/merge-several.js';
import {toICalendar} from '../event-calendar/ics.js';
import {validateFeed} from '../core/validate.js';
import {importEvents} from './import-csv.js';
import type {FeedInput} from '../../data-schema/schema.js';

const USAGE = `Usage: twinning-kit validate FILE|URL [FILE|URL...]
       twinning-kit ics FILE|URL [FILE|URL...] [--lang L] [--partner ID] [--year YYYY] > events.ics

validate  Checks Twinning Kit feeds against the feed schema (version 1). Prints
          every problem with its JSON path and reason.
          Exit status: 0 when every feed is valid, 1 when any problem was found,
          2 when a feed could not be read.
ics       Writes the events of the feeds (merged in order) as one iCalendar file
          (RFC 5545) to standard output, texts in --lang (default: the first
          feed's language), only those with --partner or in --year if given.
          Problems go to standard error; invalid events are left out.
          Exit status: 0 when written, 1 when written but problems were found,
          2 when a feed could not be read or an option is wrong.
import    Adds the events of a spreadsheet export (CSV, comma or semicolon) to a
          feed and writes the result to standard output:
            twinning-kit import events.csv --into feed.json > new-feed.json
          Header row (English or Russian, any order): title/Название, start/Начало,
          end/Окончание, format/Формат, categories/Категории, cities/Города,
          place/Место, description/Описание, url/Ссылка, id; title_en or
          "Название (ja)" for a text in another language. Dates: 2021, 07.2021,
          15.07.2021 or 2021-07-15. Cities and categories by id or by name.
          Rows it cannot read are listed by line on standard error, not added.
          Exit status: 0 when every row was added, 1 when some were not,
          2 when a file could not be read or an option is wrong.`;

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

export async function run(
  args: string[],
  out = console.log,
  err = console.error,
  write = (text: string) => void process.stdout.write(text),
): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command === 'ics') return ics(files, write, err);
  if (command === 'import') return importCsv(files, write, err);
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
    printProblems(result.problems, text, file, err);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    err(
      `${file}: ${result.problems.length} problem(s) (${errors} error(s), ${result.problems.length - errors} warning(s)); ${result.skipped} item(s) skipped; usable: ${summarize(result)}`,
    );
    status = Math.max(status, 1);
  }
  return status;
}

/**
 * One line per problem, `error FILE:LINE:COLUMN: $.json.path: reason`, the shape editors and CI
 * annotations jump from. The position is the value's (or, for a missing field, its object's).
 */
function printProblems(problems: readonly Problem[], text: string, file: string, err: (s: string) => void): void {
  const notJson = problems.some((p) => p.path.length === 0 && p.message.startsWith('is not valid JSON'));
  const syntax = notJson ? syntaxError(text) : undefined;
  const find = notJson ? undefined : locator(text);
  for (const p of problems) {
    const pos = syntax && p.path.length === 0 ? syntax.position : find?.(p.path);
    const where = `${p.source ?? file}${pos ? `:${pos.line}:${pos.column}` : ''}`;
    err(`${p.severity} ${where}: ${formatPath(p.path)}: ${p.message}`);
  }
}

/** Reads `--name value` options out of the arguments; the rest are feeds. */
function options(args: string[], names: readonly string[]): {values: Record<string, string>; rest: string[]} | string {
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (!names.includes(name) || value === undefined || value === '') return `unknown or empty option ${a}`;
    values[name] = value;
  }
  return {values, rest};
}

async function ics(args: string[], write: (s: string) => void, err: (s: string) => void): Promise<number> {
  const parsed = options(args, ['lang', 'partner', 'year']);
  if (typeof parsed === 'string' || parsed.rest.length === 0 || (parsed.values['year'] && !/^\d{4}$/.test(parsed.values['year']))) {
    if (typeof parsed === 'string') err(parsed);
    err(USAGE);
    return 2;
  }
  const {values, rest} = parsed;
  const feeds: ValidatedFeed[] = [];
  let status = 0;
  for (const file of rest) {
    let text: string;
    try {
      text = await readSource(file);
    } catch (e) {
      err(`${file}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const result = validateFeedText(text, file);
    printProblems(result.problems, text, file, err);
    if (result.problems.length) status = 1;
    if (!result.feed) {
      err(`${file}: not a usable feed`);
      return 2;
    }
    feeds.push({source: file, feed: result.feed, problems: result.problems, skipped: result.skipped});
  }
  const merged = mergeFeeds(feeds);
  if (values['partner'] && !merged.cityById.has(values['partner'])) {
    err(`--partner ${values['partner']}: no such city in the feeds`);
    return 2;
  }
  const data = forPartner(merged, values['partner']);
  const events = values['year'] ? data.events.filter((e) => e.startDate.year === Number(values['year'])) : data.events;
  write(toICalendar(events, data, {locale: values['lang'] ?? data.defaultLanguage}));
  err(`${events.length} event(s) written${merged.skipped ? `; ${merged.skipped} invalid item(s) left out` : ''}`);
  return status;
}

async function importCsv(args: string[], write: (s: string) => void, err: (s: string) => void): Promise<number> {
  const parsed = options(args, ['into']);
  if (typeof parsed === 'string' || parsed.rest.length !== 1 || !parsed.values['into']) {
    if (typeof parsed === 'string') err(parsed);
    err(USAGE);
    return 2;
  }
  const [csvFile] = parsed.rest as [string];
  const into = parsed.values['into'];
  let csv: string;
  let base: FeedInput;
  try {
    csv = await readSource(csvFile);
    base = JSON.parse(await readSource(into)) as FeedInput;
  } catch (e) {
    err(`cannot read: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const baseCheck = validateFeed(base, into);
  if (!baseCheck.feed) {
    for (const p of baseCheck.problems) err(`error ${formatProblem(p)}`);
    err(`${into}: not a usable feed to import into`);
    return 2;
  }
  const result = importEvents(csv, base);
  for (const p of result.problems) err(`${csvFile}:${p.line}: ${p.message}`);
  // What is written is checked like any feed: a row with, say, a bad link is reported here.
  const check = validateFeed(result.feed, 'output');
  const fresh = check.problems.filter((p) => !baseCheck.problems.some((q) => formatProblem(q).replace(into, 'output') === formatProblem(p)));
  for (const p of fresh) err(`${p.severity === 'error' ? 'error' : 'warning'} ${formatProblem(p)}`);
  write(`${JSON.stringify(result.feed, null, 2)}\n`);
  err(`${result.added} event(s) added; ${result.problems.filter((p) => p.message.startsWith('not imported')).length} row(s) not imported`);
  return result.problems.length || fresh.length ? 1 : 0;
}
