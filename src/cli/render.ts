/**
 * `twinning-kit render FEED... --element E`: one widget's pre-rendered content (src/static/) on standard
 * output; `--all --out DIR`: every widget in every language, a page per event and per partner city, an
 * index and the stylesheet. The feeds are read, checked and merged once; problems go to standard error as
 * `ics` says them, and the exit status is `ics`'s: 0 written, 1 written with problems, 2 not written.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {validateFeedText} from '../core/validate.js';
import {mergeFeeds} from '../core/merge-feeds.js';
import {forPartner, type TwinData, type ValidatedFeed} from '../core/merge.js';
import type {Problem} from '../core/problems.js';
import {UI_LOCALES, uiLocaleFor} from '../core/locale.js';
import {CLI_WORDS} from './languages.js';
import type {Say} from '../core/reason-texts/say.js';
import {STATIC_ELEMENTS, renderStatic, type StaticElement, type StaticOptions} from '../static/render.js';
import {CSS_FILE, Site, eventPage, indexPage, partnerPage, partnersOf} from '../static/pages.js';
import {folderUrl, validLang} from './oembed.js';
import type {CliWords} from './words/types.js';

export const RENDER_OPTIONS = ['element', 'lang', 'partner', 'view', 'year', 'heading-level', 'out', 'base'];
const VIEWS = ['list', 'month', 'year'];

/** What the command needs of main.ts: its streams, words and the readers it shares with `ics`. */
export interface RenderIo {
  write(text: string): void;
  err(line: string): void;
  words: CliWords;
  say: Say;
  /** The options parsed (`--all` a switch), or the message of a wrong one. */
  parsed: {values: Record<string, string>; flags: Set<string>; rest: string[]} | string;
  read(file: string): Promise<string>;
  cannotRead(file: string, e: unknown): string;
  problems(problems: readonly Problem[], text: string, file: string): void;
  line(p: Problem): string;
}

/** The stylesheet: beside the built CLI (dist/twinning-kit-static.css), or its source in a checkout. */
async function stylesheet(): Promise<string> {
  // Addresses from variables: Vite would take `new URL('./literal', import.meta.url)` for an asset of its own.
  const here = import.meta.url;
  const [built, source] = [`./${CSS_FILE}`, '../static/static.css'];
  try {
    return await readFile(new URL(built, here), 'utf8');
  } catch {
    return readFile(new URL(source, here), 'utf8');
  }
}

export async function render(io: RenderIo): Promise<number> {
  const w = io.words.render;
  const bad = io.words.oembed.badValue;
  const fail = (message?: string) => {
    if (message) io.err(message);
    io.err(w.usage);
    return 2;
  };
  if (typeof io.parsed === 'string') return fail(io.parsed);
  const {values: v, flags, rest} = io.parsed;
  if (!rest.length) return fail();
  const all = flags.has('all');
  const element = v['element'] as StaticElement | undefined;
  if (all && element) return fail(w.notWith('--element', '--all'));
  if (all && !v['out']) return fail(w.missing('--out'));
  if (!all && !element) return fail(w.missing('--element'));
  for (const o of ['out', 'base']) if (!all && v[o]) return fail(w.notWith(`--${o}`, '--element'));
  if (element && !STATIC_ELEMENTS.includes(element)) return fail(bad('--element', element, STATIC_ELEMENTS.join(', ')));
  const langs = all ? (v['lang']?.split(',') ?? [...UI_LOCALES]) : v['lang'] ? [v['lang']] : [];
  for (const l of langs) if (!validLang(l)) return fail(bad('--lang', l, UI_LOCALES.join(', ')));
  if (v['view'] && !VIEWS.includes(v['view'])) return fail(bad('--view', v['view'], VIEWS.join(', ')));
  if (v['year'] && !/^\d{4}$/.test(v['year'])) return fail(bad('--year', v['year'], 'YYYY'));
  const level = v['heading-level'];
  if (level && !/^[1-6]$/.test(level)) return fail(bad('--heading-level', level, '1–6'));
  const base = v['base'] ? folderUrl(v['base']) : undefined;
  if (v['base'] && !base) return fail(io.words.oembed.notHttp('--base', v['base']));

  const feeds: ValidatedFeed[] = [];
  let status = 0;
  for (const file of rest) {
    let text: string;
    try {
      text = await io.read(file);
    } catch (e) {
      io.err(io.cannotRead(file, e));
      return 2;
    }
    const result = validateFeedText(text, file);
    if (result.problems.length) io.problems(result.problems, text, file);
    if (result.problems.length) status = 1;
    if (!result.feed) {
      io.err(`${file}: ${io.words.notUsable}`);
      return 2;
    }
    const {feed, problems, skipped, origin} = result;
    feeds.push({source: file, feed, problems, skipped, origin});
  }
  const data = mergeFeeds(feeds);
  for (const p of data.problems.slice(feeds.reduce((n, f) => n + f.problems.length, 0))) {
    io.err(`${io.words.warning} ${p.source ?? ''}: ${io.line(p)}`);
  }
  const partner = v['partner'];
  if (partner && !data.cityById.has(partner)) {
    io.err(io.words.noSuchPartner(partner));
    return 2;
  }
  const options: Omit<StaticOptions, 'element'> = {
    partner,
    view: v['view'] as StaticOptions['view'],
    year: v['year'] ? Number(v['year']) : undefined,
    headingLevel: level ? Number(level) : undefined,
  };
  if (!all) {
    io.write(`${await renderStatic(data, {...options, element: element!, lang: langs[0]})}\n`);
    return status;
  }
  const out = v['out']!;
  // Each file written as soon as it is made (one after the other: thousands of small files go faster so
  // than through promises, or through a thread of their own on a machine with two cores), so the folder's
  // megabytes are never all held at once.
  const written = new Set<string>();
  const made = new Set<string>();
  let failed: Error | undefined;
  const emit = (file: string, text: string) => {
    const path = join(out, file);
    try {
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, {recursive: true});
        made.add(dir);
      }
      writeFileSync(path, text);
    } catch (e) {
      throw (failed = e as Error);
    }
    written.add(file);
  };
  try {
    await folder(data, langs, options, base, emit);
  } catch (e) {
    if (!failed || e !== failed) throw e;
    io.err(io.words.oembed.cannotWrite(out, failed.message));
    return 2;
  }
  io.err(w.written(written.size, out, io.say));
  return status;
}

/** Every file of `--all`, given to `emit` with its path under the folder as soon as it is made. */
async function folder(
  data: TwinData,
  langs: readonly string[],
  options: Omit<StaticOptions, 'element'>,
  base: string | undefined,
  emit: (path: string, text: string) => void,
): Promise<void> {
  const site = new Site(langs, base);
  const partners = partnersOf(data);
  const ids = new Set(partners.map((p) => p.city.id));
  const events = forPartner(data, options.partner).events;
  const pageWords = (lang: string) => CLI_WORDS[uiLocaleFor(lang)].render;
  for (const lang of langs) {
    const pw = pageWords(lang);
    for (const element of STATIC_ELEMENTS) {
      const html = await renderStatic(data, {...options, element, lang, ...site.options(lang, 1, ids)});
      emit(`${lang}/${element}.html`, `${html}\n`);
    }
    for (const e of events) emit(site.eventPath(lang, e), await eventPage(data, e, lang, site, pw, ids));
    for (const p of partners) emit(site.partnerPath(lang, p.city.id), await partnerPage(data, p, lang, site, pw, ids));
  }
  emit('index.html', await indexPage(data, site, pageWords, partners));
  emit(CSS_FILE, await stylesheet());
}
