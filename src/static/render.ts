/**
 * The content that goes inside an element on the page before its script runs (`twinning-kit render`):
 * plain, semantic HTML from the same models the elements draw, in the reader's language, with no script
 * but the events' JSON-LD. Readable without JavaScript, by a crawler and a reader service; taken over by
 * the element when it loads (`[data-twin-static]`: the element shows it until its own view is drawn).
 *
 * Plain light-DOM HTML rather than Lit's server rendering (Declarative Shadow DOM): CMS sanitizers keep a
 * `div` and a `table` but strip `<template shadowrootmode>`, and the elements stay as small as they are.
 */
import {validateFeedText} from '../core/validate.js';
import {mergeFeeds} from '../core/merge-feeds.js';
import {forPartner, type TwinData, type ValidatedFeed, type EventItem} from '../core/merge.js';
import {canonicalLocale, uiLocaleFor, type UiLocale} from '../core/locale.js';
import {inLocale, loadLocale} from '../core/i18n.js';
import {attr, h, type Html} from './html.js';

export const STATIC_ELEMENTS = ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'] as const;
export type StaticElement = (typeof STATIC_ELEMENTS)[number];

export interface StaticOptions {
  element: StaticElement;
  /** The reader's language (a BCP 47 tag); the feed's default language when absent. */
  lang?: string | undefined;
  /** A city id: only what involves that partner (the map lists everyone and marks that one). */
  partner?: string | undefined;
  /** The calendar: `list` (default), `month` or `year` (the content is always the list, this orders its headings). */
  view?: 'month' | 'list' | 'year' | undefined;
  /** The report summary: the year to show (default: the latest with a report). */
  year?: number | undefined;
  /** The level of the element's top heading (as the element's `heading-level`, default 2). */
  headingLevel?: number | undefined;
  /** The address of an event's own page (`--all`), for its link and its JSON-LD `url`. */
  eventUrl?: ((e: EventItem) => string | undefined) | undefined;
  /** The address of a partner's own page (`--all`). */
  partnerUrl?: ((cityId: string) => string | undefined) | undefined;
}

/** What every element's renderer gets. */
export interface StaticContext {
  data: TwinData;
  /** The locale for `Intl` (dates, numbers, names). */
  locale: string;
  /** The language of the UI words (one of the five). */
  ui: UiLocale;
  options: StaticOptions;
  /** A heading level `depth` below the element's top one (0 = the top), as `TwinElement.level`. */
  level(depth: number): number;
}

export type ElementRenderer = (ctx: StaticContext) => Html;

const renderers: Record<StaticElement, () => Promise<ElementRenderer>> = {
  'event-calendar': () => import('./calendar.js').then((m) => m.renderCalendar),
  'partner-map': () => import('./map.js').then((m) => m.renderMap),
  'delegation-list': () => import('./delegations.js').then((m) => m.renderDelegations),
  'report-summary': () => import('./report.js').then((m) => m.renderReport),
};

/** Each renderer imported once: `--all` renders hundreds of times, and an `import()` is a round trip under a loader. */
const loadedRenderers = new Map<StaticElement, Promise<ElementRenderer>>();
function rendererOf(element: StaticElement): Promise<ElementRenderer> {
  let r = loadedRenderers.get(element);
  if (!r) loadedRenderers.set(element, (r = renderers[element]()));
  return r;
}

/** Feeds read and checked (as the elements check them) and merged in order: `undefined` when none is usable. */
export function prepareFeeds(feeds: ReadonlyArray<{source: string; text: string}>): TwinData | undefined {
  const ok: ValidatedFeed[] = [];
  for (const {source, text} of feeds) {
    const r = validateFeedText(text, source);
    if (r.feed) ok.push({source, feed: r.feed, problems: r.problems, skipped: r.skipped, origin: r.origin});
  }
  return ok.length ? mergeFeeds(ok) : undefined;
}

/**
 * The element's content as HTML: `<div class="twin-static twin-static-NAME" data-twin-static lang>…</div>`.
 * The same words as the element's (its `msg()` translations), the same models, every feed text escaped.
 */
export async function renderStatic(full: TwinData, options: StaticOptions): Promise<string> {
  const ctx = await staticContext(full, options);
  const render = await rendererOf(options.element);
  const body = inLocale(ctx.ui, () => render(ctx));
  return h`<div class="twin-static twin-static-${options.element}" data-twin-static${attr('lang', ctx.locale)}>${body}</div>`
    .value;
}

/** The context of a render (its language's words loaded): also for the pages of `--all` (pages.ts). */
export async function staticContext(full: TwinData, options: StaticOptions): Promise<StaticContext> {
  const locale = canonicalLocale(options.lang || full.defaultLanguage);
  const ui = uiLocaleFor(locale);
  await loadLocale(ui);
  const data = options.partner && options.element !== 'partner-map' ? forPartner(full, options.partner) : full;
  const top = Math.min(6, Math.max(1, options.headingLevel ?? 2));
  return {data, locale, ui, options, level: (depth) => Math.min(6, top + depth)};
}
