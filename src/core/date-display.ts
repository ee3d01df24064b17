/**
 * Dates as a careful editor shows them: as precise as the feed knows them, with a word when a list
 * sorted by date puts a year-only date among exact ones, "date not known" when the date is lost, and
 * a note when sources give other dates. Call inside a render (or `inOwnLocale`).
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {DateSource} from '../../data-schema/schema.js';
import {resolveText} from './localized-text.js';
import {bracketed} from './format.js';
import {formatPartialDate, parsePartialDate, type PartialDate, type Precision} from './partial-date.js';

/** The styles of what this module renders: add them to an element that shows such dates. */
export const dateStyles = css`
  .precision {
    color: var(--_muted);
  }
  .sources-note {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;

/**
 * "year only" / "month only": said in brackets (`bracketed`) after a date placed by its period's start
 * among more precise ones.
 */
export function precisionWord(p: Precision): string | undefined {
  if (p === 'year') return msg('year only', {id: 'common.date.yearOnly'});
  if (p === 'month') return msg('month only', {id: 'common.date.monthOnly'});
  return undefined;
}

/** What "unknown" says in place of a date. */
export const dateNotKnown = (): string => msg('date not known', {id: 'common.date.unknown'});

const RANK: Record<Precision, number> = {year: 0, month: 1, day: 2, time: 3};

/** The finest precision among dates: a date coarser than it gets its `precisionWord` in a sorted column. */
export function finestPrecision(dates: Iterable<PartialDate | undefined>): Precision | undefined {
  let finest: Precision | undefined;
  for (const d of dates) if (d && (!finest || RANK[d.precision] > RANK[finest])) finest = d.precision;
  return finest;
}

/**
 * A date in a `<time>`, with "(year only)" when `finest` is more precise than it (a column where it
 * sits among exact dates, sorted by its start without being known to be earlier).
 */
export function dateCell(d: PartialDate, locale: string, finest?: Precision): TemplateResult {
  const word = finest && RANK[finest] > RANK[d.precision] ? precisionWord(d.precision) : undefined;
  return html`<time datetime=${d.raw}>${formatPartialDate(d, locale)}</time>${
    word ? html`<span class="precision">${bracketed(word, locale)}</span>` : nothing
  }`;
}

/**
 * The note under a date on which sources disagree: the other dates the feed records, each with its
 * source. Nothing when every source gives the date shown.
 */
export function sourcesNote(
  chosen: string | undefined,
  sources: readonly DateSource[] | undefined,
  locale: string,
  defaultLanguage: string,
): TemplateResult | typeof nothing {
  const others = (sources ?? []).filter((s) => s.date !== chosen);
  if (others.length === 0) return nothing;
  const items = others.map((s) => {
    const d = parsePartialDate(s.date);
    const from = resolveText(s.source, locale, defaultLanguage);
    return html`<time datetime=${s.date}>${d ? formatPartialDate(d, locale) : s.date}</time>${
      from ? html` (<span lang=${from.lang}>${from.text}</span>)` : nothing
    }`;
  });
  // Joined as Intl.ListFormat joins words, keeping each part's markup.
  const joined = joinTemplates(items, locale);
  return html`<span class="sources-note">${msg(html`Other sources give: ${joined}.`, {id: 'common.date.otherSources'})}</span>`;
}

/**
 * Parts with markup (Lit templates) joined as `Intl.ListFormat` joins words ("a, b and c", "a、b、c"),
 * Returns what a template can render: the parts and the separators.
 */
export function joinTemplates(parts: readonly unknown[], locale: string): unknown[] {
  const marks = parts.map((_, i) => `\u0000${i}\u0000`);
  return new Intl.ListFormat(locale, {type: 'conjunction', style: 'long'})
    .format(marks)
    .split('\u0000')
    .filter((piece) => piece !== '')
    .map((piece) => (/^\d+$/.test(piece) ? parts[Number(piece)] : piece));
}
