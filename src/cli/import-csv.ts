/**
 * `twinning-kit import events.csv --into feed.json`: events from a spreadsheet export into a feed.
 *
 * Columns (the header row names them, in English or Russian, in any order; only the first three are
 * required): `id`, `title` / «Название», `start` / «Начало» / «Дата», `end` / «Окончание», `format` /
 * «Формат», `categories` / «Категории», `cities` / «Города», `place` / «Место», `description` /
 * «Описание», `url` / «Ссылка». A language suffix gives a text in that language: `title_en`,
 * `Название (ja)`. Without one, texts are in the feed's default language.
 *
 * Dates as offices write them: `2021`, `07.2021`, `15.07.2021`, `2021-07`, `2021-07-15`. Formats:
 * online / онлайн, offline / очно / in person, hybrid / смешанный / очно-заочный. Cities and categories
 * by id or by any of their names in the feed. Lists are separated by commas or semicolons.
 *
 * A row that cannot be read is reported with its line number and reason, never dropped silently.
 */
import type {FeedInput} from '../../data-schema/schema.js';
import {allTexts} from '../core/localized-text.js';
import type {RowReason} from './words/types.js';

export interface RowProblem {
  line: number;
  /** Why the row (or the header) was not read; several reasons for one row. */
  reasons: RowReason[];
}

/** A row whose event the feed has already: imported on an earlier run, or written by hand. */
export interface RowKnown {
  line: number;
  id: string;
}

export interface ImportResult {
  feed: FeedInput;
  added: number;
  problems: RowProblem[];
  known: RowKnown[];
}

/** RFC 4180 records; the delimiter is `;` (Excel in many locales) or `,`, whichever the header uses more. */
export function parseCsv(text: string): Array<{line: number; cells: string[]}> {
  const source = text.replace(/^\uFEFF/, '');
  const header = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: Array<{line: number; cells: string[]}> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({line: start, cells});
      cells = [];
      cell = '';
      start = ++line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) records.push({line: start, cells: [...cells, cell]});
  return records.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

const COLUMNS: Record<string, string> = {
  id: 'id',
  title: 'title',
  название: 'title',
  start: 'start',
  date: 'start',
  начало: 'start',
  дата: 'start',
  'дата начала': 'start',
  end: 'end',
  окончание: 'end',
  'дата окончания': 'end',
  format: 'format',
  формат: 'format',
  categories: 'categories',
  category: 'categories',
  категории: 'categories',
  категория: 'categories',
  cities: 'cities',
  города: 'cities',
  город: 'cities',
  place: 'place',
  место: 'place',
  description: 'description',
  описание: 'description',
  url: 'url',
  link: 'url',
  ссылка: 'url',
};
const TEXTS = new Set(['title', 'place', 'description']);

/** `title`, `title_en`, `Название (ja)`, `Title [zh-Hans]` → the field and the language, if any. */
function column(header: string): {field: string; lang?: string} | undefined {
  const whole = COLUMNS[header.trim().toLowerCase()];
  if (whole) return {field: whole};
  const m = /^(.+?)\s*[_([]\s*([a-z]{2,3}(?:-[a-z]{2,8})?)\s*[)\]]?$/i.exec(header.trim());
  const field = m ? COLUMNS[m[1]!.toLowerCase()] : undefined;
  if (!field || !TEXTS.has(field)) return undefined;
  try {
    return {field, lang: Intl.getCanonicalLocales(m![2]!)[0]!};
  } catch {
    return undefined;
  }
}

/** `2021`, `07.2021`, `15.07.2021`, `2021-07`, `2021-07-15` → the feed's partial date, or undefined. */
export function parseDate(value: string): string | undefined {
  const v = value.trim();
  let m: RegExpExecArray | null;
  let out: string | undefined;
  if ((m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v))) out = v;
  else if ((m = /^(\d{1,2})\.(\d{4})$/.exec(v))) out = `${m[2]}-${m[1]!.padStart(2, '0')}`;
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v)))
    out = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!out) return undefined;
  const [y, mo, d] = out.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, mo!, 0)).getUTCDate())) return undefined;
  return out;
}

const FORMATS: Record<string, 'online' | 'offline' | 'hybrid'> = {
  online: 'online',
  онлайн: 'online',
  дистанционно: 'online',
  заочно: 'online',
  offline: 'offline',
  'in person': 'offline',
  очно: 'offline',
  hybrid: 'hybrid',
  смешанный: 'hybrid',
  гибридный: 'hybrid',
  'очно-заочно': 'hybrid',
  'очно-заочный': 'hybrid',
};

const list = (value: string) =>
  value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Turns a name or id into an id, through every name the feed gives the thing. */
function resolver(items: ReadonlyArray<{id: string; name: unknown}>): (value: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const item of items) {
    byKey.set(item.id.toLowerCase(), item.id);
    for (const n of allTexts(item.name as never)) byKey.set(n.trim().toLowerCase(), item.id);
  }
  return (value) => byKey.get(value.trim().toLowerCase());
}

const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** FNV-1a, 32 bits, in base 36: a short, stable digest of a text. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const normalized = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * An event's id from what identifies it, its start and its title, never from where the row stands: the
 * same row gives the same id on every run. `2021-07-festival-novye-imena-3k9x2a` (the readable part in
 * Latin letters, the digest of the whole title so that two titles alike in Latin letters differ).
 */
export function contentId(start: string, title: string): string {
  const words = normalized(title)
    .replace(/[а-яё]/g, (c) => LATIN[c] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return [start, words, digest(normalized(title))].filter(Boolean).join('-');
}

/** The texts of a title that identify an event with it (any language, case and spacing aside). */
const titleKeys = (title: unknown) => new Set(allTexts(title as never).map(normalized));

/** Adds the CSV's events to a copy of `base`. Rows with problems are reported and not added. */
export function importEvents(csv: string, base: FeedInput): ImportResult {
  const records = parseCsv(csv);
  const problems: RowProblem[] = [];
  const known: RowKnown[] = [];
  const feed: FeedInput = structuredClone(base);
  const events = (feed.events ??= []);
  const header = records.shift();
  if (!header) return {feed, added: 0, problems: [{line: 1, reasons: [{id: 'emptyFile'}]}], known};
  const columns = header.cells.map(column);
  header.cells.forEach((h, i) => {
    if (!columns[i] && h.trim()) problems.push({line: header.line, reasons: [{id: 'unknownColumn', name: h.trim()}]});
  });
  const fields = new Set(columns.map((c) => c?.field));
  for (const required of ['title', 'start'] as const) {
    if (!fields.has(required))
      return {
        feed,
        added: 0,
        problems: [...problems, {line: header.line, reasons: [{id: 'missingColumn', name: required}]}],
        known,
      };
  }
  const lang = feed.defaultLanguage;
  const city = resolver(feed.cities ?? []);
  const category = resolver(feed.categories ?? []);
  const byId = new Map(events.map((e) => [e.id, e]));
  /** The feed's events by start and title (any language): a row that names one of them is that event. */
  const sameEvent = (start: string, title: unknown) => {
    const keys = titleKeys(title);
    return events.find((e) => e.start === start && [...titleKeys(e.title)].some((k) => keys.has(k)));
  };
  const lineOf = new Map<string, number>();
  let added = 0;
  for (const {line, cells} of records) {
    const why: RowReason[] = [];
    const event: Record<string, unknown> = {};
    const text = (field: string, value: string, l = lang) => {
      const current = (event[field] ??= {}) as Record<string, string>;
      current[l] = value;
    };
    cells.forEach((raw, i) => {
      const c = columns[i];
      const value = raw.trim();
      if (!c || value === '') return;
      switch (c.field) {
        case 'start':
        case 'end': {
          const d = parseDate(value);
          if (d) event[c.field] = d;
          else why.push({id: 'badDate', field: c.field, value});
          break;
        }
        case 'format': {
          const f = FORMATS[value.toLowerCase()];
          if (f) event['format'] = f;
          else why.push({id: 'badFormat', value});
          break;
        }
        case 'cities':
        case 'categories': {
          const find = c.field === 'cities' ? city : category;
          const found: string[] = [];
          for (const v of list(value)) {
            const id = find(v);
            if (id) found.push(id);
            else why.push({id: c.field === 'cities' ? 'unknownCity' : 'unknownCategory', value: v});
          }
          event[c.field] = found;
          break;
        }
        case 'id':
        case 'url':
          event[c.field] = value;
          break;
        default:
          text(c.field, value, c.lang);
      }
    });
    if (!event['title']) why.push({id: 'noTitle'});
    if (!event['start'] && !why.some((w) => w.id === 'badDate' && w.field === 'start')) why.push({id: 'noStart'});
    if (why.length) {
      problems.push({line, reasons: why});
      continue;
    }
    const start = event['start'] as string;
    const title = event['title'] as Record<string, string>;
    const id = (event['id'] as string | undefined) ?? contentId(start, title[lang] ?? Object.values(title)[0]!);
    const earlier = lineOf.get(id);
    if (earlier !== undefined) {
      problems.push({line, reasons: [{id: 'repeatedRow', line: earlier}]});
      continue;
    }
    lineOf.set(id, line);
    const existing = byId.get(id) ?? sameEvent(start, title);
    if (existing) {
      // The same start and title is the same event: recognised, not added twice. An id given in the
      // row for another event is a conflict the editor must resolve.
      if (existing.start === start && [...titleKeys(existing.title)].some((k) => titleKeys(title).has(k))) {
        known.push({line, id: existing.id});
      } else {
        problems.push({line, reasons: [{id: 'idTaken', value: id}]});
      }
      continue;
    }
    event['id'] = id;
    byId.set(id, event as never);
    events.push(event as never);
    added++;
  }
  return {feed, added, problems, known};
}
