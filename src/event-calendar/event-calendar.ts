import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import type {LocalizedText} from '../../data-schema/schema.js';
import {TwinElement} from '../core/twin-element.js';
import {firstDayOfWeek, formatNumber} from '../core/format.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {dateStyles} from '../core/date-display.js';
import {filterStyles} from '../core/filter-styles.js';
import {download} from '../core/download.js';
import {ResizeController} from '../core/controllers/resize.js';
import {WindowedRows} from '../core/controllers/windowed-rows.js';
import {eventCalendarStyles} from './event-calendar.styles.js';
import {dialogStyles} from './dialog.styles.js';
import {mediaStyles} from './media.styles.js';
import {eventCount} from './labels.js';
import {
  VIEWS,
  addMonths,
  buildIndex,
  buildRows,
  eventOrder,
  overlaps,
  type Row,
  dayKey,
  initialDay,
  matches,
  monthKey,
  periodRange,
  noFilters,
  parseDay,
  toUtc,
  type CalendarIndex,
  type Day,
  type FilterGroup,
  type Filters,
  type View,
} from './model.js';
import type {CalendarHost} from './host.js';
import {DialogState} from './dialog-state.js';
import {renderDialog} from './event-dialog.js';
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
  static override styles = [
    ...TwinElement.styles,
    filterStyles,
    dateStyles,
    eventCalendarStyles,
    dialogStyles,
    mediaStyles,
  ];
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

  /** `month`, `list` or `year`. Empty: month on wide containers, list below about 600 px. */
  view: 'month' | 'list' | 'year' | undefined;

  /** Where to start: `2021-07` or `2021-07-15`. Empty: the month of the most recent events. */
  date = '';

  /** Category ids (space-separated) to preset the category filter. */
  category = '';

  /** Formats (space-separated: `online`, `offline`, `hybrid`, `unstated`) to preset the format filter. */
  format = '';

  /** Events shown in a day cell before "+k more". */
  maxEvents = 3;

  /** Today's date (`YYYY-MM-DD`) for previews and tests; empty: the visitor's today. */
  today = '';

  private cursor: Day | undefined;
  private chosenView: View | undefined;
  private narrow = false;
  private filters: Filters = noFilters();
  /** The .ics download's choice (all events, or only those known to the day) is open. */
  private exportOpen = false;
  private announcement = '';
  /** Bands and chip groups shown in full. */
  private expanded = new Set<string>();
  /** The list's event in the Tab order. */
  private listFocus = 0;
  private filtersOpen = false;

  #index: CalendarIndex | undefined;
  #indexKey = '';
  #filtered: EventItem[] = [];
  #all: {sorted: EventItem[]; rows: Row[]} | undefined;
  #focusAfterRender: 'grid' | 'list' | undefined;
  #formats = new Map<string, Intl.DateTimeFormat>();

  #rows = new WindowedRows(this, {
    scroller: '.list-scroll',
    rowSelector: '.row.event',
    currentSelector: '.row.event[tabindex="0"]',
  });
  #dialog = new DialogState(this, () => {
    const view = this.currentView;
    this.#focusAfterRender = view === 'month' ? 'grid' : view === 'list' ? 'list' : undefined;
  });

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
    return this.narrow ? 'list' : 'month';
  }

  get #todayDay(): Day {
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
    if (
      changed.has('twinData' as keyof TwinEventCalendar) ||
      changed.has('filters' as keyof TwinEventCalendar) ||
      !this.#index
    ) {
      this.#filtered = data.events.filter((e) => matches(e, this.filters, data.cityById));
      this.#all = undefined;
      this.#indexKey = '';
      this.listFocus = Math.min(this.listFocus, Math.max(0, this.#filtered.length - 1));
      if (!this.cursor) this.cursor = parseDay(this.date) ?? initialDay(data.events, this.#todayDay);
    }
    // Month and year views index only the events of the period on screen: a month of a 10,000-event
    // feed sorts a few hundred events, not all of them.
    const [from, to] = periodRange(this.currentView, this.cursor!, firstDayOfWeek(this.locale));
    const key = `${from}-${to}`;
    if (key !== this.#indexKey) {
      this.#indexKey = key;
      this.#index = buildIndex(
        this.#filtered.filter((e) => overlaps(e, from, to)),
        data.timeZone,
      );
    }
  }

  /** Every shown event in calendar order, and the list's rows: built when first needed. */
  get #everything(): {sorted: EventItem[]; rows: Row[]} {
    if (!this.#all) {
      const sorted = eventOrder(this.#filtered, this.twinData!.timeZone);
      this.#all = {sorted, rows: buildRows(sorted)};
    }
    return this.#all;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      const target =
        this.#focusAfterRender === 'grid'
          ? this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')
          : this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  /** A date formatter for this element's locale (cached: building one is costly). */
  #dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${this.locale}|${JSON.stringify(options)}`;
    let f = this.#formats.get(key);
    if (!f) this.#formats.set(key, (f = new Intl.DateTimeFormat(this.locale, {...options, timeZone: 'UTC'})));
    return f;
  }

  #count(n: number): string {
    return eventCount(n, this.uiLocale, formatNumber(n, this.locale));
  }

  #setCursor(day: Day, focus?: 'grid' | 'list'): void {
    this.cursor = day;
    if (focus) this.#focusAfterRender = focus;
  }

  #chooseView(view: View, day?: Day): void {
    this.chosenView = view;
    if (day) this.cursor = day;
    if (view === 'list' && this.cursor) scrollListTo(this.#host, monthKey(this.cursor.y, this.cursor.m));
  }

  #setFilters(filters: Filters): void {
    this.filters = filters;
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLocale(() =>
        msg(str`Shown: ${this.#count(this.#filtered.length)}`, {id: 'cal.shown'}),
      );
    });
  }

  /**
   * The events shown (all dates, filters applied) as an iCalendar file. The exporter loads on first
   * use: most visitors never export, and the calendar's first load stays smaller.
   */
  async toICalendar(events: readonly EventItem[] = this.#filtered): Promise<string> {
    const data = this.twinData!;
    const {toICalendar} = await import('./ics.js');
    return toICalendar(events, data, {
      locale: this.locale,
      name: this.feedText(data.feeds[0]?.title ?? data.feeds[0]?.publisher.name, data)?.text,
    });
  }

  /** What the template modules read and call (see host.ts). */
  #host: CalendarHost = this.#makeHost();
  #makeHost(): CalendarHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read the element
    const el = this;
    return {
      get locale() {
        return el.locale;
      },
      get cursor() {
        return el.cursor!;
      },
      get todayDay() {
        return el.#todayDay;
      },
      get currentView() {
        return el.currentView;
      },
      get maxEvents() {
        return el.maxEvents;
      },
      get index() {
        return el.#index!;
      },
      get filtered() {
        return el.#filtered;
      },
      get everything() {
        return el.#everything;
      },
      get filters() {
        return el.filters;
      },
      get expanded() {
        return el.expanded;
      },
      get filtersOpen() {
        return el.filtersOpen;
      },
      get exportOpen() {
        return el.exportOpen;
      },
      get dialogEvent() {
        return el.#dialog.event;
      },
      get dialogDay() {
        return el.#dialog.day;
      },
      get listFocus() {
        return el.listFocus;
      },
      set listFocus(i: number) {
        el.listFocus = i;
      },
      get rows() {
        return el.#rows;
      },
      get renderRoot() {
        return el.renderRoot;
      },
      get updateComplete() {
        return el.updateComplete;
      },
      text: (value: LocalizedText | undefined, data: TwinData) => el.feedText(value, data),
      textSpan: (value, data, fallback) => el.textSpan(value, data, fallback),
      placeName: (city, data) => el.placeName(city, data),
      placeText: (city, data) => el.placeText(city, data),
      dtf: (options) => el.#dtf(options),
      fmt: (options, day) => el.#dtf(options).format(toUtc(day)),
      count: (n) => el.#count(n),
      expand: (key) => (el.expanded = new Set([...el.expanded, key])),
      setCursor: (day, focus) => el.#setCursor(day, focus),
      step: (direction) => {
        const c = el.cursor!;
        el.#setCursor(el.currentView === 'year' ? addMonths(c, 12 * direction) : addMonths(c, direction));
      },
      goToday: () => {
        const today = el.#todayDay;
        el.#setCursor(today);
        if (el.currentView === 'list') scrollListTo(el.#host, monthKey(today.y, today.m));
      },
      chooseView: (view, day) => el.#chooseView(view, day),
      setFiltersOpen: (open) => (el.filtersOpen = open),
      setExportOpen: (open) => (el.exportOpen = open),
      toggle: (group: FilterGroup, value: string) => {
        const set = new Set(el.filters[group]);
        if (set.has(value)) set.delete(value);
        else set.add(value);
        el.#setFilters({...el.filters, [group]: set});
      },
      clearFilters: () => el.#setFilters(noFilters()),
      openEvent: (event, from) => el.#dialog.openEvent(event, from),
      openDay: (day, from) => el.#dialog.openDay(day, el.#index?.byDay.get(dayKey(day))?.length ?? 0, from),
      closeDialog: () => el.#dialog.close(),
      backToDay: () => el.#dialog.backToDay(),
      onDialogClose: () => el.#dialog.onClose(),
      download: async (events, name) =>
        download(el.renderRoot, await el.toICalendar(events), 'text/calendar;charset=utf-8', name),
      focusAfterRender: (target) => (el.#focusAfterRender = target),
    };
  }

  protected override renderContent(data: TwinData) {
    const host = this.#host;
    const view = this.currentView;
    const cursor = this.cursor!;
    const total = data.events.length;
    return html`
      <section class="calendar" aria-label=${msg('Event calendar', {id: 'cal.label'})}>
        ${renderToolbar(host, view, cursor)} ${total ? renderFilters(host, data) : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${
          total === 0
            ? this.renderEmpty(msg('This feed has no events.', {id: 'cal.empty.feed'}))
            : this.#filtered.length === 0
              ? this.renderEmpty(
                  msg('No events match the filters.', {id: 'cal.empty.filtered'}),
                  msg('Clear the filters to see all events.', {id: 'cal.empty.filteredHint'}),
                )
              : view === 'month'
                ? renderMonth(host, data, cursor)
                : view === 'year'
                  ? renderYear(host, data, cursor)
                  : renderList(host, data)
        }
        ${renderDialog(host, data)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-event-calendar': TwinEventCalendar;
  }
}
