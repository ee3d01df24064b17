/**
 * HTML as a string, for the pre-rendered content (`twinning-kit render`): every value is escaped unless it
 * is itself `Html` made here. Feed text goes through `text()` (or `esc()`), links through `href()`, so
 * nothing the feed says can become markup, a script or an event handler.
 */
import {safeHref} from '../core/links.js';
import type {ResolvedText} from '../core/localized-text.js';

/** Markup made by this module (never from feed text). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** The most a single feed text may take in the static HTML: a hostile 1 MB string is cut, with an ellipsis. */
export const MAX_TEXT = 10_000;

// Bidi embeddings, overrides and isolates: dropped from feed text, so a text cannot reorder what follows it.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this drops
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** A feed text made safe to read: controls and bidi overrides dropped, cut at `MAX_TEXT`. */
export function clean(text: string): string {
  const t = text.replace(DROPPED, '');
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

// What `esc` changes: most texts have none of it, and are returned as they are (`--all` escapes a lot).
// eslint-disable-next-line no-control-regex -- the same controls as DROPPED
const CHANGED = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Text escaped for an element's content or a quoted attribute value. */
export const esc = (value: string): string =>
  value.length <= MAX_TEXT && !CHANGED.test(value) ? value : clean(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = Html | string | number | undefined | null | false | readonly Value[];

function valueOf(v: Value): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return (v as readonly Value[]).map(valueOf).join('');
  return esc(String(v));
}

/** A template: literal parts as written, every `${value}` escaped unless it is `Html`. */
export function h(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += valueOf(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** An attribute, ` name="value"`, or nothing when the value is absent. */
export const attr = (name: string, value: string | number | undefined | null): Html =>
  new Html(value === undefined || value === null ? '' : ` ${name}="${esc(String(value))}"`);

/** A feed text in a `<span lang>` (its own language), as the elements draw it; nothing when absent. */
export function text(t: ResolvedText | undefined, fallback = ''): Html {
  if (!t) return fallback ? h`<span>${fallback}</span>` : new Html('');
  return h`<span${attr('lang', t.lang)}>${t.text}</span>`;
}

/** A link of an allowed scheme (https, http, mailto, tel), or the content alone when the address is not one. */
export function link(href: unknown, content: Html | string, base?: string): Html {
  const safe = safeHref(href, base);
  return safe ? h`<a href="${safe}">${content}</a>` : h`${content}`;
}

/** A heading at `level` (clamped to 1–6). */
export const heading = (level: number, content: Html | string, className?: string): Html => {
  const n = Math.min(6, Math.max(1, Math.round(level)));
  return h`<h${String(n)}${attr('class', className)}>${content}</h${String(n)}>`;
};
