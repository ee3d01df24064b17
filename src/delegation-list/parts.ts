/**
 * The parts of the delegation list that wait for a visitor: the filter chips with their counts, a row's
 * details, and the CSV export. A separate chunk, fetched when the browser is idle after the list first
 * shows (or at once when needed), so that the list itself loads sooner.
 */
import {css, html, nothing} from 'lit';
import {filterStyles} from '../core/filter-styles.js';
import {msg} from '@lit/localize';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import {countryName, formatNumber} from '../core/format.js';
import {safeHref} from '../core/links.js';
import {formatPartialRange} from '../core/partial-date.js';
import {dateStyles, sourcesNote} from '../core/date-display.js';
import type {TwinData} from '../core/merge.js';
import {formatLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {TwinSelectEvent} from '../core/events.js';
import {langSpan} from '../core/twin-element.js';
import {directionLabel, directionTitle, purposeTitle} from './labels.js';
import {allTexts, type ResolvedText} from '../core/localized-text.js';
import {
  DIRECTIONS,
  FILTER_GROUPS,
  FORMATS,
  noFilters,
  predicate,
  selectRows,
  textOf,
  type FilterGroup,
  type Filters,
  type Row,
  type RowTable,
  type Search,
  type SortKey,
} from './model.js';

import {toCsv} from './csv.js';
import {download} from '../core/download.js';
import {sortRows} from './sort.js';

/** The rows shown as a CSV file, saved through a link in `root`. */
export function saveCsv(root: Node, rows: readonly Row[], data: TwinData, locale: string): void {
  download(root, toCsv(rows, data, locale), 'text/csv;charset=utf-8', 'delegations.csv');
}

/**
 * The rows the list shows: those the filters and the search let through, sorted by `key` (names as the
 * list shows them, in its language's collation). Until this chunk is there, the list shows the filtered
 * rows by date.
 */
export function rowsFor(host: PartsHost, key: SortKey, descending: boolean): Uint32Array {
  const {table, filters, locale} = host;
  const selected = selectRows(table, filters, searchFor(table, filters.query));
  return sortRows(
    table,
    selected,
    key,
    descending,
    (c) => host.placeText(c),
    (code) => countryName(code, locale),
    locale,
  );
}

/** The styles of the chips and the details, added to the list's own when this chunk arrives. */
export const styles = [
  filterStyles,
  dateStyles,
  css`
  .filters {
    margin-block-start: 0.5em;
  }
  .windowed .details td {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      border-width: 3px;
    }
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 1em;
    margin: 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    border: 0;
    background: none;
    padding: 0.1em 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  `,
];

/** Lower case, no accents or other marks, compatibility forms unified (ё → е, Ｂ → b, ｶ → カ). */
export function fold(text: string): string {
  // ASCII has nothing to decompose and no marks: the common case skips the slow part.
  if (ASCII.test(text)) return text.toLowerCase();
  // Most text has no marks once decomposed (Cyrillic but й and ё, CJK): a test, cheaper than a replace.
  text = text.normalize('NFKD').toLowerCase();
  return MARK.test(text) ? text.replace(MARKS, '') : text;
}
const ASCII = /^[\0-\x7f]*$/;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;

const TEXT_KEYS = ['title', 'purpose', 'head', 'participants', 'outcome', 'directionNote', 'formatNote'] as const;

/** Each table's search texts, made row by row on first search and kept. */
const texts = new WeakMap<RowTable, {rows: Array<string | undefined>; partners: Array<string | undefined>}>();

/**
 * A search for `query` in `t`: every word must occur in the row's texts, in any language of the feed
 * (title, purpose, head, participants, outcome, notes, and the partner cities' names and countries).
 * `undefined` for an empty query.
 */
export function searchFor(t: RowTable, query: string): Search | undefined {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  let cache = texts.get(t);
  if (!cache) texts.set(t, (cache = {rows: new Array(t.size), partners: new Array(t.partners.length)}));
  const {rows, partners} = cache;
  return {
    words,
    text(i) {
      let folded = rows[i];
      if (folded === undefined) {
        let own = '';
        const record = t.data.delegations[i] as unknown as Record<string, LocalizedText | undefined>;
        for (const key of TEXT_KEYS) for (const text of allTexts(record[key])) own += text + '\n';
        const p = t.partnersOf[i]!;
        partners[p] ??= fold(t.partners[p]!.cities.flatMap((c) => [...allTexts(c.name), c.country]).join('\n'));
        folded = rows[i] = fold(own) + partners[p];
      }
      return folded;
    },
  };
}

/** What the parts read from the list and how they act on it (the feed is `table.data`). */
export interface PartsHost {
  readonly locale: string;
  readonly table: RowTable;
  readonly filters: Filters;
  /** Filter groups whose chips are all shown. */
  readonly showAll: ReadonlySet<string>;
  /** Sets the filters (and announces what they show). */
  setFilters(next: Filters): void;
  showAllOf(group: FilterGroup): void;
  /** Dispatches an event from the list. */
  fire(event: Event): void;
  /** A partner's name with its kind when it is not a city ("Niigata (prefecture)"). */
  placeText(city: City): string;
}

const kindLabel = (k: string): string =>
  k === 'meeting' ? msg('Official meeting', {id: 'del.kind.meeting'}) : msg('Delegation', {id: 'del.kind.delegation'});

const groupLabel = (g: FilterGroup): string => {
  switch (g) {
    case 'directions':
      return directionTitle();
    case 'years':
      return common.year();
    case 'countries':
      return details.country();
    case 'cities':
      return details.partnerCity();
    case 'formats':
      return common.format();
  }
};

/** Value `value` of filter group `group` chosen, or no longer chosen. */
function toggle(host: PartsHost, group: FilterGroup, value: string): void {
  const set = new Set(host.filters[group]);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  host.setFilters({...host.filters, [group]: set});
}

/** The values of one filter group that row `i` has (each once). */
function valuesOf(t: RowTable, i: number, group: FilterGroup): readonly string[] {
  switch (group) {
    case 'directions':
      return [DIRECTIONS[t.dir[i]!]!];
    case 'years':
      return [String(t.year[i])];
    case 'countries':
      return t.partners[t.partnersOf[i]!]!.countries;
    case 'cities':
      return t.partners[t.partnersOf[i]!]!.cities.map((c) => c.id);
    case 'formats':
      return [FORMATS[t.fmt[i]!]!];
  }
}

/** For each filter group, how many rows each value would show with the other groups as they are. */
export function facetCounts(
  t: RowTable,
  filters: Filters,
  search = searchFor(t, filters.query),
): Record<FilterGroup, Map<string, number>> {
  const out = {} as Record<FilterGroup, Map<string, number>>;
  for (const group of FILTER_GROUPS) {
    const test = predicate(t, filters, search, group);
    // Counted per column value (with one row that has it), then named: a few dozen strings, not one per row.
    const column =
      group === 'directions' ? t.dir : group === 'formats' ? t.fmt : group === 'years' ? t.year : t.partnersOf;
    const perCode = new Map<number, {n: number; sample: number}>();
    for (let i = 0; i < t.size; i++) {
      if (test && !test(i)) continue;
      const c = column[i]!;
      const seen = perCode.get(c);
      if (seen) seen.n++;
      else perCode.set(c, {n: 1, sample: i});
    }
    const counts = new Map<string, number>();
    for (const {n, sample} of perCode.values()) {
      for (const v of new Set(valuesOf(t, sample, group))) counts.set(v, (counts.get(v) ?? 0) + n);
    }
    out[group] = counts;
  }
  return out;
}

/** Chips shown per group before "Show all". */
const CHIPS_SHOWN = 12;

export function renderChips(host: PartsHost) {
  const counts = facetCounts(host.table, host.filters);
  const data = host.table.data;
  // A chip's text, with the `lang` of a partner's name.
  const label = (group: FilterGroup, v: string): Partial<ResolvedText> & {text: string} => {
    switch (group) {
      case 'directions':
        return {text: directionLabel(v)};
      case 'formats':
        return {text: formatLabel(v as 'online')};
      case 'countries':
        return {text: countryName(v, host.locale)};
      case 'cities': {
        const city = data.cityById.get(v);
        const t = textOf(city?.name, host.locale, data);
        return {text: city ? host.placeText(city) : v, lang: t?.lang};
      }
      default:
        return {text: v};
    }
  };
  const active = FILTER_GROUPS.some((g) => host.filters[g].size);
  return html`<div class="filters">
      ${FILTER_GROUPS.map((group) => {
        const values = [...counts[group].keys(), ...[...host.filters[group]].filter((v) => !counts[group].has(v))];
        if (group === 'years') values.sort();
        if (values.length === 0) return nothing;
        const all = host.showAll.has(group);
        const shown = all ? values : values.slice(0, CHIPS_SHOWN);
        return html`<fieldset>
          <legend>${groupLabel(group)}</legend>
          ${shown.map((v) => {
            const l = label(group, v);
            return html`<button
              part="chip"
              class="chip"
              data-group=${group}
              data-value=${v}
              aria-pressed=${host.filters[group].has(v) ? 'true' : 'false'}
              @click=${() => toggle(host, group, v)}
            >
              ${langSpan(l as ResolvedText)} <span class="n">${formatNumber(counts[group].get(v) ?? 0, host.locale)}</span>
            </button>`;
          })}
          ${
            values.length > shown.length
              ? html`<button class="more" @click=${() => host.showAllOf(group)}>
                ${details.showAll(formatNumber(values.length, host.locale))}
              </button>`
              : nothing
          }
        </fieldset>`;
      })}
      ${active ? html`<button class="clear" @click=${() => host.setFilters({...noFilters(), query: host.filters.query})}>${common.clearFilters()}</button>` : nothing}
    </div>`;
}

export function renderDetails(host: PartsHost, row: Row, rowindex: number) {
  const data = host.table.data;
  const d = row.d;
  const record = d as unknown as Record<string, LocalizedText | undefined>;
  const field = (label: string, value: LocalizedText | undefined) => {
    const t = textOf(value, host.locale, data);
    return t ? html`<dt>${label}</dt><dd lang=${t.lang}>${t.text}</dd>` : nothing;
  };
  const href = safeHref(d.url);
  const notes = [record['directionNote'], record['formatNote']].filter(Boolean);
  return html`<tr part="details" class="details" id=${`details-${d.id}`} data-id=${d.id} aria-rowindex=${rowindex}>
      <td colspan="5">
        <dl>
          <dt>${details.kind()}</dt>
          <dd>${kindLabel(d.kind)}</dd>
          ${
            d.dateSources?.start?.some((x) => x.date !== d.start) || d.dateSources?.end?.some((x) => x.date !== d.end)
              ? html`<dt>${common.date()}</dt>
                <dd>
                  ${formatPartialRange(d.startDate, d.endDate, host.locale, data.timeZone)}
                  ${sourcesNote(d.start, d.dateSources?.start, host.locale, data.defaultLanguage)}
                  ${sourcesNote(d.end, d.dateSources?.end, host.locale, data.defaultLanguage)}
                </dd>`
              : nothing
          }
          ${d.title ? field(purposeTitle(), d.purpose) : nothing}
          ${field(msg('Head of delegation', {id: 'del.head'}), d.head)}
          ${d.size ? html`<dt>${msg('Size', {id: 'del.size'})}</dt><dd>${formatNumber(d.size, host.locale)}</dd>` : nothing}
          ${field(details.participants(), d.participants)}
          ${field(msg('Outcome', {id: 'del.outcome'}), d.outcome)}
          ${notes.map((n) => field(msg('Note', {id: 'del.note'}), n))}
          ${
            d.events.length
              ? html`<dt>${msg('Related events', {id: 'del.events'})}</dt>
                <dd>
                  <ul class="events">
                    ${d.events.map((id) => {
                      const e = data.events.find((x) => x.id === id);
                      const t = textOf(e?.title, host.locale, data);
                      const link = safeHref(e?.url);
                      return html`<li>
                        <button class="event" @click=${() => host.fire(new TwinSelectEvent({kind: 'event', id}))}>
                          ${langSpan(t, id)}
                        </button>
                        ${link ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${details.moreInformation()}</a>` : nothing}
                      </li>`;
                    })}
                  </ul>
                </dd>`
              : nothing
          }
        </dl>
        ${href ? html`<p><a href=${href} target="_blank" rel="noopener noreferrer">${details.moreInformation()}</a></p>` : nothing}
      </td>
    </tr>`;
}
