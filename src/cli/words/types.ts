/** The command line's words: one table per language (en.ts, ru.ts...), the type making each complete. */
import type {Say} from '../../core/reason-texts/say.js';
import type {PageWords} from '../../static/pages.js';

export type CollectionWord = 'cities' | 'partnerships' | 'categories' | 'events' | 'delegations' | 'reports';

/** Why a file or an address could not be read. */
export type ReadFailure =
  | {id: 'notFound'}
  | {id: 'denied'}
  | {id: 'folder'}
  | {id: 'http'; status: number}
  | {id: 'tooLarge'; mb: number}
  | {id: 'timeout'; seconds: number}
  | {id: 'network'}
  | {id: 'other'; detail: string};

/** Why a spreadsheet row (or the header) was not imported. */
export type RowReason =
  | {id: 'emptyFile'}
  | {id: 'unknownColumn'; name: string}
  | {id: 'missingColumn'; name: 'title' | 'start'}
  | {id: 'badDate'; field: 'start' | 'end'; value: string}
  | {id: 'badFormat'; value: string}
  | {id: 'unknownCity'; value: string}
  | {id: 'unknownCategory'; value: string}
  | {id: 'noTitle'}
  | {id: 'noStart'}
  | {id: 'idTaken'; value: string}
  | {id: 'repeatedRow'; line: number};

export interface CliWords {
  /** The BCP 47 tag of the table's language. */
  lang: string;
  usage: string;
  /** After a feed's problems: `FILE: 4 of 9 events will show as events in search results`. */
  rich(file: string, p: {rich: number; events: number}, say: Say): string;
  /** Why an event will not show as an event in search results (`validate --rich`). */
  noRich(reason: 'month' | 'year' | 'place'): string;
  /** Between the counts of a summary: ", " or "、". */
  separator: string;
  count(what: CollectionWord, n: number, say: Say): string;
  /** `FILE: valid: 19 cities, ...`. */
  valid(file: string, counts: string): string;
  notUsable: string;
  cannotRead(file: string, why: string): string;
  readFailure(r: ReadFailure, say: Say): string;
  error: string;
  warning: string;
  /** The last line of a feed with problems. */
  found(
    file: string,
    p: {problems: number; errors: number; warnings: number; skipped: number; usable: string},
    say: Say,
  ): string;
  wrongOption(option: string): string;
  noSuchPartner(id: string): string;
  written(events: number, left: number, imprecise: number, say: Say): string;
  notUsableToImportInto(file: string): string;
  rowNotImported(reasons: string[], say: Say): string;
  rowReason(r: RowReason): string;
  /** A row whose event is in the feed already (imported before, or written by hand). */
  rowKnown(id: string): string;
  imported(p: {added: number; known: number; refused: number}, say: Say): string;
  oembed: OembedWords;
  render: RenderWords;
}

/** `twinning-kit oembed`: what it says of its options and of what it wrote. */
export interface OembedWords {
  /** The command's own help (`twinning-kit oembed --help`). */
  usage: string;
  /** A required option is missing. */
  missing(option: string): string;
  /** `--base` or `--kit` is not an http(s) address of a folder. */
  notHttp(option: string, value: string): string;
  badSrc(value: string): string;
  badElement(value: string): string;
  /** `--lang`, `--partner`, `--view`, `--theme`, `--title`, `--name`: a value it cannot take. */
  badValue(option: string, value: string, allowed: string): string;
  cannotWrite(path: string, why: string): string;
  /** What was written, where the kit must be, and the address to paste. */
  written(p: {files: string[]; paste: string; kit: string}): string;
}

/** `twinning-kit render`: its help, its option errors and what it wrote; the words of the `--all` pages. */
export interface RenderWords extends PageWords {
  /** The command's own help (`twinning-kit render --help`), also after the general usage. */
  usage: string;
  /** `--element` without `--all`, or `--out` with it, is missing. */
  missing(option: string): string;
  /** An option that does not go with another (`--out` without `--all`, `--element` with it). */
  notWith(option: string, other: string): string;
  /** What `--all` wrote. */
  written(files: number, dir: string, say: Say): string;
}
