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

export interface RowProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  feed: FeedInput;
  added: number;
  problems: RowProblem[];
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
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v))) out = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
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

/** Adds the CSV's events to a copy of `base`. Rows with problems are reported and not added. */
export function importEvents(csv: string, base: FeedInput): ImportResult {
  const records = parseCsv(csv);
  const problems: RowProblem[] = [];
  const feed: FeedInput = structuredClone(base);
  const events = (feed.events ??= []);
  const header = records.shift();
  if (!header) return {feed, added: 0, problems: [{line: 1, message: 'the file is empty'}]};
  const columns = header.cells.map(column);
  header.cells.forEach((h, i) => {
    if (!columns[i] && h.trim()) problems.push({line: header.line, message: `column "${h.trim()}" is not one the import knows; it was not read`});
  });
  const fields = new Set(columns.map((c) => c?.field));
  for (const required of ['title', 'start']) {
    if (!fields.has(required)) return {feed, added: 0, problems: [...problems, {line: header.line, message: `the header has no "${required}" column`}]};
  }
  const lang = feed.defaultLanguage;
  const city = resolver(feed.cities ?? []);
  const category = resolver(feed.categories ?? []);
  const ids = new Set(events.map((e) => e.id));
  let added = 0;
  for (const {line, cells} of records) {
    const why: string[] = [];
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
          else why.push(`${c.field === 'start' ? 'start' : 'end'} "${value}" is not a date such as 2021, 07.2021 or 15.07.2021`);
          break;
        }
        case 'format': {
          const f = FORMATS[value.toLowerCase()];
          if (f) event['format'] = f;
          else why.push(`format "${value}" is not online, offline (очно) or hybrid (очно-заочно)`);
          break;
        }
        case 'cities':
        case 'categories': {
          const find = c.field === 'cities' ? city : category;
          const found: string[] = [];
          for (const v of list(value)) {
            const id = find(v);
            if (id) found.push(id);
            else why.push(`${c.field === 'cities' ? 'city' : 'category'} "${v}" is not in the feed`);
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
    if (!event['title']) why.push('it has no title');
    if (!event['start'] && !why.some((w) => w.startsWith('start'))) why.push('it has no start date');
    const id = (event['id'] as string | undefined) ?? `import-${line}`;
    if (ids.has(id)) why.push(`the id "${id}" is already in the feed`);
    if (why.length) {
      problems.push({line, message: `not imported: ${why.join('; ')}`});
      continue;
    }
    event['id'] = id;
    ids.add(id);
    events.push(event as never);
    added++;
  }
  return {feed, added, problems};
}
