import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import {TwinElement} from '../core/twin-element.js';
import {TwinSelectEvent} from '../core/events.js';
import {countryName, formatNumber, formatPercent} from '../core/format.js';
import {safeHref} from '../core/links.js';
import type {TwinData} from '../core/merge.js';
import {datetimeAttribute, formatPartialRange} from '../core/partial-date.js';
import {formatLabel} from '../event-calendar/labels.js';
import {delegationCount, directionLabel, groupLabel, kindLabel, sortLabel} from './labels.js';
import {
  FILTER_GROUPS,
  SORTS,
  buildRows,
  facetCounts,
  matches,
  noFilters,
  queryWords,
  sortRows,
  summarize,
  textOf,
  type FilterGroup,
  type Filters,
  type Row,
  type SortKey,
} from './model.js';
import {delegationListStyles} from './delegation-list.styles.js';
import {filterStyles} from '../core/filter-styles.js';

/** Longer lists render only the rows in view. */
const WINDOW_AFTER = 200;
/** Rows rendered beyond the visible ones, each way. */
const OVERSCAN = 8;
/** Chips shown per filter group before "show all". */
const CHIPS_SHOWN = 12;

type Item = {kind: 'year'; year: number} | {kind: 'row'; row: Row} | {kind: 'details'; row: Row};

/**
 * Incoming and outgoing delegations and official meetings: a table on wide containers, cards on narrow
 * ones; sort, filters, search in every language of the feed, details in place, CSV export.
 *
 * @tag twin-delegation-list
 * @summary Delegations and official meetings: sort, filter, search, details, CSV export.
 *
 * @fires twin-select - A delegation was opened (`{kind: 'delegation', id}`), or one of its events chosen (`{kind: 'event', id}`).
 *
 * @csspart summary - The line that sums up what is shown.
 * @csspart controls - Search, filters, sort and export.
 * @csspart search - The search field.
 * @csspart filters - The filter panel.
 * @csspart chip - One filter chip.
 * @csspart table - The table (cards on narrow containers).
 * @csspart row - One delegation's row.
 * @csspart details - A delegation's details, under its row.
 */
export class TwinDelegationList extends TwinElement {
  static override styles = [...TwinElement.styles, filterStyles, delegationListStyles];

  /** `incoming` or `outgoing` (space-separated for both): preset direction filter. */
  @property() direction = '';
  /** Years (space-separated) to preset the year filter. */
  @property() year = '';
  /** Country codes (space-separated) to preset the country filter. */
  @property() country = '';
  /** Formats (`offline`, `online`, `hybrid`, `unstated`) to preset the format filter. */
  @property() format = '';
  /** Preset search text. */
  @property() q = '';
  /** `date` (oldest first), `-date` (newest first), `city` or `country`. */
  @property() sort = 'date';

  @state() private filters: Filters = noFilters();
  @state() private sortKey: SortKey = 'date';
  @state() private descending = false;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private filtersOpen = false;
  @state() private showAll: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private top = 0;
  @state() private printing = false;

  #rows: Row[] = [];
  #shown: Row[] = [];
  #items: Item[] = [];
  /** Top of each item, px, for windowing (item i spans tops[i]..tops[i + 1]). */
  #tops: Float64Array = new Float64Array(1);
  /** Where each delegation is: its index among the shown rows, and its row's index among the items. */
  #rowAt = new Map<string, number>();
  #itemAt = new Map<string, number>();
  #rowHeight = 40;
  #detailsHeight = new Map<string, number>();
  #viewport = 600;
  #focusId: string | undefined;
  #refocus = false;
  #data: TwinData | undefined;
  /** The focus is on a row (and did not leave the list since). */
  #rowsHaveFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onBeforePrint);
    addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onBeforePrint);
    removeEventListener('afterprint', this.#onAfterPrint);
  }

  #onBeforePrint = (): void => {
    this.printing = true;
    // Every row, before the page is laid out for print.
    this.performUpdate();
  };
  #onAfterPrint = (): void => {
    this.printing = false;
  };

  /** The delegations shown now (filtered and sorted), for scripts and tests. */
  get shownDelegations(): readonly Row[] {
    return this.#shown;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presets = ['direction', 'year', 'country', 'format', 'q'] as const;
    if (presets.some((p) => changed.has(p))) {
      const set = (v: string) => new Set(v.split(/[\s,]+/).filter(Boolean));
      this.filters = {
        ...this.filters,
        directions: set(this.direction),
        years: set(this.year),
        countries: set(this.country.toUpperCase()),
        formats: set(this.format),
        query: this.q,
      };
    }
    if (changed.has('sort')) {
      const key = this.sort.replace(/^-/, '') as SortKey;
      this.sortKey = (SORTS as readonly string[]).includes(key) ? key : 'date';
      this.descending = this.sort.startsWith('-');
    }
    const data = this.twinData;
    if (!data) return;
    if (changed.has('twinData' as keyof TwinDelegationList)) {
      this.#data = data;
      this.#rows = buildRows(data);
    }
    const dirty = ['twinData', 'filters', 'sortKey', 'descending', 'locale'].some((k) => changed.has(k as keyof TwinDelegationList));
    if (dirty || changed.has('lang')) {
      const words = queryWords(this.filters.query);
      const filtered = this.#rows.filter((r) => matches(r, this.filters, words));
      this.#shown = sortRows(filtered, this.sortKey, this.descending, (c) => this.#name(c.name) ?? c.id, (code) => countryName(code, this.locale), this.locale);
    }
    if (dirty || changed.has('lang') || changed.has('expanded' as keyof TwinDelegationList)) this.#buildItems();
  }

  #name(value: LocalizedText | undefined): string | undefined {
    return this.#data ? textOf(value, this.locale, this.#data)?.text : undefined;
  }

  /** The rows as shown: year headings when sorted by date, and the details of expanded rows. */
  #buildItems(): void {
    const items: Item[] = [];
    const rowAt = new Map<string, number>();
    const itemAt = new Map<string, number>();
    let year: number | undefined;
    for (const row of this.#shown) {
      if (this.sortKey === 'date' && row.year !== year) {
        year = row.year;
        items.push({kind: 'year', year});
      }
      rowAt.set(row.d.id, rowAt.size);
      itemAt.set(row.d.id, items.length);
      items.push({kind: 'row', row});
      if (this.expanded.has(row.d.id)) items.push({kind: 'details', row});
    }
    this.#items = items;
    this.#rowAt = rowAt;
    this.#itemAt = itemAt;
    const tops = new Float64Array(items.length + 1);
    const h = this.#rowHeight;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      tops[i + 1] = tops[i]! + (it.kind === 'details' ? (this.#detailsHeight.get(it.row.d.id) ?? h * 4) : h);
    }
    this.#tops = tops;
  }

  // ---- actions -------------------------------------------------------------------------------

  #setFilters(next: Filters): void {
    this.filters = next;
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLocale(() => this.#summaryText());
    });
  }

  #toggle(group: FilterGroup, value: string): void {
    const set = new Set(this.filters[group]);
    if (set.has(value)) set.delete(value);
    else set.add(value);
    this.#setFilters({...this.filters, [group]: set});
  }

  #toggleRow(row: Row): void {
    const id = row.d.id;
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      this.dispatchEvent(new TwinSelectEvent({kind: 'delegation', id}));
    }
    this.expanded = next;
    this.#focusId = id;
  }

  async #exportCsv(): Promise<void> {
    const {toCsv} = await import('./csv.js');
    const blob = new Blob([toCsv(this.#shown, this.#data!, this.locale)], {type: 'text/csv;charset=utf-8'});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'delegations.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** Arrow keys, Home/End and Page Up/Down move between rows; the list is one Tab stop. */
  #onRowKeydown(e: KeyboardEvent): void {
    const step: Record<string, number> = {ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity};
    const d = step[e.key];
    const n = this.#shown.length;
    if (d === undefined || n === 0) return;
    e.preventDefault();
    const at = this.#rowAt.get(this.#focusId ?? '') ?? 0;
    this.#focusId = this.#shown[Math.max(0, Math.min(n - 1, at + d))]!.d.id;
    this.#refocus = true;
    this.#scrollTo(this.#itemAt.get(this.#focusId) ?? -1);
    this.requestUpdate();
  }

  #scrollTo(index: number): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (!box || index < 0) return;
    const top = this.#tops[index]!;
    const bottom = this.#tops[index + 1]!;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
    this.top = box.scrollTop;
  }

  // ---- rendering -----------------------------------------------------------------------------

  #summaryText(): string {
    const s = summarize(this.#shown);
    const f = (n: number) => formatNumber(n, this.locale);
    const count = delegationCount(s.total, this.uiLocale, f(s.total));
    const incoming = f(s.incoming);
    const outgoing = f(s.outgoing);
    const countries = f(s.countries);
    if (s.online === undefined) {
      return msg(str`${count}: ${incoming} incoming, ${outgoing} outgoing; countries: ${countries}.`, {id: 'del.summary.noOnline'});
    }
    const online = formatPercent(s.online, this.locale);
    return msg(str`${count}: ${incoming} incoming, ${outgoing} outgoing; countries: ${countries}; online: ${online}.`, {id: 'del.summary.all'});
  }


  protected override renderContent(data: TwinData) {
    const total = this.#rows.length;
    return html`<section class="delegations" aria-labelledby="summary">
      <p part="summary" id="summary" class="summary">${this.#summaryText()}</p>
      ${total ? this.#renderControls() : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${total === 0
        ? this.renderEmpty(msg('This feed lists no delegations or meetings.', {id: 'del.empty.feed'}))
        : this.#shown.length === 0
          ? html`${this.renderEmpty(
                msg('Nothing matches the search and filters.', {id: 'del.empty.filtered'}),
                msg('Clear them to see every delegation.', {id: 'del.empty.filteredHint'}),
              )}
              <button class="clear" @click=${() => this.#setFilters(noFilters())}>${msg('Clear filters', {id: 'cal.clearFilters'})}</button>`
          : this.#renderTable(data)}
    </section>`;
  }

  #renderControls() {
    const active = FILTER_GROUPS.reduce((n, g) => n + this.filters[g].size, 0);
    const sortValue = `${this.descending ? '-' : ''}${this.sortKey}`;
    return html`<div part="controls" class="controls">
      <input
        part="search"
        type="search"
        .value=${this.filters.query}
        placeholder=${msg('Search', {id: 'del.search'})}
        aria-label=${msg('Search delegations', {id: 'del.searchLabel'})}
        @input=${(e: Event) => this.#setFilters({...this.filters, query: (e.target as HTMLInputElement).value})}
      />
      <label class="sort">
        ${msg('Sort', {id: 'del.sort'})}
        <select
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.sortKey = v.replace(/^-/, '') as SortKey;
            this.descending = v.startsWith('-');
          }}
        >
          ${['date', '-date', 'city', 'country'].map(
            (v) => html`<option value=${v} ?selected=${v === sortValue}>${sortLabel(v.replace(/^-/, '') as SortKey, v.startsWith('-'))}</option>`,
          )}
        </select>
      </label>
      <button class="export" @click=${() => void this.#exportCsv()}>${msg('Download CSV', {id: 'del.export'})}</button>
      <details part="filters" class="filter-panel" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>
          ${msg('Filters', {id: 'cal.filters'})}${active
            ? html` <span>${msg(str`(${formatNumber(active, this.locale)} selected)`, {id: 'cal.filtersActive'})}</span>`
            : nothing}
        </summary>
        ${this.filtersOpen ? this.#renderChips() : nothing}
      </details>
    </div>`;
  }

  #renderChips() {
    const counts = facetCounts(this.#rows, this.filters);
    const label = (group: FilterGroup, v: string): {text: string; lang?: string | undefined} => {
      switch (group) {
        case 'directions':
          return {text: directionLabel(v)};
        case 'formats':
          return {text: formatLabel(v as 'online')};
        case 'countries':
          return {text: countryName(v, this.locale)};
        case 'cities': {
          const t = textOf(this.#data!.cityById.get(v)?.name, this.locale, this.#data!);
          return {text: t?.text ?? v, lang: t?.lang};
        }
        default:
          return {text: v};
      }
    };
    const active = FILTER_GROUPS.some((g) => this.filters[g].size);
    return html`<div class="filters">
      ${FILTER_GROUPS.map((group) => {
        const values = [...counts[group].keys(), ...[...this.filters[group]].filter((v) => !counts[group].has(v))];
        if (group === 'years') values.sort();
        if (values.length === 0) return nothing;
        const all = this.showAll.has(group);
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
              aria-pressed=${this.filters[group].has(v) ? 'true' : 'false'}
              @click=${() => this.#toggle(group, v)}
            >
              <span lang=${ifDefined(l.lang)}>${l.text}</span> <span class="n">${formatNumber(counts[group].get(v) ?? 0, this.locale)}</span>
            </button>`;
          })}
          ${values.length > shown.length
            ? html`<button class="more" @click=${() => (this.showAll = new Set([...this.showAll, group]))}>
                ${msg(str`Show all (${formatNumber(values.length, this.locale)})`, {id: 'cal.showAll'})}
              </button>`
            : nothing}
        </fieldset>`;
      })}
      ${active ? html`<button class="clear" @click=${() => this.#setFilters({...noFilters(), query: this.filters.query})}>${msg('Clear filters', {id: 'cal.clearFilters'})}</button>` : nothing}
    </div>`;
  }

  #renderTable(data: TwinData) {
    const items = this.#items;
    const windowed = !this.printing && items.length > WINDOW_AFTER;
    let from = 0;
    let to = items.length;
    if (windowed) {
      const tops = this.#tops;
      const top = this.top;
      const bottom = top + this.#viewport;
      while (from < items.length && tops[from + 1]! < top) from++;
      to = from;
      while (to < items.length && tops[to]! < bottom) to++;
      from = Math.max(0, from - OVERSCAN);
      to = Math.min(items.length, to + OVERSCAN);
    }
    // The focused row stays rendered (at its place) even when scrolled out of view: focus is not lost.
    const focusIndex = windowed && this.#focusId ? (this.#itemAt.get(this.#focusId) ?? -1) : -1;
    const runs: Array<[number, number]> = [[from, to]];
    if (focusIndex >= 0 && (focusIndex < from || focusIndex >= to)) {
      runs.push([focusIndex, focusIndex + 1]);
      runs.sort((a, b) => a[0] - b[0]);
    }
    const spacer = (a: number, b: number) =>
      b > a ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" data-height=${this.#tops[b]! - this.#tops[a]!}></td></tr>` : nothing;
    const firstRow = this.#shown[0]?.d.id;
    const tabbable = this.#focusId && this.#rowAt.has(this.#focusId) ? this.#focusId : firstRow;
    const sortedCol = this.sortKey === 'date' ? 0 : 2;
    const th = (i: number, text: string) =>
      html`<th scope="col" aria-sort=${i === sortedCol ? (this.descending ? 'descending' : 'ascending') : 'none'}>${text}</th>`;
    let last = 0;
    return html`<div class="scroll ${windowed ? 'windowed' : ''}" @scroll=${windowed ? (e: Event) => (this.top = (e.target as HTMLElement).scrollTop) : nothing}>
      <table part="table" aria-rowcount=${items.length + 1}>
        <caption class="visually-hidden">${msg('Delegations and official meetings', {id: 'del.caption'})}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${th(0, msg('Date', {id: 'cal.detail.date'}))}${th(1, msg('Direction', {id: 'del.col.direction'}))}${th(
              2,
              msg('Partner', {id: 'map.col.name'}),
            )}${th(3, msg('Format', {id: 'cal.filter.format'}))}${th(4, msg('Purpose', {id: 'del.col.purpose'}))}
          </tr>
        </thead>
        <tbody
          @keydown=${(e: KeyboardEvent) => this.#onRowKeydown(e)}
          @focusin=${() => (this.#rowsHaveFocus = true)}
          @focusout=${(e: FocusEvent) => {
            if (e.relatedTarget) this.#rowsHaveFocus = !!(e.relatedTarget as Element).closest?.('tr.row');
          }}
        >
          ${runs.map(([a, b]) => {
            const gap = spacer(last, a);
            last = b;
            return html`${gap}${items.slice(a, b).map((it, k) => this.#renderItem(it, a + k, data, tabbable))}`;
          })}
          ${spacer(last, items.length)}
        </tbody>
      </table>
    </div>`;
  }

  #renderItem(it: Item, index: number, data: TwinData, tabbable: string | undefined) {
    const rowindex = index + 2;
    if (it.kind === 'year') {
      return html`<tr class="year" aria-rowindex=${rowindex}><th colspan="5" scope="colgroup">${formatNumber(it.year, this.locale, {useGrouping: false})}</th></tr>`;
    }
    const {d, cities, countries} = it.row;
    if (it.kind === 'details') return this.#renderDetails(it.row, rowindex, data);
    const title = textOf(d.title ?? d.purpose, this.locale, data);
    const open = this.expanded.has(d.id);
    const fmt = formatLabel(d.format ?? 'unstated');
    return html`<tr part="row" class="row ${d.direction}" data-id=${d.id} aria-rowindex=${rowindex}>
      <td data-label=${msg('Date', {id: 'cal.detail.date'})}>
        <time datetime=${datetimeAttribute(d.startDate)}>${formatPartialRange(d.startDate, d.endDate, this.locale, data.timeZone)}</time>
      </td>
      <td data-label=${msg('Direction', {id: 'del.col.direction'})}>
        <span class="dir" aria-hidden="true">${d.direction === 'incoming' ? '↘' : '↗'}</span> ${directionLabel(d.direction)}
      </td>
      <td data-label=${msg('Partner', {id: 'map.col.name'})}>
        ${cities.map((c, i) => html`${i ? ', ' : ''}${this.#cityName(c, data)}`)}${countries.length
          ? html` <span class="country">(${countries.map((c) => countryName(c, this.locale)).join(', ')})</span>`
          : nothing}
      </td>
      <td data-label=${msg('Format', {id: 'cal.filter.format'})}>${fmt}</td>
      <td class="what">
        <button
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`details-${d.id}`}
          tabindex=${d.id === tabbable ? 0 : -1}
          @click=${() => this.#toggleRow(it.row)}
          @focus=${() => (this.#focusId = d.id)}
        >
          <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
          <span lang=${ifDefined(title?.lang)}>${title?.text ?? d.id}</span>
        </button>
      </td>
    </tr>`;
  }

  #cityName(c: City, data: TwinData) {
    const t = textOf(c.name, this.locale, data);
    return html`<span lang=${ifDefined(t?.lang)}>${t?.text ?? c.id}</span>`;
  }

  #renderDetails(row: Row, rowindex: number, data: TwinData) {
    const d = row.d;
    const record = d as unknown as Record<string, LocalizedText | undefined>;
    const field = (label: string, value: LocalizedText | undefined) => {
      const t = textOf(value, this.locale, data);
      return t ? html`<dt>${label}</dt><dd lang=${t.lang}>${t.text}</dd>` : nothing;
    };
    const href = safeHref(d.url);
    const notes = [record['directionNote'], record['formatNote']].filter(Boolean);
    return html`<tr part="details" class="details" id=${`details-${d.id}`} data-id=${d.id} aria-rowindex=${rowindex}>
      <td colspan="5">
        <dl>
          <dt>${msg('Kind', {id: 'map.card.kind'})}</dt>
          <dd>${kindLabel(d.kind)}</dd>
          ${d.title ? field(msg('Purpose', {id: 'del.col.purpose'}), d.purpose) : nothing}
          ${field(msg('Head of delegation', {id: 'del.head'}), d.head)}
          ${d.size ? html`<dt>${msg('Size', {id: 'del.size'})}</dt><dd>${formatNumber(d.size, this.locale)}</dd>` : nothing}
          ${field(msg('Participants', {id: 'cal.detail.participants'}), d.participants)}
          ${field(msg('Outcome', {id: 'del.outcome'}), d.outcome)}
          ${notes.map((n) => field(msg('Note', {id: 'del.note'}), n))}
          ${d.events.length
            ? html`<dt>${msg('Related events', {id: 'del.events'})}</dt>
                <dd>
                  <ul class="events">
                    ${d.events.map((id) => {
                      const e = data.events.find((x) => x.id === id);
                      const t = textOf(e?.title, this.locale, data);
                      const link = safeHref(e?.url);
                      return html`<li>
                        <button class="event" @click=${() => this.dispatchEvent(new TwinSelectEvent({kind: 'event', id}))}>
                          <span lang=${ifDefined(t?.lang)}>${t?.text ?? id}</span>
                        </button>
                        ${link ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${msg('More information', {id: 'cal.detail.link'})}</a>` : nothing}
                      </li>`;
                    })}
                  </ul>
                </dd>`
            : nothing}
        </dl>
        ${href ? html`<p><a href=${href} target="_blank" rel="noopener noreferrer">${msg('More information', {id: 'cal.detail.link'})}</a></p>` : nothing}
      </td>
    </tr>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll.windowed');
    if (box) this.#viewport = box.clientHeight || 600;
    // Rows have one height per layout (cards are taller): measured, not assumed. Details are measured
    // as they open, so the spacers stand in for exactly what is not rendered.
    let remeasure = false;
    const row = this.renderRoot.querySelector<HTMLElement>('tr.row');
    const h = row?.getBoundingClientRect().height;
    if (h && Math.abs(h - this.#rowHeight) > 0.5) {
      this.#rowHeight = h;
      remeasure = true;
    }
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('tr.details')) {
      const id = el.dataset['id']!;
      const dh = el.getBoundingClientRect().height;
      if (dh && Math.abs(dh - (this.#detailsHeight.get(id) ?? 0)) > 0.5) {
        this.#detailsHeight.set(id, dh);
        remeasure = true;
      }
    }
    // Spacers are sized through the CSSOM: nothing for a strict Content Security Policy to object to.
    for (const td of this.renderRoot.querySelectorAll<HTMLElement>('tr.spacer td')) td.style.height = `${td.dataset['height']}px`;
    // Rows are reused by position as the window moves: the focus follows its row, not the element.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const onRow = active?.closest('tr.row') as HTMLElement | null | undefined;
    if (this.#refocus || (this.#rowsHaveFocus && (!active || (onRow && onRow.dataset['id'] !== this.#focusId)))) {
      this.#refocus = false;
      this.renderRoot.querySelector<HTMLElement>(`tr.row[data-id="${CSS.escape(this.#focusId ?? '')}"] .toggle`)?.focus({preventScroll: true});
    }
    if (remeasure && this.#items.length > WINDOW_AFTER) {
      this.#buildItems();
      this.requestUpdate();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-delegation-list': TwinDelegationList;
  }
}
