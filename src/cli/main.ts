/**
 * The command line for feed editors.
 * - `twinning-kit validate FILE|URL... [--rich]`: prints every problem with its JSON path and reason; exits
 *   1 when there is any, 0 with a one-line summary when the feed is clean, 2 when a file cannot be read at
 *   all; then how many events will show as events in search results (`--rich`: why each other will not).
 * - `twinning-kit ics FEED... [--lang L] [--partner ID] [--year Y]`: the feeds' events as one iCalendar
 *   file on standard output; problems go to standard error, and invalid events are left out (and said).
 * - `twinning-kit import EVENTS.csv --into FEED.json`: the feed with the spreadsheet's events added, on
 *   standard output; rows it cannot read are listed by line on standard error (see import-csv.ts).
 * - `twinning-kit oembed --base URL --element E --src FEED --out DIR`: a widget's page and its static
 *   oEmbed description, so a city's site is an oEmbed provider for WordPress (see oembed.ts).
 * - `twinning-kit render FEED... --element E` / `--all --out DIR`: the widgets' content as plain HTML, for
 *   readers without JavaScript and for search engines, and a page per event and partner (see render.ts).
 */
import {readFile} from 'node:fs/promises';
import {validateFeedText, type ValidationResult} from '../core/validate.js';
import {formatPath} from '../core/paths.js';
import type {Problem} from '../core/problems.js';
import {locator, syntaxError} from './locate.js';
import {MAX_BYTES} from '../core/load.js';
import {forPartner, type ValidatedFeed} from '../core/merge.js';
import {knownToTheDay} from '../core/partial-date.js';
import {mergeFeeds} from '../core/merge-feeds.js';
import {toICalendar} from '../event-calendar/ics.js';
import {validateFeed} from '../core/validate.js';
import {importEvents} from './import-csv.js';
import {OEMBED_OPTIONS, oembed} from './oembed.js';
import {RENDER_OPTIONS, render} from './render.js';
import {richResults} from '../static/rich.js';
import {clean} from '../static/html.js';
import type {FeedInput} from '../../data-schema/schema.js';
import {uiLocaleFor, type UiLocale} from '../core/locale.js';
import {describeReason, sayIn, type Say} from '../core/reason-texts/say.js';
import {CLI_WORDS, REASON_TEXTS, languageFromEnvironment} from './languages.js';
import type {CliWords, CollectionWord, ReadFailure} from './words/types.js';

/** The language of one run: its words, its reasons and the plural and number tools. */
interface Speaker {
  words: CliWords;
  say: Say;
  line(p: Problem): string;
}

function speaker(locale: UiLocale): Speaker {
  const texts = REASON_TEXTS[locale];
  const say = sayIn(texts);
  return {
    words: CLI_WORDS[locale],
    say,
    line: (p) =>
      `${formatPath(p.path)}${p.value === undefined ? '' : ` ${p.value}`}: ${describeReason(p.reason, texts, say)}`,
  };
}

class ReadError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.id);
  }
}

async function readSource(arg: string): Promise<string> {
  if (/^https?:\/\//i.test(arg)) {
    let res: Response;
    try {
      res = await fetch(arg, {headers: {Accept: 'application/json'}, signal: AbortSignal.timeout(30_000)});
    } catch (e) {
      throw new ReadError((e as Error).name === 'TimeoutError' ? {id: 'timeout', seconds: 30} : {id: 'network'});
    }
    if (!res.ok) throw new ReadError({id: 'http', status: res.status});
    const text = await res.text();
    if (text.length > MAX_BYTES) throw new ReadError({id: 'tooLarge', mb: MAX_BYTES / 1024 / 1024});
    return text;
  }
  try {
    return await readFile(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'ENOENT'
        ? {id: 'notFound'}
        : code === 'EACCES' || code === 'EPERM'
          ? {id: 'denied'}
          : code === 'EISDIR'
            ? {id: 'folder'}
            : {id: 'other', detail: (e as Error).message},
    );
  }
}

function cannotRead(s: Speaker, file: string, e: unknown): string {
  const failure: ReadFailure =
    e instanceof ReadError ? e.failure : {id: 'other', detail: e instanceof Error ? e.message : String(e)};
  return s.words.cannotRead(file, s.words.readFailure(failure, s.say));
}

const COLLECTIONS: CollectionWord[] = ['cities', 'partnerships', 'categories', 'events', 'delegations', 'reports'];

/** "19 cities, 16 partnerships, ..." in the run's language; "not a usable feed" without a feed. */
export function summarize(result: ValidationResult, s: Speaker = speaker('en')): string {
  const f = result.feed;
  if (!f) return s.words.notUsable;
  return COLLECTIONS.map((what) => s.words.count(what, f[what].length, s.say)).join(s.words.separator);
}

export async function run(
  args: string[],
  out = console.log,
  err = console.error,
  write = (text: string) => void process.stdout.write(text),
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const [command, ...rest] = args;
  const lang = optionValue(rest, 'lang');
  // A --lang that is not a language tag at all (a typo, or worse) leaves the messages in the environment's.
  const s = speaker(lang && /^[a-z]{2,3}(-|$)/i.test(lang) ? uiLocaleFor(lang) : languageFromEnvironment(env));
  if (command === '--help' || command === '-h' || command === 'help') {
    out(s.words.usage);
    return 0;
  }
  if (command === 'ics') return ics(rest, write, err, s);
  if (command === 'import') return importCsv(rest, write, err, s);
  if (command === 'render') {
    if (rest.includes('--help') || rest.includes('-h')) return (out(s.words.render.usage), 0);
    return render({
      write,
      err,
      words: s.words,
      say: s.say,
      parsed: options(rest, RENDER_OPTIONS, s, ['all']),
      read: readSource,
      cannotRead: (file, e) => cannotRead(s, file, e),
      problems: (problems, text, file) => printProblems(problems, text, file, err, s),
      line: s.line,
    });
  }
  if (command === 'oembed') {
    if (rest.includes('--help') || rest.includes('-h')) return (out(s.words.oembed.usage), 0);
    const parsed = options(rest, OEMBED_OPTIONS, s);
    if (typeof parsed === 'string' || parsed.rest.length) {
      err(typeof parsed === 'string' ? parsed : s.words.wrongOption(parsed.rest[0]!));
      err(s.words.oembed.usage);
      return 2;
    }
    return oembed(parsed.values, s.words.oembed, out, err);
  }
  const parsed = options(rest, ['lang'], s, ['rich']);
  if (command !== 'validate' || typeof parsed === 'string' || parsed.rest.length === 0) {
    if (typeof parsed === 'string') err(parsed);
    err(s.words.usage);
    return 2;
  }
  let status = 0;
  for (const file of parsed.rest) {
    let text: string;
    try {
      text = await readSource(file);
    } catch (e) {
      err(cannotRead(s, file, e));
      status = 2;
      continue;
    }
    const result = validateFeedText(text, file);
    if (result.problems.length === 0) {
      out(s.words.valid(file, summarize(result, s)));
      printRich(result, file, lang, parsed.flags.has('rich'), out, s);
      continue;
    }
    printProblems(result.problems, text, file, err, s);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    err(
      s.words.found(
        file,
        {
          problems: result.problems.length,
          errors,
          warnings: result.problems.length - errors,
          skipped: result.skipped,
          usable: summarize(result, s),
        },
        s.say,
      ),
    );
    printRich(result, file, lang, parsed.flags.has('rich'), out, s);
    status = Math.max(status, 1);
  }
  return status;
}

/**
 * How many events will show as events in search results, and (`--rich`) each of the others with its
 * path, its title and why: known only to the month or the year, or without a place. Not a problem of the
 * feed (the widgets and the .ics show those events), so it changes no exit status.
 */
function printRich(
  result: ValidationResult,
  file: string,
  lang: string | undefined,
  each: boolean,
  out: (s: string) => void,
  s: Speaker,
): void {
  const rich = result.feed && richResults(result, file, lang || result.feed.defaultLanguage);
  if (!rich?.events) return;
  out(s.words.rich(file, rich, s.say));
  if (!each) return;
  for (const m of rich.missing) {
    // A title is the feed's text: no control character or line break reaches the terminal.
    const title = m.title === undefined ? '' : ` ${JSON.stringify(oneLine(m.title))}`;
    out(`${file}: ${formatPath(['events', m.index])}${title}: ${s.words.noRich(m.reason)}`);
  }
}

/** A feed text on one line, with no control character, at most 100 characters. */
function oneLine(text: string): string {
  const t = clean(text.replace(/\s+/g, ' '))
    .replace(/[\u0080-\u009f]/g, '')
    .trim();
  return t.length > 100 ? `${t.slice(0, 99)}…` : t;
}

/**
 * One line per problem, `error FILE:LINE:COLUMN: $.json.path "value": reason`, the shape editors and CI
 * annotations jump from. The position is the value's (or, for a missing field, its object's).
 */
function printProblems(
  problems: readonly Problem[],
  text: string,
  file: string,
  err: (s: string) => void,
  s: Speaker,
): void {
  const notJson = problems.some((p) => p.reason.id === 'json');
  const syntax = notJson ? syntaxError(text) : undefined;
  const find = notJson ? undefined : locator(text);
  // In the order of the text, as an editor goes through them (the validator's order is by rule).
  const placed = problems.map((p) => ({p, pos: syntax && p.path.length === 0 ? syntax.position : find?.(p.path)}));
  placed.sort((a, b) => (a.pos?.offset ?? -1) - (b.pos?.offset ?? -1));
  for (const {p, pos} of placed) {
    // The parser and the locator may disagree by a character on a syntax error: the line printed says one place.
    if (p.reason.id === 'json' && pos) p.reason = {...p.reason, line: pos.line, column: pos.column};
    const where = `${p.source ?? file}${pos ? `:${pos.line}:${pos.column}` : ''}`;
    err(`${p.severity === 'error' ? s.words.error : s.words.warning} ${where}: ${s.line(p)}`);
  }
}

/** The value of `--name value` or `--name=value`, if given. */
function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i]!.startsWith(`--${name}=`)) return args[i]!.slice(name.length + 3);
  }
  return undefined;
}

/** Reads `--name value` options (and `--flag` switches) out of the arguments; the rest are files. */
function options(
  args: string[],
  names: readonly string[],
  s: Speaker,
  flags: readonly string[] = [],
): {values: Record<string, string>; flags: Set<string>; rest: string[]} | string {
  const values: Record<string, string> = {};
  const on = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    if (flags.includes(a.slice(2))) {
      on.add(a.slice(2));
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (!names.includes(name) || value === undefined || value === '') return s.words.wrongOption(a);
    values[name] = value;
  }
  return {values, flags: on, rest};
}

async function ics(args: string[], write: (s: string) => void, err: (s: string) => void, s: Speaker): Promise<number> {
  const parsed = options(args, ['lang', 'partner', 'year'], s, ['precise-only']);
  if (
    typeof parsed === 'string' ||
    parsed.rest.length === 0 ||
    (parsed.values['year'] && !/^\d{4}$/.test(parsed.values['year']))
  ) {
    if (typeof parsed === 'string') err(parsed);
    err(s.words.usage);
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
      err(cannotRead(s, file, e));
      return 2;
    }
    const result = validateFeedText(text, file);
    printProblems(result.problems, text, file, err, s);
    if (result.problems.length) status = 1;
    if (!result.feed) {
      err(`${file}: ${s.words.notUsable}`);
      return 2;
    }
    feeds.push({
      source: file,
      feed: result.feed,
      problems: result.problems,
      skipped: result.skipped,
      origin: result.origin,
    });
  }
  const merged = mergeFeeds(feeds);
  for (const p of merged.problems.slice(feeds.reduce((n, f) => n + f.problems.length, 0))) {
    err(`${s.words.warning} ${p.source ?? ''}: ${s.line(p)}`);
  }
  if (values['partner'] && !merged.cityById.has(values['partner'])) {
    err(s.words.noSuchPartner(values['partner']));
    return 2;
  }
  const data = forPartner(merged, values['partner']);
  const inYear = values['year'] ? data.events.filter((e) => e.startDate.year === Number(values['year'])) : data.events;
  const preciseOnly = parsed.flags.has('precise-only');
  const events = preciseOnly ? inYear.filter((e) => knownToTheDay(e.startDate)) : inYear;
  write(toICalendar(events, data, {locale: values['lang'] ?? data.defaultLanguage}));
  err(s.words.written(events.length, merged.skipped, inYear.length - events.length, s.say));
  return status;
}

async function importCsv(
  args: string[],
  write: (s: string) => void,
  err: (s: string) => void,
  s: Speaker,
): Promise<number> {
  const parsed = options(args, ['into', 'lang'], s);
  if (typeof parsed === 'string' || parsed.rest.length !== 1 || !parsed.values['into']) {
    if (typeof parsed === 'string') err(parsed);
    err(s.words.usage);
    return 2;
  }
  const [csvFile] = parsed.rest as [string];
  const into = parsed.values['into'];
  let csv: string;
  try {
    csv = await readSource(csvFile);
  } catch (e) {
    err(cannotRead(s, csvFile, e));
    return 2;
  }
  let baseText: string;
  try {
    baseText = await readSource(into);
  } catch (e) {
    err(cannotRead(s, into, e));
    return 2;
  }
  const baseCheck = validateFeedText(baseText, into);
  if (!baseCheck.feed) {
    printProblems(baseCheck.problems, baseText, into, err, s);
    err(s.words.notUsableToImportInto(into));
    return 2;
  }
  const base = JSON.parse(baseText.replace(/^\uFEFF/, '')) as FeedInput;
  const result = importEvents(csv, base);
  for (const p of result.problems)
    err(
      `${csvFile}:${p.line}: ${s.words.rowNotImported(
        p.reasons.map((r) => s.words.rowReason(r)),
        s.say,
      )}`,
    );
  for (const k of result.known) err(`${csvFile}:${k.line}: ${s.words.rowKnown(k.id)}`);
  // What is written is checked like any feed: a row with, say, a bad link is reported here.
  const check = validateFeed(result.feed, 'output');
  const before = new Set(baseCheck.problems.map((q) => s.line(q)));
  const fresh = check.problems.filter((p) => !before.has(s.line(p)));
  for (const p of fresh) err(`${p.severity === 'error' ? s.words.error : s.words.warning} output: ${s.line(p)}`);
  write(`${JSON.stringify(result.feed, null, 2)}\n`);
  const refused = result.problems.filter((p) => p.reasons.every((r) => r.id !== 'unknownColumn')).length;
  err(s.words.imported({added: result.added, known: result.known.length, refused}, s.say));
  return result.problems.length || fresh.length ? 1 : 0;
}
