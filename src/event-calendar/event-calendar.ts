import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {TwinElement} from '../core/twin-element.js';
import {firstDayOfWeek, formatNumber} from '../core/format.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {dateStyles} from '../core/date-display.js';
import {filterStyles} from '../core/filter-styles.js';
import {download} from '../core/download.js';
import {ResizeController} from '../core/controllers/resize.js';
import {eventCalendarStyles} from './event-calendar.styles.js';
import {mediaStyles} from './media.styles.js';
import {eventCount} from './labels.js';
import {
  VIEWS,
  buildIndex,
  buildRows,
  headersBefore,
  eventOrder,
  overlaps,
  type Row,
  matches,
  monthKey,
  periodRange,
  noFilters,
  opening,
  parseDay,
  toUtc,
  type CalendarIndex,
  type Day,
  type Filters,
  type View,
} from './model.js';
import type {CalendarHost} from './host.js';
import {DialogState} from './dialog-state.js';
import {PageRows} from './page-rows.js';
import {renderFilters} from './filters.js';
import {renderList, scrollListTo} from './list-view.js';
import {renderMonth} from './month-view.js';
import {renderToolbar} from './toolbar.js';
import {renderYear} from './year-view.js';

/** Below this width (px) the calendar shows the list unless a view was chosen. */
const NARROW = 600;

const dayFromDate = (t: Date): Day => ({y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate()});

/**
 * The joint-events calendar: a month grid, an agenda list and a year overview, with filters, event
 * details and iCalendar export.
 *
 * Where it opens, unless the page sets `view` or `date` (those always win): on narrow containers the
 * list; otherwise the month grid on today's month when events are drawn in it, else on the month whose
 * grid shows the most events, if it shows at least three (or every event of a smaller feed). When the
 * feed's events are known mostly by month or year only, it opens on the year view (every event in one
 * year) or the list, never on an empty grid.
 *
 * @tag twin-event-calendar
 * @summary Joint events of a city and its partners: month, list and year views; filters; details; .ics export.
 *
 * @fires twin-select - An event was opened. `detail`: `{kind: 'event', id}`.
 *
 * @csspart toolbar - The row with the period title and the navigation, view and export buttons.
 * @csspart title - The visible period.
 * @csspart filters - The filter chips.
 * @csspart chip - One filter chip.
 * @csspart bands - Events known only by year or by month, above the grid.
 * @csspart grid - The month grid.
 * @csspart day - One day cell.
 * @csspart event - An event in a day cell, a band, the list or the year view.
 * @csspart list - The agenda list.
 * @csspart year - The year overview.
 * @csspart dialog - The details dialog.
 */
export class TwinEventCalendar extends TwinElement {
  static override styles = [...TwinElement.styles, filterStyles, dateStyles, eventCalendarStyles, mediaStyles];
  /** Reactive properties are declared here, not with decorators: no decorator runtime in any entry. */
  static override properties: PropertyDeclarations = {
    view: {reflect: true},
    date: {},
    category: {},
    format: {},
    maxEvents: {type: Number, attribute: 'max-events'},
    today: {},
    cursor: {state: true},
    chosenView: {state: true},
    narrow: {state: true},
    filters: {state: true},
    exportOpen: {state: true},
    announcement: {state: true},
    expanded: {state: true},
    listFocus: {state: true},
    filtersOpen: {state: true},
  };

  /**
   * `month`, `list` or `year`. Empty: the list below about 600 px; on wider containers the month grid, or,
   * when no month of the feed has enough events known to the day, the year view or the list (see the
   * element's description).
   */
  view: 'month' | 'list' | 'year' | undefined;

  /** Where to start: `2021-07` or `2021-07-15` (then the month grid on wide containers). Empty: chosen from the data. */
  date = '';

  /** Category ids (space-separated) to preset the category filter. */
  category = '';

  /** Formats (space-separated: `online`, `offline`, `hybrid`, `unstated`) to preset the format filter. */
  format = '';

  /** Events shown in a day cell before "+k more". */
  maxEvents = 3;

  /** Today's date (`YYYY-MM-DD`) for previews and tests; empty: the visitor's today. */
  today = '';

  // Reactive state that the template modules read or set (host.ts): public in TypeScript, but `@private`
  // for custom-elements.json, as before. Lit cannot observe `#fields`.
  /** @private */
  cursor: Day | undefined;
  private chosenView: View | undefined;
  private narrow = false;
  /** @private */
  filters: Filters = noFilters();
  /**
   * The .ics download's choice (all events, or only those known to the day) is open.
   * @private
   */
  exportOpen = false;
  private announcement = '';
  /**
   * Bands and chip groups shown in full.
   * @private
   */
  expanded = new Set<string>();
  /**
   * The list's event in the Tab order.
   * @private
   */
  listFocus = 0;
  /** @private */
  filtersOpen = false;

  // The rest of what the template modules use (host.ts), hidden from custom-elements.json. TwinElement's
  // protected members they call are made public here for TypeScript only (`declare`: no code).
  /** @internal */ declare locale: string;
  /** @internal */ declare feedText: CalendarHost['feedText'];
  /** @internal */ declare textSpan: CalendarHost['textSpan'];
  /** @internal */ declare placeName: CalendarHost['placeName'];
  /** @internal */ declare placeText: CalendarHost['placeText'];
  /**
   * What to focus after the next render: the grid's or the list's current item.
   * @internal
   */
  pendingFocus: 'grid' | 'list' | undefined;
  /** @internal */ index!: CalendarIndex;
  /** @internal */ filtered: EventItem[] = [];
  /** @internal */ rows = new PageRows(
    this,
    {scroller: '.list-scroll', rowSelector: '.row.event', currentSelector: '.row.event[tabindex="0"]'},
    (i) => this.everything.headers[i]!,
  );
  /** @internal */ dialog = new DialogState(this, () => {
    const view = this.currentView;
    this.pendingFocus = view === 'month' ? 'grid' : view === 'list' ? 'list' : undefined;
  });

  /** The details dialog (event-dialog.ts, with its styles) and the open filter panel: chunks loaded once the data is drawn. */
  #dialogView: typeof import('./event-dialog.js').renderDialog | undefined;
  #dialogAsked = false;

  /** The view the data calls for when the page sets neither `view` nor `date` (model.ts `opening`). */
  #opening: View = 'month';
  #indexKey = '';
  #all: {sorted: EventItem[]; rows: Row[]; headers: Uint32Array} | undefined;
  #formats = new Map<string, Intl.DateTimeFormat>();
  /** What the JSON-LD in the light DOM was written for: the shown events and the locale. */
  #ld: unknown[] = [];

  constructor() {
    super();
    new ResizeController(this, (entry) => {
      const narrow = (entry?.contentRect.width ?? 1000) < NARROW;
      // Outside the observer's callback: the new layout must not be measured in the same frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
  }

  /** The view on screen. */
  get currentView(): View {
    if (this.chosenView) return this.chosenView;
    if (this.view && (VIEWS as readonly string[]).includes(this.view)) return this.view as View;
    return this.narrow ? 'list' : this.date ? 'month' : this.#opening;
  }

  /** @internal */
  get todayDay(): Day {
    return parseDay(this.today) ?? dayFromDate(new Date());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category') || changed.has('format')) {
      const split = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
      this.filters = {...this.filters, categories: split(this.category), formats: split(this.format)};
    }
    if (changed.has('view')) this.chosenView = undefined;
    if (changed.has('date') && this.date) this.cursor = parseDay(this.date) ?? this.cursor;
    const data = this.twinData;
    if (!data) return;
    if (changed.has('twinData' as keyof TwinEventCalendar) || changed.has('filters') || !this.index) {
      this.filtered = data.events.filter((e) => matches(e, this.filters, data.cityById));
      this.#all = undefined;
      this.#indexKey = '';
      this.listFocus = Math.min(this.listFocus, Math.max(0, this.filtered.length - 1));
      if (!this.cursor) {
        const open = opening(data.events, this.todayDay, data.timeZone);
        this.#opening = open.view;
        this.cursor = parseDay(this.date) ?? open.day;
      }
    }
    // Month and year views index only the events of the period on screen: a month of a 10,000-event
    // feed sorts a few hundred events, not all of them.
    const [from, to] = periodRange(this.currentView, this.cursor!, firstDayOfWeek(this.locale));
    const key = `${from}-${to}`;
    if (key !== this.#indexKey) {
      this.#indexKey = key;
      this.index = buildIndex(
        this.filtered.filter((e) => overlaps(e, from, to)),
        data.timeZone,
      );
    }
  }

  /**
   * Every shown event in calendar order, and the list's rows: built when first needed.
   * @internal
   */
  get everything(): {sorted: EventItem[]; rows: Row[]; headers: Uint32Array} {
    if (!this.#all) {
      const sorted = eventOrder(this.filtered, this.twinData!.timeZone);
      const rows = buildRows(sorted);
      this.#all = {sorted, rows, headers: headersBefore(rows)};
    }
    return this.#all;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The shown events' JSON-LD in the light DOM, for search engines: once drawn, again when they or the language
    // change. Written in a task of its own and with no new render: the first paint does not wait for it.
    const {filtered, locale, twinData: data} = this;
    if (data && (filtered !== this.#ld[0] || locale !== this.#ld[1])) {
      this.#ld = [filtered, locale];
      // Only events known to the day get markup: without one, and none written before, nothing to load.
      if (filtered.some((e) => e.startDate.day) || this.querySelector('script[data-twin-ld]'))
        void import('./json-ld-script.js').then((m) => setTimeout(() => m.writeJsonLd(this, filtered, data, locale)));
    }
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        this.pendingFocus === 'grid' ? 'td[tabindex="0"]' : '[role="option"][tabindex="0"]',
      );
      this.pendingFocus = undefined;
      target?.focus();
    }
  }

  /**
   * A date formatter for this element's locale (cached: building one is costly).
   * @internal
   */
  dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${this.locale}|${JSON.stringify(options)}`;
    let f = this.#formats.get(key);
    if (!f) this.#formats.set(key, (f = new Intl.DateTimeFormat(this.locale, {...options, timeZone: 'UTC'})));
    return f;
  }

  /** @internal */
  fmt(options: Intl.DateTimeFormatOptions, day: Day): string {
    return this.dtf(options).format(toUtc(day));
  }

  /** @internal */
  count(n: number): string {
    return eventCount(n, this.uiLocale, formatNumber(n, this.locale));
  }

  /** @internal */
  expand(key: string): void {
    this.expanded = new Set([...this.expanded, key]);
  }

  /** @internal */
  chooseView(view: View, day?: Day): void {
    this.chosenView = view;
    if (day) this.cursor = day;
    if (view === 'list' && this.cursor) scrollListTo(this, monthKey(this.cursor.y, this.cursor.m));
  }

  /** @internal */
  setFilters(filters: Filters): void {
    this.filters = filters;
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLocale(() =>
        msg(str`Shown: ${this.count(this.filtered.length)}`, {id: 'cal.shown'}),
      );
    });
  }

  /** @internal */ exportChoice: CalendarHost['exportChoice'];
  /** @internal */ filterPanel: CalendarHost['filterPanel'];

  /** @internal */
  toggleExport(): void {
    this.exportOpen = !this.exportOpen;
    if (!this.exportChoice)
      void this.whenLoaded(import('./export-choice.js'), (m) => (this.exportChoice = m.renderExportChoice));
  }

  /** @internal */
  async download(events: readonly EventItem[], name: string): Promise<void> {
    download(this.renderRoot, await this.toICalendar(events), 'text/calendar;charset=utf-8', name);
  }

  /**
   * The events shown (all dates, filters applied) as an iCalendar file. The exporter loads on first
   * use: most visitors never export, and the calendar's first load stays smaller.
   */
  async toICalendar(events: readonly EventItem[] = this.filtered): Promise<string> {
    const data = this.twinData!;
    const {toICalendar} = await import('./ics.js');
    return toICalendar(events, data, {
      locale: this.locale,
      name: this.feedText(data.feeds[0]?.title ?? data.feeds[0]?.publisher.name, data)?.text,
    });
  }

  protected override renderContent(data: TwinData) {
    if (!this.#dialogAsked) {
      this.#dialogAsked = true;
      void this.whenLoaded(Promise.all([import('./event-dialog.js'), import('./filter-panel.js')]), ([m, f]) => {
        this.addStyles([m.dialogStyles]);
        this.#dialogView = m.renderDialog;
        this.filterPanel = f.renderPanel;
      });
    }
    const view = this.currentView;
    const cursor = this.cursor!;
    const total = data.events.length;
    return html`
      <section class="calendar" aria-label=${msg('Event calendar', {id: 'cal.label'})}>
        ${renderToolbar(this, view, cursor)} ${total ? renderFilters(this, data) : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${
          total === 0
            ? this.renderEmpty(msg('This feed has no events.', {id: 'cal.empty.feed'}))
            : this.filtered.length === 0
              ? this.renderEmpty(
                  msg('No events match the filters.', {id: 'cal.empty.filtered'}),
                  msg('Clear the filters to see all events.', {id: 'cal.empty.filteredHint'}),
                )
              : view === 'month'
                ? renderMonth(this, data, cursor)
                : view === 'year'
                  ? renderYear(this, data, cursor)
                  : renderList(this, data)
        }
        ${this.#dialogView?.(this, data)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-event-calendar': TwinEventCalendar;
  }
}
