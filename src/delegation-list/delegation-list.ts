import {adoptStyles, html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {TwinElement} from '../core/twin-element.js';
import {TwinSelectEvent} from '../core/events.js';
import {countryName, formatNumber, formatPercent} from '../core/format.js';
import type {TwinData} from '../core/merge.js';
import {datetimeAttribute, formatPartialRange} from '../core/partial-date.js';
import {formatLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import {delegationCount, directionLabel, sortLabel} from './labels.js';
import {
  FILTER_GROUPS,
  SORTS,
  RowTable,
  noFilters,
  selectRows,
  sortByDate,
  summarize,
  type FilterGroup,
  type Filters,
  type Row,
  type SortKey,
  type Search,
  type Summary,
} from './model.js';
import {delegationListStyles} from './delegation-list.styles.js';
import type {PartsHost} from './parts.js';

type Parts = typeof import('./parts.js');

/** Longer lists render only the rows in view. */
const WINDOW_AFTER = 200;
/** Rows rendered beyond the visible ones, each way. */
const OVERSCAN = 8;

/** What the table shows, in order: a row is its own item (100,000 rows, no wrapper objects). */
type Item = Row | {kind: 'year'; year: number} | {kind: 'details'; row: Row};

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
  static override styles = [...TwinElement.styles, delegationListStyles];
  /** Reactive properties are declared here, not with decorators: no decorator runtime in any entry. */
  static override properties: PropertyDeclarations = {
    direction: {},
    year: {},
    country: {},
    format: {},
    q: {},
    sort: {},
    filters: {state: true},
    sortKey: {state: true},
    descending: {state: true},
    expanded: {state: true},
    filtersOpen: {state: true},
    showAll: {state: true},
    announcement: {state: true},
    top: {state: true},
    printing: {state: true},
    searchReady: {state: true},
  };

  /** `incoming` or `outgoing` (space-separated for both): preset direction filter. */
  direction = '';
  /** Years (space-separated) to preset the year filter. */
  year = '';
  /** Country codes (space-separated) to preset the country filter. */
  country = '';
  /** Formats (`offline`, `online`, `hybrid`, `unstated`) to preset the format filter. */
  format = '';
  /** Preset search text. */
  q = '';
  /** `date` (oldest first), `-date` (newest first), `city` or `country`. */
  sort: 'date' | '-date' | 'city' | 'country' = 'date';

  private filters: Filters = noFilters();
  private sortKey: SortKey = 'date';
  private descending = false;
  private expanded: ReadonlySet<string> = new Set();
  private filtersOpen = false;
  private showAll: ReadonlySet<string> = new Set();
  private announcement = '';
  private top = 0;
  private printing = false;
  /** The search code (in the parts chunk) has arrived. */
  private searchReady = false;

  #table: RowTable | undefined;
  /** The rows shown (indexes into the table), filtered and sorted. */
  #shown: Uint32Array = new Uint32Array(0);
  /** The items shown: a row index (>= 0), or `-1 - k` for `#extras[k]` (a year heading or a row's details). */
  #items: Int32Array = new Int32Array(0);
  #extras: Array<Exclude<Item, Row>> = [];
  /** Top of each item, px, for windowing (item i spans tops[i]..tops[i + 1]). */
  #tops: Float64Array = new Float64Array(1);
  /** Where each row is (by `row.index`): its index among the shown rows and among the items, -1 if hidden. */
  #rowAt = new Int32Array(0);
  #itemAt = new Int32Array(0);
  #summary: Summary | undefined;
  #search: Search | undefined;
  #rowHeight = 40;
  #detailsHeight = new Map<string, number>();
  #viewport = 600;
  /** The row that has (or last had) the focus. */
  #focus: Row | undefined;
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
    return this.#table ? this.#table.rows(this.#shown) : [];
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
      const table = (this.#table = new RowTable(data));
      const focusId = this.#focus?.d.id;
      const at = focusId === undefined ? -1 : data.delegations.findIndex((d) => d.id === focusId);
      this.#focus = at < 0 ? undefined : table.row(at);
    }
    const dirty = ['twinData', 'filters', 'sortKey', 'descending', 'locale', 'searchReady'].some((k) =>
      changed.has(k as keyof TwinDelegationList),
    );
    if (dirty || changed.has('lang')) {
      const table = this.#table!;
      // Search lives in the parts chunk: a query waits for it (a moment, shown as loading).
      this.#search =
        this.filters.query.trim() && this.#parts ? this.#parts.searchFor(table, this.filters.query) : undefined;
      const selected = selectRows(table, this.filters, this.#search);
      // Sorting by name comes with the parts chunk (as search does): by date until it is there.
      this.#shown = this.#parts
        ? this.#parts.sortRows(
            table,
            selected,
            this.sortKey,
            this.descending,
            (c) => this.placeText(c, data),
            (code) => countryName(code, this.locale),
            this.locale,
          )
        : sortByDate(table, selected, this.sortKey === 'date' && this.descending);
      this.#summary = summarize(table, this.#shown);
    }
    if (dirty || changed.has('lang') || changed.has('expanded' as keyof TwinDelegationList)) this.#buildItems();
    if (!this.#partsLoading) {
      if (this.filtersOpen || this.expanded.size || this.filters.query.trim() || this.sortKey !== 'date')
        void this.#loadParts().catch(() => {});
      // Otherwise when the browser has nothing better to do, so that they are there before the first click.
      else (window.requestIdleCallback ?? setTimeout)(() => void this.#loadParts().catch(() => {}));
    }
  }

  /** The rows as shown: year headings when sorted by date, and the details of expanded rows. */
  #buildItems(): void {
    const table = this.#table!;
    const shown = this.#shown;
    const extras: Array<Exclude<Item, Row>> = [];
    const byDate = this.sortKey === 'date';
    const expanded = this.expanded.size ? this.expanded : undefined;
    // Room for a heading per year (four-digit years, so at most 10,000) and the details open; trimmed below.
    const items = new Int32Array(shown.length + (byDate ? Math.min(shown.length, 10_000) : 0) + (expanded?.size ?? 0));
    const rowAt = new Int32Array(table.size).fill(-1);
    const itemAt = new Int32Array(table.size).fill(-1);
    let n = 0;
    let year: number | undefined;
    for (let k = 0; k < shown.length; k++) {
      const i = shown[k]!;
      if (byDate && table.year[i] !== year) {
        year = table.year[i]!;
        extras.push({kind: 'year', year});
        items[n++] = -extras.length;
      }
      rowAt[i] = k;
      itemAt[i] = n;
      items[n++] = i;
      if (expanded?.has(table.data.delegations[i]!.id)) {
        extras.push({kind: 'details', row: table.row(i)});
        items[n++] = -extras.length;
      }
    }
    this.#items = items.slice(0, n);
    this.#extras = extras;
    this.#rowAt = rowAt;
    this.#itemAt = itemAt;
    const tops = new Float64Array(n + 1);
    const h = this.#rowHeight;
    const details = this.#detailsHeight;
    for (let k = 0; k < n; k++) {
      const v = items[k]!;
      const extra = v < 0 ? extras[-1 - v]! : undefined;
      tops[k + 1] = tops[k]! + (extra?.kind === 'details' ? (details.get(extra.row.d.id) ?? h * 4) : h);
    }
    this.#tops = tops;
  }

  /** The chips, the details and the export: a separate chunk, loaded when idle or when first needed. */
  #parts: Parts | undefined;
  #partsLoading: Promise<Parts> | undefined;
  #loadParts(): Promise<Parts> {
    const loading = (this.#partsLoading ??= this.whenLoaded(import('./parts.js'), (parts) => {
      this.#parts = parts;
      this.searchReady = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...TwinDelegationList.elementStyles, ...parts.styles]);
    }));
    // A chunk that could not be fetched is asked for again next time.
    loading.catch(() => (this.#partsLoading = undefined));
    return loading;
  }

  #host(): PartsHost {
    return {
      locale: this.locale,
      table: this.#table!,
      data: this.#data!,
      filters: this.filters,
      search: this.#search,
      showAll: this.showAll,
      toggle: (group, value) => this.#toggle(group, value),
      showAllOf: (group) => (this.showAll = new Set([...this.showAll, group])),
      clearFilters: () => this.#setFilters({...noFilters(), query: this.filters.query}),
      selectEvent: (id) => this.dispatchEvent(new TwinSelectEvent({kind: 'event', id})),
      placeText: (city) => this.placeText(city, this.#data!),
    };
  }

  #item(k: number): Item {
    const v = this.#items[k]!;
    return v < 0 ? this.#extras[-1 - v]! : this.#table!.row(v);
  }

  /** Index among the shown rows (`#rowAt`) or the items (`#itemAt`) of the focused row, -1 if none or hidden. */
  #focusIn(at: Int32Array): number {
    return this.#focus ? (at[this.#focus.index] ?? -1) : -1;
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
    this.#focus = row;
  }

  async #exportCsv(): Promise<void> {
    const {toCsv} = await this.#loadParts();
    const blob = new Blob([toCsv(this.#table!.rows(this.#shown), this.#data!, this.locale)], {
      type: 'text/csv;charset=utf-8',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'delegations.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** Arrow keys, Home/End and Page Up/Down move between rows; the list is one Tab stop. */
  #onRowKeydown(e: KeyboardEvent): void {
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: 10,
      PageUp: -10,
      Home: -Infinity,
      End: Infinity,
    };
    const d = step[e.key];
    const n = this.#shown.length;
    if (d === undefined || n === 0) return;
    e.preventDefault();
    const at = Math.max(0, this.#focusIn(this.#rowAt));
    this.#focus = this.#table!.row(this.#shown[Math.max(0, Math.min(n - 1, at + d))]!);
    this.#refocus = true;
    this.#scrollTo(this.#focusIn(this.#itemAt));
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
    const s = (this.#summary ??= summarize(this.#table!, this.#shown));
    const f = (n: number) => formatNumber(n, this.locale);
    const count = delegationCount(s.total, this.uiLocale, f(s.total));
    const incoming = f(s.incoming);
    const outgoing = f(s.outgoing);
    const countries = f(s.countries);
    if (s.online === undefined) {
      return msg(str`${count}: ${incoming} incoming, ${outgoing} outgoing; countries: ${countries}.`, {
        id: 'del.summary.noOnline',
      });
    }
    const online = formatPercent(s.online, this.locale);
    return msg(str`${count}: ${incoming} incoming, ${outgoing} outgoing; countries: ${countries}; online: ${online}.`, {
      id: 'del.summary.all',
    });
  }

  protected override renderContent(data: TwinData) {
    const total = this.#table?.size ?? 0;
    // A search waits for its code (the parts chunk, usually there long before): no unfiltered flash.
    const waiting = !this.#parts && !!this.filters.query.trim();
    return html`<section class="delegations" aria-labelledby="summary" aria-busy=${waiting ? 'true' : 'false'}>
      <p part="summary" id="summary" class="summary">${waiting ? msg('Loading…', {id: 'state.loading'}) : this.#summaryText()}</p>
      ${total ? this.#renderControls() : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        total === 0
          ? this.renderEmpty(msg('This feed lists no delegations or meetings.', {id: 'del.empty.feed'}))
          : waiting
            ? nothing
            : this.#shown.length === 0
              ? html`${this.renderEmpty(
                  msg('Nothing matches the search and filters.', {id: 'del.empty.filtered'}),
                  msg('Clear them to see every delegation.', {id: 'del.empty.filteredHint'}),
                )}
              <button class="clear" @click=${() => this.#setFilters(noFilters())}>${common.clearFilters()}</button>`
              : this.#renderTable(data)
      }
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
            (v) =>
              html`<option value=${v} ?selected=${v === sortValue}>${sortLabel(v.replace(/^-/, '') as SortKey, v.startsWith('-'))}</option>`,
          )}
        </select>
      </label>
      <button class="export" @click=${() => void this.#exportCsv()}>${msg('Download CSV', {id: 'del.export'})}</button>
      <details part="filters" class="filter-panel" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>
          ${common.filters()}${
            active ? html` <span>${common.filtersActive(formatNumber(active, this.locale))}</span>` : nothing
          }
        </summary>
        ${this.filtersOpen ? this.#parts?.renderChips(this.#host()) : nothing}
      </details>
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
    const focusIndex = windowed ? this.#focusIn(this.#itemAt) : -1;
    const runs: Array<[number, number]> = [[from, to]];
    if (focusIndex >= 0 && (focusIndex < from || focusIndex >= to)) {
      runs.push([focusIndex, focusIndex + 1]);
      runs.sort((a, b) => a[0] - b[0]);
    }
    const spacer = (a: number, b: number) =>
      b > a
        ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" data-height=${this.#tops[b]! - this.#tops[a]!}></td></tr>`
        : nothing;
    const tabbable =
      this.#focusIn(this.#rowAt) >= 0
        ? this.#focus
        : this.#shown.length
          ? this.#table!.row(this.#shown[0]!)
          : undefined;
    const sortedCol = this.sortKey === 'date' ? 0 : 2;
    const th = (i: number, text: string) =>
      html`<th scope="col" aria-sort=${i === sortedCol ? (this.descending ? 'descending' : 'ascending') : 'none'}>${text}</th>`;
    let last = 0;
    return html`<div class="scroll ${windowed ? 'windowed' : ''}" @scroll=${windowed ? (e: Event) => (this.top = (e.target as HTMLElement).scrollTop) : nothing}>
      <table part="table" aria-rowcount=${items.length + 1}>
        <caption class="visually-hidden">${msg('Delegations and official meetings', {id: 'del.caption'})}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${th(0, common.date())}${th(1, msg('Direction', {id: 'del.col.direction'}))}${th(
              2,
              common.partner(),
            )}${th(3, common.format())}${th(4, msg('Purpose', {id: 'del.col.purpose'}))}
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
            const rendered = [];
            for (let k = a; k < b; k++) rendered.push(this.#renderItem(this.#item(k), k, data, tabbable));
            return html`${gap}${rendered}`;
          })}
          ${spacer(last, items.length)}
        </tbody>
      </table>
    </div>`;
  }

  #renderItem(it: Item, index: number, data: TwinData, tabbable: Row | undefined) {
    const rowindex = index + 2;
    if (it.kind === 'year') {
      return html`<tr class="year" aria-rowindex=${rowindex}><th colspan="5" scope="colgroup">${formatNumber(it.year, this.locale, {useGrouping: false})}</th></tr>`;
    }
    if (it.kind === 'details') return this.#parts?.renderDetails(this.#host(), it.row, rowindex);
    const {d, cities, countries} = it;
    const title = this.feedText(d.title ?? d.purpose, data);
    const open = this.expanded.has(d.id);
    const fmt = formatLabel(d.format ?? 'unstated');
    return html`<tr part="row" class="row ${d.direction}" data-id=${d.id} aria-rowindex=${rowindex}>
      <td data-label=${common.date()}>
        <time datetime=${datetimeAttribute(d.startDate)}>${formatPartialRange(d.startDate, d.endDate, this.locale, data.timeZone)}</time>
      </td>
      <td data-label=${msg('Direction', {id: 'del.col.direction'})}>
        <span class="dir" aria-hidden="true">${d.direction === 'incoming' ? '↘' : '↗'}</span> ${directionLabel(d.direction)}
      </td>
      <td data-label=${common.partner()}>
        ${cities.map((c, i) => html`${i ? ', ' : ''}${this.placeName(c, data)}`)}${
          countries.length
            ? html` <span class="country">(${countries.map((c) => countryName(c, this.locale)).join(', ')})</span>`
            : nothing
        }
      </td>
      <td data-label=${common.format()}>${fmt}</td>
      <td class="what">
        <button
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`details-${d.id}`}
          tabindex=${it === tabbable ? 0 : -1}
          @click=${() => this.#toggleRow(it)}
          @focus=${() => (this.#focus = it)}
        >
          <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
          <span lang=${ifDefined(title?.lang)}>${title?.text ?? d.id}</span>
        </button>
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
    for (const td of this.renderRoot.querySelectorAll<HTMLElement>('tr.spacer td'))
      td.style.height = `${td.dataset['height']}px`;
    // Rows are reused by position as the window moves: the focus follows its row, not the element.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const onRow = active?.closest('tr.row') as HTMLElement | null | undefined;
    const focusId = this.#focus?.d.id ?? '';
    if (this.#refocus || (this.#rowsHaveFocus && (!active || (onRow && onRow.dataset['id'] !== focusId)))) {
      this.#refocus = false;
      this.renderRoot
        .querySelector<HTMLElement>(`tr.row[data-id="${CSS.escape(focusId)}"] .toggle`)
        ?.focus({preventScroll: true});
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
