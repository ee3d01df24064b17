/**
 * The pages of `twinning-kit render --all`: a permalink page per event and per partner city (a crawler
 * indexes them, a widget links to them), and the index that links every snippet and page. Each page is
 * a whole document with the kit's static stylesheet, in one language, built with html.ts as the snippets.
 */
import type {EventItem, TwinData} from '../core/merge.js';
import type {City} from '../../data-schema/schema.js';
import {inLocale} from '../core/i18n.js';
import {resolveText} from '../core/localized-text.js';
import {bracketed, countryName} from '../core/format.js';
import {formatPartialDate} from '../core/partial-date.js';
import {dateNotKnown} from '../core/date-display.js';
import {buildPartners, type Partner} from '../partner-map/model.js';
import {columnLabel, relationLabel, statusLabel} from '../partner-map/labels.js';
import {jsonLdScript, pageLink, placeName, renderEvent, say} from './calendar.js';
import {Html, attr, h, heading, text} from './html.js';
import {STATIC_ELEMENTS, renderStatic, staticContext, type StaticElement, type StaticOptions} from './render.js';

/** The words of the pages that the elements do not say (the command line's, in five languages). */
export interface PageWords {
  /** The index's title. */
  index: string;
  elements: Record<StaticElement, string>;
  events: string;
  partners: string;
  /** The link from a page to the index. */
  allPages: string;
}

/**
 * A file name for an id (`[A-Za-z0-9][A-Za-z0-9._:-]*`, but the feed may hold anything): letters, digits,
 * `.`, `_` and `-` as they are, every other character as `~` and its code (`:` is not allowed on Windows),
 * and `~` before a name Windows reserves (`con`, `nul.x`…). `~` is in no id, so two ids never share a name.
 */
export function fileName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]/gu, (c) => `~${c.codePointAt(0)!.toString(16)}~`);
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name) ? `~${name}` : name;
}

/** Where `--all` puts things, and how a page reaches another (relative, or under `--base`). */
export class Site {
  constructor(
    readonly languages: readonly string[],
    readonly base?: string,
  ) {}
  /**
   * The address of `path` (under the output folder) seen from a file `depth` folders below it, in the
   * folder of `lang` when given (`events/x.html` from a snippet, `../partners/y.html` from an event's page).
   */
  url(path: string, depth: number, lang?: string): string {
    if (this.base) return this.base + path;
    if (lang && depth > 0 && path.startsWith(`${lang}/`)) return '../'.repeat(depth - 1) + path.slice(lang.length + 1);
    return '../'.repeat(depth) + path;
  }
  eventPath = (lang: string, e: EventItem) => `${lang}/events/${fileName(e.id)}.html`;
  partnerPath = (lang: string, id: string) => `${lang}/partners/${fileName(id)}.html`;
  /** The options of a render seen from a file `depth` folders below the output folder. */
  options(lang: string, depth: number, partners: ReadonlySet<string>): Pick<StaticOptions, 'eventUrl' | 'partnerUrl'> {
    return {
      eventUrl: (e) => this.url(this.eventPath(lang, e), depth, lang),
      partnerUrl: (id) => (partners.has(id) ? this.url(this.partnerPath(lang, id), depth, lang) : undefined),
    };
  }
}

export const CSS_FILE = 'twinning-kit-static.css';

/** A whole page: the language, title, description, canonical address, the stylesheet and the body. */
function page(p: {
  lang: string;
  title: string;
  description?: string | undefined;
  canonical?: string | undefined;
  css: string;
  body: Html;
}): string {
  return h`<!doctype html>
<html${attr('lang', p.lang)}>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${p.title}</title>
${p.description ? h`<meta name="description"${attr('content', p.description)} />\n` : ''}${
    p.canonical ? h`<link rel="canonical"${attr('href', p.canonical)} />\n` : ''
  }<link rel="stylesheet"${attr('href', p.css)} />
</head>
<body class="twin-static-body">
${p.body}
</body>
</html>
`.value;
}

/** A description for search results: the text's start, cut at a word near 160 characters. */
function describe(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= 160 ? t : `${t.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

/** The home city's feed's title, after a page's own ("Festival — Khabarovsk: partner cities"). */
const siteName = (data: TwinData, locale: string) =>
  resolveText(data.feeds[0]?.title ?? data.feeds[0]?.publisher.name, locale, data.defaultLanguage)?.text;

/** An event's own page: its details as the calendar gives them, and its JSON-LD. */
export async function eventPage(
  data: TwinData,
  e: EventItem,
  lang: string,
  site: Site,
  words: PageWords,
  partners: ReadonlySet<string>,
): Promise<string> {
  const ctx = await staticContext(data, {
    element: 'event-calendar',
    lang,
    headingLevel: 1,
    ...site.options(lang, 2, partners),
  });
  return inLocale(ctx.ui, () => {
    const title = say(ctx, e.title)?.text ?? e.id;
    const name = siteName(data, ctx.locale);
    return page({
      lang: ctx.locale,
      title: name ? `${title} — ${name}` : title,
      description: describe(say(ctx, e.description)?.text),
      canonical: site.base ? site.url(site.eventPath(lang, e), 2) : undefined,
      css: site.url(CSS_FILE, 2),
      body: h`<main class="twin-static twin-static-page">
<p class="twin-static-nav"><a${attr('href', site.url('index.html', 2))}>${words.allPages}</a></p>
${renderEvent(ctx, e, 0, false)}
${jsonLdScript(ctx, [e])}
</main>`,
    });
  });
}

/** A partner city's page: its name, country, relation and since, then its events and delegations. */
export async function partnerPage(
  data: TwinData,
  partner: Partner,
  lang: string,
  site: Site,
  words: PageWords,
  partners: ReadonlySet<string>,
): Promise<string> {
  const id = partner.city.id;
  const links = site.options(lang, 2, partners);
  const ctx = await staticContext(data, {element: 'partner-map', lang, headingLevel: 1, ...links});
  const part = (element: StaticElement) => renderStatic(data, {element, lang, partner: id, headingLevel: 3, ...links});
  const [events, delegations] = await Promise.all([part('event-calendar'), part('delegation-list')]);
  return inLocale(ctx.ui, () => {
    const city: City = partner.city;
    const name = placeName(ctx, city);
    const country = countryName(city.country, ctx.locale);
    const status = partner.status === 'active' ? '' : statusLabel(partner.status);
    const relation = `${relationLabel(partner.relation)}${status ? bracketed(status, ctx.locale) : ''}`;
    const since = partner.since
      ? h`<time datetime="${partner.since.raw}">${formatPartialDate(partner.since, ctx.locale)}</time>`
      : partner.sinceUnknown
        ? h`${dateNotKnown()}`
        : undefined;
    const plain = say(ctx, city.name)?.text ?? id;
    const row = (label: string, value: Html | string) => h`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return page({
      lang: ctx.locale,
      title: plain,
      description: describe(`${plain}: ${country}. ${relation}.`),
      canonical: site.base ? site.url(site.partnerPath(lang, id), 2) : undefined,
      css: site.url(CSS_FILE, 2),
      body: h`<main class="twin-static twin-static-page">
<p class="twin-static-nav"><a${attr('href', site.url('index.html', 2))}>${words.allPages}</a></p>
${heading(1, name, 'twin-static-title')}
<dl class="twin-static-facts">${row(columnLabel('country'), country)}${row(columnLabel('relation'), relation)}${
        since ? row(columnLabel('since'), since) : ''
      }</dl>
${heading(2, columnLabel('events'))}
${new Html(events)}
${heading(2, columnLabel('delegations'))}
${new Html(delegations)}
</main>`,
    });
  });
}

/** The partners that get a page (every partner of the map). */
export const partnersOf = (data: TwinData): Partner[] => buildPartners(data);

/** The index: per language, its snippets, its events' pages and its partners' pages. */
export async function indexPage(
  data: TwinData,
  site: Site,
  words: (lang: string) => PageWords,
  partners: readonly Partner[],
): Promise<string> {
  const sections: Html[] = [];
  for (const lang of site.languages) {
    const w = words(lang);
    const ctx = await staticContext(data, {element: 'event-calendar', lang});
    sections.push(
      inLocale(ctx.ui, () => {
        const language = new Intl.DisplayNames([ctx.locale], {type: 'language'}).of(ctx.locale) ?? lang;
        const link = (path: string, content: Html | string) => pageLink(site.url(path, 0), h`${content}`);
        return h`<section class="twin-static-part"${attr('lang', ctx.locale)}>
${heading(2, language)}
<ul>${STATIC_ELEMENTS.map((el) => h`<li>${link(`${lang}/${el}.html`, w.elements[el])}</li>`)}</ul>
${heading(3, w.events)}
<ul>${data.events.map((e) => h`<li>${link(site.eventPath(lang, e), text(say(ctx, e.title), e.id))}</li>`)}</ul>
${heading(3, w.partners)}
<ul>${partners.map((p) => h`<li>${link(site.partnerPath(lang, p.city.id), placeName(ctx, p.city))}</li>`)}</ul>
</section>`;
      }),
    );
  }
  const first = site.languages[0]!;
  const w = words(first);
  const name = siteName(data, first);
  return page({
    lang: first,
    title: name ? `${w.index} — ${name}` : w.index,
    canonical: site.base ? `${site.base}index.html` : undefined,
    css: site.url(CSS_FILE, 0),
    body: h`<main class="twin-static twin-static-page">
${heading(1, name ? h`${w.index} — ${name}` : w.index)}
${sections}
</main>`,
  });
}
