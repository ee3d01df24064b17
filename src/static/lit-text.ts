/**
 * A Lit template made of the kit's own words (a `msg(html`…`)` of a label module, a sentence of an
 * element's template module) as static HTML: its literal parts as written in our source and our
 * translations, every value escaped unless it is `Html` made by html.ts. For sentences only: a template
 * with bindings to attributes, properties or events is not one this may be given.
 */
import {Html, esc} from './html.js';

interface TemplateLike {
  strings: readonly string[];
  values: readonly unknown[];
}

const isTemplate = (v: unknown): v is TemplateLike =>
  typeof v === 'object' && v !== null && '_$litType$' in v && 'strings' in v && 'values' in v;

function valueOf(v: unknown): string {
  if (v === undefined || v === null || v === false || typeof v === 'symbol') return '';
  if (v instanceof Html) return v.value;
  if (isTemplate(v)) return templateText(v);
  if (Array.isArray(v)) return v.map(valueOf).join('');
  return esc(String(v));
}

const templateText = (t: TemplateLike): string =>
  t.strings.reduce((out, s, i) => out + s + (i < t.values.length ? valueOf(t.values[i]) : ''), '');

/** A Lit template (or a string, or a list of parts) as `Html`. */
export const fromLit = (value: unknown): Html => new Html(valueOf(value));

/** The content of a template whose outermost element is a wrapper (`<p …>…</p>`), without that wrapper. */
export function innerOf(value: unknown): Html {
  if (!isTemplate(value)) return fromLit(value);
  const {strings, values} = value;
  const first = strings[0]!;
  const last = strings[strings.length - 1]!;
  const open = /^\s*<(\w+)[^<>]*>/.exec(first);
  if (!open || strings.length < 2 || !new RegExp(`</${open[1]}>\\s*$`).test(last)) return fromLit(value);
  return fromLit({
    _$litType$: 1,
    strings: [first.slice(open[0].length), ...strings.slice(1, -1), last.replace(/<\/\w+>\s*$/, '')],
    values,
  });
}
