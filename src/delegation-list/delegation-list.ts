import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {msg} from '@lit/localize';
import {TwinElement} from '../core/twin-element.js';
import {PrintController} from '../core/controllers/print.js';
import {WindowedRows, type WindowSlice} from '../core/controllers/windowed-rows.js';
import {TwinSelectEvent} from '../core/events.js';
import {formatNumber} from '../core/format.js';
import * as common from '../core/common-words.js';
import {SORT_CHOICES, sortLabel, summaryText} from './labels.js';
import {
  FILTER_GROUPS,
  SORTS,
  RowTable,
  noFilters,
  selectRows,
  sortByDate,
  summarize,
  type Filters,
  type Row,
  type SortKey,
  type Summary,
} from './model.js';
import {delegationListStyles} from './delegation-list.styles.js';
import {TableItems} from './items.js';
import {renderHead, renderItem, type RowHost} from './delegation-table.js';

type Parts = typeof import('./parts.js');

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
    sorting: {state: true},
    expanded: {state: true},
    filtersOpen: {state: true},
    showAll: {state: true},
    announcement: {state: true},
    printing: {state: true},
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
  /** The sort in effect: `date`, `city` or `country`, with a `-` in front for the other way. */
  private sorting = 'date';
  private expanded: ReadonlySet<string> = new Set();
  private filtersOpen = false;
  private showAll: ReadonlySet<string> = new Set();
  private announcement = '';
  /** @private Every row is drawn while the page prints (set by `PrintController`, so not `private` in TypeScript). */
  printing = false;

  #table: RowTable | undefined;
  /** The rows shown (indexes into the table), filtered and sorted. */
  #shown: Uint32Array = new Uint32Array(0);
  /** What the table's body shows (rows, year headings, open details) and where each item is. */
  #items = new TableItems();
  /**
   * Long lists draw only the items in view (the shared controller, given the items' tops); the row
   * holding the focus is drawn wherever it is, and keeps the focus as the window moves.
   */
  #rows = new WindowedRows(this, {
    scroller: '.scroll',
    rowSelector: '.toggle',
    currentSelector: '.toggle[tabindex="0"]',
    topOf: (k) => this.#items.topOf(k),
  });
  #summary: Summary | undefined;
  /** The row that has (or last had) the focus. */
  #focus: Row | undefined;
  /** The table was windowed at the last update. */
  #windowed = false;

  constructor() {
    super();
    // Every row while the page is laid out for print.
    new PrintController(this);
  }

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
    if (changed.has('sort')) this.#setSort(this.sort);
    const data = this.twinData;
    if (!data) return;
    if (changed.has('twinData' as keyof TwinDelegationList)) {
      const table = (this.#table = new RowTable(data));
      // The rows shown were indexes into the old table: none until they are selected from this one.
      this.#shown = new Uint32Array(0);
      const focusId = this.#focus?.d.id;
      const at = focusId === undefined ? -1 : data.delegations.findIndex((d) => d.id === focusId);
      this.#focus = at < 0 ? undefined : table.row(at);
    }
    const dirty = ['twinData', 'filters', 'sorting', 'lang'].some((k) => changed.has(k as keyof TwinDelegationList));
    const key = this.sorting.replace('-', '') as SortKey;
    const descending = this.sorting !== key;
    if (dirty) {
      const table = this.#table!;
      // Search and sorting by name live in the parts chunk: until it is there, the filtered rows by date
      // (a query waits for it, a moment shown as loading).
      this.#shown = this.#parts
        ? this.#parts.rowsFor(this.#host(), key, descending)
        : sortByDate(table, selectRows(table, this.filters), key === 'date' && descending);
      this.#summary = summarize(table, this.#shown);
    }
    if (dirty || changed.has('expanded' as keyof TwinDelegationList)) this.#buildItems();
    if (!this.#partsLoading) {
      if (this.filtersOpen || this.expanded.size || this.filters.query.trim() || key !== 'date')
        void this.#loadParts().catch(() => {});
      // Otherwise when the browser has nothing better to do, so that they are there before the first click.
      else (window.requestIdleCallback ?? setTimeout)(() => void this.#loadParts().catch(() => {}));
    }
  }

  /** The rows as shown: year headings when sorted by date, and the details of expanded rows. */
  #buildItems(): void {
    this.#items.build(this.#table!, this.#shown, this.sorting.endsWith('date'), this.expanded);
  }

  /** The chips, the details and the export: a separate chunk, loaded when idle or when first needed. */
  #parts: Parts | undefined;
  #partsLoading: Promise<Parts> | undefined;
  #loadParts(): Promise<Parts> {
    const loading = (this.#partsLoading ??= this.whenLoaded(import('./parts.js'), (parts) => {
      this.#parts = parts;
      // The rows again, with search and sorting by name.
      this.filters = {...this.filters};
      this.addStyles(parts.styles);
    }));
    // A chunk that could not be fetched is asked for again next time.
    loading.catch(() => (this.#partsLoading = undefined));
    return loading;
  }

  /** What the templates (here and in the parts chunk) read from the list and how they act on it. */
  #host(): RowHost {
    const table = this.#table!;
    return {
      locale: this.locale,
      table,
      filters: this.filters,
      showAll: this.showAll,
      expanded: this.expanded,
      tabbable: this.#focusItem() >= 0 ? this.#focus : this.#shown.length ? table.row(this.#shown[0]!) : undefined,
      parts: this.#parts,
      setFilters: (next) => this.#setFilters(next),
      showAllOf: (group) => (this.showAll = new Set([...this.showAll, group])),
      fire: (event) => this.dispatchEvent(event),
      placeText: (city) => this.placeText(city, table.data),
      placeName: (city) => this.placeName(city, table.data),
      onRow: (row, toggle) => (toggle ? this.#toggleRow(row) : (this.#focus = row)),
    };
  }

  /** The item of the focused row, -1 if none or hidden. */
  #focusItem(): number {
    return this.#focus ? this.#items.indexOf(this.#focus.index) : -1;
  }

  // ---- actions -------------------------------------------------------------------------------

  #setFilters(next: Filters): void {
    this.filters = next;
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLocale(() => this.#summaryText());
    });
  }

  /** A `sort` value (`date`, `-date`, `city`, `country`, or `-` for the other way): checked, in effect. */
  #setSort(value: string): void {
    const key = value.replace(/^-/, '') as SortKey;
    this.sorting = (key === value ? '' : '-') + (SORTS.includes(key) ? key : 'date');
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
    (await this.#loadParts()).saveCsv(this.renderRoot, this.#table!.rows(this.#shown), this.#table!.data, this.locale);
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
    const at = Math.max(0, this.#focus ? this.#shown.indexOf(this.#focus.index) : 0);
    this.#focus = this.#table!.row(this.#shown[Math.max(0, Math.min(n - 1, at + d))]!);
    // The controller gives the focus to the new current row after the update.
    this.#rows.scrollToIndex(this.#focusItem());
    this.requestUpdate();
  }

  // ---- rendering -----------------------------------------------------------------------------

  #summaryText(): string {
    return summaryText((this.#summary ??= summarize(this.#table!, this.#shown)), this.locale, this.uiLocale);
  }

  protected override renderContent() {
    const total = this.#table?.size ?? 0;
    // A search waits for its code (the parts chunk, usually there long before): no unfiltered flash.
    const waiting = !this.#parts && !!this.filters.query.trim();
    return html`<section class="delegations" aria-labelledby="summary" aria-busy=${waiting}>
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
              : this.#renderTable()
      }
    </section>`;
  }

  #renderControls() {
    const active = FILTER_GROUPS.reduce((n, g) => n + this.filters[g].size, 0);
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
        <select @change=${(e: Event) => this.#setSort((e.target as HTMLSelectElement).value)}>
          ${SORT_CHOICES.map((v) => html`<option value=${v} ?selected=${v === this.sorting}>${sortLabel(v)}</option>`)}
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

  #renderTable() {
    const items = this.#items;
    const table = this.#table!;
    const count = items.size;
    // Every item while the page prints.
    const slice: WindowSlice = this.printing
      ? {windowed: false, runs: [[0, count]]}
      : this.#rows.slice(count, this.#focusItem());
    const host = this.#host();
    // Spacers stand in for the items not drawn (sized by the controller after each update).
    const body = this.#rows.parts(slice, count).map((p) => {
      if (typeof p === 'number') {
        return html`<tr class="spacer" aria-hidden="true"><td class="spacer" colspan="5" data-height=${p}></td></tr>`;
      }
      const drawn = [];
      for (let k = p[0]; k < p[1]; k++) drawn.push(renderItem(host, items.item(table, k), k));
      return drawn;
    });
    // While printing nothing scrolls: no `scroll` class, so the controller takes no view height from it.
    return html`<div class=${slice.windowed ? 'scroll windowed' : this.printing ? '' : 'scroll'} @scroll=${slice.windowed ? this.#rows.onScroll : nothing}>
      <table part="table" aria-rowcount=${count + 1}>
        <caption class="visually-hidden">${msg('Delegations and official meetings', {id: 'del.caption'})}</caption>
        <thead>${renderHead(this.sorting)}</thead>
        <tbody @keydown=${(e: KeyboardEvent) => this.#onRowKeydown(e)}>${body}</tbody>
      </table>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Rows and open details are measured in a windowed table; when a height changed, or the table has
    // just become windowed (the view's height known only now), the items are placed and drawn again.
    const windowed = !!this.renderRoot.querySelector('.windowed');
    if (windowed && (this.#items.measure(this.renderRoot) || !this.#windowed)) {
      this.#buildItems();
      this.requestUpdate();
    }
    this.#windowed = windowed;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-delegation-list': TwinDelegationList;
  }
}
