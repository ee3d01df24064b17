import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import type {LocalizedText} from '../../data-schema/schema.js';
import {TwinElement} from '../core/twin-element.js';
import {TwinSelectEvent} from '../core/events.js';
import {countryName, firstDayOfWeek, formatNumber} from '../core/format.js';
import {resolveText} from '../core/localized-text.js';
import {safeHref} from '../core/links.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {formatPartialRange, knownToTheDay} from '../core/partial-date.js';
import {dateStyles, sourcesNote} from '../core/date-display.js';
import {eventCalendarStyles} from './event-calendar.styles.js';
import {filterStyles} from '../core/filter-styles.js';
import {eventCount, viewLabel} from './labels.js';
import {formatLabel, statusLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import {
  VIEWS,
  FORMATS,
  addDays,
  addMonths,
  buildIndex,
  buildRows,
  eventOrder,
  overlaps,
  DAY,
  type Row,
  dayKey,
  facetCounts,
  initialDay,
  matches,
  monthKey,
  monthWeeks,
  noFilters,
  parseDay,
  toUtc,
  weekday,
  type CalendarIndex,
  type Day,
  type FilterGroup,
  type Filters,
  type View,
} from './model.js';

/** Below this width (px) the calendar shows the list unless a view was chosen. */
const NARROW = 600;
/** Lists longer than this render only the rows in view. */
const WINDOW_AFTER = 200;
/** Partner chips shown before "more". */
const CHIPS_SHOWN = 10;
const BAND_SHOWN = 6;
/** Event titles a day cell's spoken name lists; Enter lists them all. */
const NAMED = 5;

const sameDay = (a: Day, b: Day) => a.y === b.y && a.m === b.m && a.d === b.d;
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
  static override styles = [...TwinElement.styles, filterStyles, dateStyles, eventCalendarStyles];
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
    dialogEvent: {state: true},
    exportOpen: {state: true},
    dialogDay: {state: true},
    announcement: {state: true},
    expanded: {state: true},
    listTop: {state: true},
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
  private dialogEvent: EventItem | undefined;
  /** The .ics download's choice (all events, or only those known to the day) is open. */
  private exportOpen = false;
  private dialogDay: Day | undefined;
  private announcement = '';
  private expanded = new Set<string>();
  private listTop = 0;
  private listFocus = 0;
  private filtersOpen = false;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private index: CalendarIndex | undefined;
  private filtered: EventItem[] = [];
  private resizeObserver: ResizeObserver | undefined;
  private focusAfterRender: 'grid' | 'list' | undefined;
  private returnFocus: HTMLElement | undefined;
  private rowHeight = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(([entry]) => {
        const narrow = (entry?.contentRect.width ?? 1000) < NARROW;
        // Outside the observer's callback: the new layout must not be measured in the same frame.
        if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** The view on screen. */
  get currentView(): View {
    if (this.chosenView) return this.chosenView;
    if (this.view && (VIEWS as readonly string[]).includes(this.view)) return this.view as View;
    return this.narrow ? 'list' : 'month';
  }

  private get todayDay(): Day {
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
      !this.index
    ) {
      this.filtered = data.events.filter((e) => matches(e, this.filters, data.cityById));
      this.all = undefined;
      this.indexKey = '';
      this.listFocus = Math.min(this.listFocus, Math.max(0, this.filtered.length - 1));
      if (!this.cursor) this.cursor = parseDay(this.date) ?? initialDay(data.events, this.todayDay);
    }
    // Month and year views index only the events of the period on screen: a month of a 10,000-event
    // feed sorts a few hundred events, not all of them.
    const view = this.currentView;
    const c = this.cursor!;
    let from: number;
    let to: number;
    if (view === 'year') {
      from = Date.UTC(c.y, 0, 1);
      to = Date.UTC(c.y + 1, 0, 1);
    } else {
      const weeks = monthWeeks(c.y, c.m, firstDayOfWeek(this.locale));
      from = toUtc(weeks[0]![0]!);
      to = toUtc(weeks[weeks.length - 1]![6]!) + DAY;
    }
    const key = `${from}-${to}`;
    if (key !== this.indexKey) {
      this.indexKey = key;
      this.index = buildIndex(
        this.filtered.filter((e) => overlaps(e, from, to)),
        data.timeZone,
      );
    }
  }

  private all: {sorted: EventItem[]; rows: Row[]} | undefined;
  private indexKey = '';
  /** Every shown event in calendar order, and the list's rows: built when first needed. */
  private get everything(): {sorted: EventItem[]; rows: Row[]} {
    if (!this.all) {
      const sorted = eventOrder(this.filtered, this.twinData!.timeZone);
      this.all = {sorted, rows: buildRows(sorted)};
    }
    return this.all;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target =
        this.focusAfterRender === 'grid'
          ? this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')
          : this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
      this.focusAfterRender = undefined;
      target?.focus();
    }
    if (this.currentView === 'list') {
      // Rows have one fixed height per layout (taller in narrow containers): measured, not assumed.
      const row = this.renderRoot.querySelector<HTMLElement>('.row.event');
      const height = row?.getBoundingClientRect().height;
      if (height && Math.abs(height - this.rowHeight) > 0.5) this.rowHeight = height;
      // Spacers stand in for the rows not rendered. Sized through the CSSOM: no style attribute, so a
      // strict Content Security Policy has nothing to object to.
      for (const spacer of this.renderRoot.querySelectorAll<HTMLElement>('.spacer')) {
        spacer.style.height = `${spacer.dataset['height']}px`;
      }
      // Rows are reused by position as the window moves: keep focus on the row that has it.
      const focused = (this.renderRoot as ShadowRoot).activeElement;
      if (focused?.getAttribute('role') === 'option' && focused.getAttribute('tabindex') !== '0') {
        this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
      }
    }
  }

  // ---- text helpers -------------------------------------------------------------------------

  private text(value: LocalizedText | undefined, data: TwinData) {
    return resolveText(value, this.locale, data.defaultLanguage);
  }

  private textTemplate(value: LocalizedText | undefined, data: TwinData): TemplateResult | typeof nothing {
    const r = this.text(value, data);
    return r ? html`<span lang=${r.lang}>${r.text}</span>` : nothing;
  }

  private formats = new Map<string, Intl.DateTimeFormat>();
  /** A date formatter for this element's locale (cached: building one is costly). */
  private dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${this.locale}|${JSON.stringify(options)}`;
    let f = this.formats.get(key);
    if (!f) this.formats.set(key, (f = new Intl.DateTimeFormat(this.locale, {...options, timeZone: 'UTC'})));
    return f;
  }

  private fmt(options: Intl.DateTimeFormatOptions, day: Day): string {
    return this.dtf(options).format(toUtc(day));
  }

  private periodTitle(view: View, cursor: Day): string {
    if (view === 'month') return this.fmt({year: 'numeric', month: 'long'}, cursor);
    if (view === 'year') return this.fmt({year: 'numeric'}, cursor);
    return msg('All events', {id: 'cal.allEvents'});
  }

  private count(n: number): string {
    return eventCount(n, this.uiLocale, formatNumber(n, this.locale));
  }

  // ---- navigation ---------------------------------------------------------------------------

  private setCursor(day: Day, focus?: 'grid' | 'list'): void {
    this.cursor = day;
    if (focus) this.focusAfterRender = focus;
  }

  private step(direction: -1 | 1): void {
    const c = this.cursor!;
    this.setCursor(this.currentView === 'year' ? addMonths(c, 12 * direction) : addMonths(c, direction));
  }

  private goToday(): void {
    this.setCursor(this.todayDay);
    if (this.currentView === 'list') this.scrollListTo(monthKey(this.todayDay.y, this.todayDay.m));
  }

  private chooseView(view: View, day?: Day): void {
    this.chosenView = view;
    if (day) this.cursor = day;
    if (view === 'list' && this.cursor) this.scrollListTo(monthKey(this.cursor.y, this.cursor.m));
  }

  private onGridKey(e: KeyboardEvent): void {
    const c = this.cursor!;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const first = firstDayOfWeek(this.locale);
    const offset = (weekday(c) - first + 7) % 7;
    let next: Day | undefined;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(c, rtl ? 1 : -1);
        break;
      case 'ArrowRight':
        next = addDays(c, rtl ? -1 : 1);
        break;
      case 'ArrowUp':
        next = addDays(c, -7);
        break;
      case 'ArrowDown':
        next = addDays(c, 7);
        break;
      case 'Home':
        next = addDays(c, -offset);
        break;
      case 'End':
        next = addDays(c, 6 - offset);
        break;
      case 'PageUp':
        next = addMonths(c, e.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonths(c, e.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.openDay(c, e.target as HTMLElement);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.setCursor(next, 'grid');
  }

  private onGridClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = parseDay(cell.dataset['day'])!;
    const eventEl = target.closest<HTMLElement>('[data-event]');
    this.setCursor(day);
    // An event opens its details; anywhere else in a day with events lists them.
    if (eventEl) this.openEvent(this.findEvent(eventEl.dataset['event']!), cell);
    else this.openDay(day, cell);
  }

  private findEvent(id: string): EventItem | undefined {
    return this.filtered.find((e) => e.id === id);
  }

  // ---- dialog ------------------------------------------------------------------------------

  private openEvent(event: EventItem | undefined, from?: HTMLElement): void {
    if (!event) return;
    if (!this.dialogDay) this.returnFocus = from;
    this.dialogEvent = event;
    this.dispatchEvent(new TwinSelectEvent({kind: 'event', id: event.id}));
    void this.updateComplete.then(() => this.showDialog());
  }

  private openDay(day: Day, from?: HTMLElement): void {
    const events = this.index?.byDay.get(dayKey(day)) ?? [];
    if (events.length === 0) return;
    this.returnFocus = from;
    this.dialogDay = day;
    this.dialogEvent = undefined;
    void this.updateComplete.then(() => this.showDialog());
  }

  private showDialog(): void {
    const d = this.dialog;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('[autofocus], button')?.focus();
  }

  private closeDialog(): void {
    if (this.dialogEvent && this.dialogDay) {
      // Back from an event to the day's list.
      this.dialogEvent = undefined;
      return;
    }
    this.dialog?.close();
  }

  private onDialogClose(): void {
    this.dialogEvent = undefined;
    this.dialogDay = undefined;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else
      this.focusAfterRender = this.currentView === 'month' ? 'grid' : this.currentView === 'list' ? 'list' : undefined;
  }

  // ---- filters -----------------------------------------------------------------------------

  private toggle(group: FilterGroup, value: string): void {
    const set = new Set(this.filters[group]);
    if (set.has(value)) set.delete(value);
    else set.add(value);
    this.filters = {...this.filters, [group]: set};
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLocale(() =>
        msg(str`Shown: ${this.count(this.filtered.length)}`, {id: 'cal.shown'}),
      );
    });
  }

  private clearFilters(): void {
    this.filters = noFilters();
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLocale(() =>
        msg(str`Shown: ${this.count(this.filtered.length)}`, {id: 'cal.shown'}),
      );
    });
  }

  // ---- export ------------------------------------------------------------------------------

  /**
   * The events shown (all dates, filters applied) as an iCalendar file. The exporter loads on first
   * use: most visitors never export, and the calendar's first load stays smaller.
   */
  async toICalendar(events: readonly EventItem[] = this.filtered): Promise<string> {
    const data = this.twinData!;
    const {toICalendar} = await import('./ics.js');
    return toICalendar(events, data, {
      locale: this.locale,
      name: this.text(data.feeds[0]?.title ?? data.feeds[0]?.publisher.name, data)?.text,
    });
  }

  private async download(events: readonly EventItem[], name: string): Promise<void> {
    const blob = new Blob([await this.toICalendar(events)], {type: 'text/calendar;charset=utf-8'});
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- list rows ---------------------------------------------------------------------------

  private scrollListTo(key: string): void {
    void this.updateComplete.then(() => {
      const rows = this.everything.rows;
      const at = rows.findIndex((r) => r.kind === 'header' && r.key >= key);
      if (at < 0) return;
      const scroller = this.renderRoot.querySelector<HTMLElement>('.list-scroll');
      if (scroller) scroller.scrollTop = at * (this.rowHeight || 40);
      const next = rows.slice(at).find((r) => r.kind === 'event') as Extract<Row, {kind: 'event'}> | undefined;
      if (next) this.listFocus = next.index;
    });
  }

  private onListKey(e: KeyboardEvent): void {
    const last = this.filtered.length - 1;
    let next = this.listFocus;
    switch (e.key) {
      case 'ArrowDown':
        next++;
        break;
      case 'ArrowUp':
        next--;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'PageDown':
        next += 10;
        break;
      case 'PageUp':
        next -= 10;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.openEvent(this.everything.sorted[this.listFocus], e.target as HTMLElement);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.listFocus = Math.max(0, Math.min(last, next));
    this.ensureRowVisible();
    this.focusAfterRender = 'list';
  }

  private ensureRowVisible(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.list-scroll');
    if (!scroller) return;
    const at = this.everything.rows.findIndex((r) => r.kind === 'event' && r.index === this.listFocus);
    const h = this.rowHeight || 40;
    const top = at * h;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + h > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + h - scroller.clientHeight;
    this.listTop = scroller.scrollTop;
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override renderContent(data: TwinData) {
    const view = this.currentView;
    const cursor = this.cursor!;
    const total = data.events.length;
    return html`
      <section class="calendar" aria-label=${msg('Event calendar', {id: 'cal.label'})}>
        ${this.renderToolbar(view, cursor)} ${total ? this.renderFilters(data) : nothing}
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
                ? this.renderMonth(data, cursor)
                : view === 'year'
                  ? this.renderYear(data, cursor)
                  : this.renderList(data)
        }
        ${this.renderDialog(data)}
      </section>
    `;
  }

  private renderToolbar(view: View, cursor: Day) {
    const prev =
      view === 'year' ? msg('Previous year', {id: 'cal.prevYear'}) : msg('Previous month', {id: 'cal.prevMonth'});
    const next = view === 'year' ? msg('Next year', {id: 'cal.nextYear'}) : msg('Next month', {id: 'cal.nextMonth'});
    return html`<div part="toolbar" class="toolbar">
      <h2 part="title" class="title" id="title" aria-live="polite">${this.periodTitle(view, cursor)}</h2>
      <div class="nav">
        ${
          view === 'list'
            ? nothing
            : html`<button class="prev" aria-label=${prev} title=${prev} @click=${() => this.step(-1)}>
                <span aria-hidden="true">‹</span>
              </button>
              <button class="next" aria-label=${next} title=${next} @click=${() => this.step(1)}>
                <span aria-hidden="true">›</span>
              </button>`
        }
        <button class="today" @click=${this.goToday}>${msg('Today', {id: 'cal.today'})}</button>
      </div>
      <div class="views" role="group" aria-label=${msg('View', {id: 'cal.view'})}>
        ${VIEWS.map(
          (
            v,
          ) => html`<button aria-pressed=${v === view ? 'true' : 'false'} data-view=${v} @click=${() => this.chooseView(v)}>
            ${viewLabel(v)}
          </button>`,
        )}
      </div>
      ${this.renderExport()}
    </div>`;
  }

  /**
   * "Download .ics". When some events are known only by month or year, it asks first: such events
   * become month-long or year-long all-day entries, which Google Calendar or Outlook show as banners.
   */
  private renderExport() {
    const all = this.filtered;
    const exact = all.filter((e) => knownToTheDay(e.startDate));
    const label = msg('Download .ics', {id: 'cal.export'});
    if (exact.length === all.length) {
      return html`<button class="export" @click=${() => void this.download(all, 'events.ics')}>${label}</button>`;
    }
    const choose = (events: readonly EventItem[]) => {
      this.exportOpen = false;
      void this.download(events, 'events.ics');
    };
    return html`<div class="export-wrap">
      <button class="export" aria-expanded=${this.exportOpen ? 'true' : 'false'} aria-controls="export-choice" @click=${() => (this.exportOpen = !this.exportOpen)}>
        ${label}
      </button>
      ${
        this.exportOpen
          ? html`<div id="export-choice" part="export-choice" class="export-choice" role="group" aria-label=${label} @keydown=${(
              e: KeyboardEvent,
            ) => {
              if (e.key === 'Escape') {
                this.exportOpen = false;
                void this.updateComplete.then(() =>
                  this.renderRoot.querySelector<HTMLElement>('button.export')?.focus(),
                );
              }
            }}>
            <button data-ics="all" @click=${() => choose(all)}>
              ${msg(str`All events (${formatNumber(all.length, this.locale)})`, {id: 'cal.export.all'})}
            </button>
            <button data-ics="exact" @click=${() => choose(exact)}>
              ${msg(str`Only events with a known day (${formatNumber(exact.length, this.locale)})`, {id: 'cal.export.exact'})}
            </button>
            <p class="hint">
              ${msg(
                'Events known only by month or year are written as all-day events lasting that month or year. Google Calendar and Outlook show them as long banners: leave them out there.',
                {
                  id: 'cal.export.hint',
                },
              )}
            </p>
          </div>`
          : nothing
      }
    </div>`;
  }

  private counts: {data: TwinData; filters: Filters; value: ReturnType<typeof facetCounts>} | undefined;
  /** Faceted counts, computed once per data and filter choice. */
  private facets(data: TwinData): ReturnType<typeof facetCounts> {
    if (this.counts?.data !== data || this.counts.filters !== this.filters) {
      this.counts = {data, filters: this.filters, value: facetCounts(data, this.filters)};
    }
    return this.counts.value;
  }

  private renderFilters(data: TwinData) {
    const active = Object.values(this.filters).reduce((n: number, s: ReadonlySet<string>) => n + s.size, 0);
    const summary = html`<summary>
      ${common.filters()}${
        active ? html` <span class="active">${common.filtersActive(formatNumber(active, this.locale))}</span>` : nothing
      }
    </summary>`;
    const toggle = (e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open);
    // Closed, the panel needs no counts: a month with 10,000 events renders without them.
    if (!this.filtersOpen) {
      return html`<details part="filters" class="filter-panel" @toggle=${toggle}>${summary}</details>`;
    }
    const counts = this.facets(data);
    const home = data.home?.id;
    const chip = (group: FilterGroup, value: string, label: unknown, lang?: string) => {
      const n = counts[group].get(value) ?? 0;
      const pressed = this.filters[group].has(value);
      if (n === 0 && !pressed) return nothing;
      return html`<button part="chip" class="chip" aria-pressed=${pressed ? 'true' : 'false'} data-group=${group} data-value=${value}
        @click=${() => this.toggle(group, value)}><span lang=${ifDefined(lang)}>${label}</span> <span class="n">${formatNumber(n, this.locale)}</span></button>`;
    };
    const byCount = (group: FilterGroup) => [...counts[group].entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
    const cities = byCount('cities').filter((id) => id !== home && data.cityById.has(id));
    const countries = byCount('countries').filter((c) => c !== data.home?.country);
    const limited = (group: string, list: string[]) =>
      this.expanded.has(group)
        ? list
        : list
            .slice(0, CHIPS_SHOWN)
            .concat(list.slice(CHIPS_SHOWN).filter((v) => this.filters[group as FilterGroup].has(v)));
    const more = (group: string, list: string[]) =>
      list.length > CHIPS_SHOWN && !this.expanded.has(group)
        ? html`<button class="more-chips" @click=${() => (this.expanded = new Set([...this.expanded, group]))}>
            ${common.showAll(formatNumber(list.length, this.locale))}
          </button>`
        : nothing;
    return html`<details part="filters" class="filter-panel" open @toggle=${toggle}>
      ${summary}
      <div class="filters">
      ${
        data.categories.length
          ? html`<fieldset>
            <legend>${msg('Category', {id: 'cal.filter.category'})}</legend>
            ${data.categories.map((c) => {
              const name = this.text(c.name, data);
              return chip('categories', c.id, name?.text ?? c.id, name?.lang);
            })}
          </fieldset>`
          : nothing
      }
      ${
        cities.length
          ? html`<fieldset>
            <legend>${common.partnerCity()}</legend>
            ${limited('cities', cities).map((id) => {
              const city = data.cityById.get(id)!;
              return chip('cities', id, this.placeText(city, data), this.text(city.name, data)?.lang);
            })}
            ${more('cities', cities)}
          </fieldset>`
          : nothing
      }
      ${
        countries.length
          ? html`<fieldset>
            <legend>${common.country()}</legend>
            ${limited('countries', countries).map((c) => chip('countries', c, countryName(c, this.locale)))}
            ${more('countries', countries)}
          </fieldset>`
          : nothing
      }
      <fieldset>
        <legend>${common.format()}</legend>
        ${FORMATS.map((f) => chip('formats', f, formatLabel(f)))}
      </fieldset>
      ${active ? html`<button class="clear" @click=${this.clearFilters}>${common.clearFilters()}</button>` : nothing}
      </div>
    </details>`;
  }

  private renderEventButton(e: EventItem, data: TwinData, withDate = false) {
    const title = this.text(e.title, data);
    return html`<li>
      <button part="event" class="event-button" data-event=${e.id} @click=${(ev: Event) => this.openEvent(e, ev.currentTarget as HTMLElement)}>
        ${withDate ? html`<span class="when">${formatPartialRange(e.startDate, e.endDate, this.locale, data.timeZone)}</span> ` : nothing}
        <span lang=${ifDefined(title?.lang)}>${title?.text ?? e.id}</span>
      </button>
    </li>`;
  }

  private renderBand(key: string, heading: string, events: EventItem[], data: TwinData, open: boolean) {
    if (events.length === 0) return nothing;
    const all = this.expanded.has(key);
    const shown = all ? events : events.slice(0, BAND_SHOWN);
    return html`<details class="band" data-band=${key.startsWith('y') ? 'year' : 'month'} ?open=${open}>
      <summary>${heading} <span class="n">(${formatNumber(events.length, this.locale)})</span></summary>
      <ul>
        ${shown.map((e) => this.renderEventButton(e, data))}
      </ul>
      ${
        events.length > shown.length
          ? html`<button class="more-chips" @click=${() => (this.expanded = new Set([...this.expanded, key]))}>
            ${common.showAll(formatNumber(events.length, this.locale))}
          </button>`
          : nothing
      }
    </details>`;
  }

  private renderMonth(data: TwinData, cursor: Day) {
    const index = this.index!;
    const weeks = monthWeeks(cursor.y, cursor.m, firstDayOfWeek(this.locale));
    const today = this.todayDay;
    const long = this.dtf({weekday: 'long'});
    const short = this.dtf({weekday: 'short'});
    const cellLabel = this.dtf({weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'});
    const yearText = this.fmt({year: 'numeric'}, cursor);
    const monthText = this.fmt({year: 'numeric', month: 'long'}, cursor);
    return html`
      <div part="bands" class="bands">
        ${this.renderBand(
          `m${monthKey(cursor.y, cursor.m)}`,
          msg(str`${monthText}: day not given`, {id: 'cal.band.month'}),
          index.byMonth.get(monthKey(cursor.y, cursor.m)) ?? [],
          data,
          true,
        )}
        ${this.renderBand(`y${cursor.y}`, msg(str`During the year ${yearText}`, {id: 'cal.band.year'}), index.byYear.get(cursor.y) ?? [], data, false)}
      </div>
      <table role="grid" part="grid" class="grid" aria-labelledby="title" @keydown=${this.onGridKey} @click=${this.onGridClick}>
        <thead>
          <tr>
            ${weeks[0]!.map(
              (d) =>
                html`<th scope="col" abbr=${long.format(toUtc(d))}><span aria-hidden="true">${short.format(toUtc(d))}</span><span class="visually-hidden">${long.format(toUtc(d))}</span></th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const key = dayKey(day);
                const events = index.byDay.get(key) ?? [];
                const outside = day.m !== cursor.m;
                const isToday = sameDay(day, today);
                const shown = events.slice(0, this.maxEvents);
                const label = `${cellLabel.format(toUtc(day))}, ${events.length ? this.count(events.length) : msg('no events', {id: 'cal.noEvents'})}`;
                return html`<td part="day" data-day=${key} tabindex=${sameDay(day, cursor) ? 0 : -1}
                  class=${`day${outside ? ' outside' : ''}${isToday ? ' today' : ''}${events.length ? ' has-events' : ''}`}
                  aria-current=${ifDefined(isToday ? 'date' : undefined)}>
                  <span class="visually-hidden">${label}${events.slice(0, NAMED).map((e, i) => {
                    const title = this.text(e.title, data);
                    return html`${i ? '; ' : ': '}<span lang=${ifDefined(title?.lang)}>${title?.text ?? e.id}</span>`;
                  })}${events.length > NAMED ? '; …' : ''}</span>
                  <span class="num" aria-hidden="true">${formatNumber(day.d, this.locale)}</span>
                  ${
                    events.length
                      ? html`<ul class="day-events" aria-hidden="true">
                        ${shown.map((e) => {
                          const title = this.text(e.title, data);
                          const span = this.spanClass(e, day);
                          return html`<li part="event" class=${`chip-event${span}`} data-event=${e.id} lang=${ifDefined(title?.lang)}>${title?.text ?? e.id}</li>`;
                        })}
                      </ul>
                      ${
                        events.length > shown.length
                          ? html`<span class="more" aria-hidden="true">${msg(str`+${formatNumber(events.length - shown.length, this.locale)} more`, {id: 'cal.more'})}</span>`
                          : nothing
                      }`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">${msg('Arrow keys move between days, Page Up and Page Down between months; Enter lists the day’s events.', {id: 'cal.keysHint'})}</p>
    `;
  }

  /** ` starts`, ` continues`, ` ends` for events that span several days. */
  private spanClass(e: EventItem, day: Day): string {
    if (!e.endDate || e.endDate.raw === e.startDate.raw) return '';
    const first = this.index!.byDay.get(dayKey(addDays(day, -1)))?.includes(e);
    const last = !this.index!.byDay.get(dayKey(addDays(day, 1)))?.includes(e);
    return `${first ? ' continues' : ' starts'}${last ? ' ends' : ''}`;
  }

  private renderYear(data: TwinData, cursor: Day) {
    const index = this.index!;
    const months = Array.from({length: 12}, (_, i) => i + 1);
    const monthName = this.dtf({month: 'long'});
    const yearText = this.fmt({year: 'numeric'}, cursor);
    return html`<div part="year" class="year">
      <div part="bands" class="bands">
        ${this.renderBand(`y${cursor.y}`, msg(str`During the year ${yearText}`, {id: 'cal.band.year'}), index.byYear.get(cursor.y) ?? [], data, true)}
      </div>
      <ol class="months">
        ${months.map((m) => {
          const key = monthKey(cursor.y, m);
          const monthOnly = index.byMonth.get(key) ?? [];
          const dated: EventItem[] = [];
          const seen = new Set<EventItem>();
          for (let d = 1; d <= 31; d++) {
            for (const e of index.byDay.get(`${key}-${String(d).padStart(2, '0')}`) ?? []) {
              if (!seen.has(e)) {
                seen.add(e);
                dated.push(e);
              }
            }
          }
          const events = [...monthOnly, ...dated];
          const name = monthName.format(Date.UTC(cursor.y, m - 1, 1));
          return html`<li class=${`month${events.length ? '' : ' quiet'}`}>
            <h3>
              <button class="month-button" @click=${() => this.chooseView('month', {y: cursor.y, m, d: 1})}>${name}</button>
            </h3>
            <p class="n">${this.count(events.length)}</p>
            ${
              events.length
                ? html`<ul>
                  ${events.slice(0, 4).map((e) => this.renderEventButton(e, data))}
                </ul>`
                : nothing
            }
            ${
              events.length > 4
                ? html`<button class="more-chips" @click=${() => this.chooseView('month', {y: cursor.y, m, d: 1})}>
                  ${msg(str`+${formatNumber(events.length - 4, this.locale)} more`, {id: 'cal.more'})}
                </button>`
                : nothing
            }
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private rowLabel(row: Row): string {
    if (row.kind === 'event') return '';
    if (row.key.length === 4) {
      return msg(str`${this.fmt({year: 'numeric'}, {y: Number(row.key), m: 1, d: 1})}, during the year`, {
        id: 'cal.list.year',
      });
    }
    const [y, m] = row.key.split('-').map(Number);
    return this.fmt({year: 'numeric', month: 'long'}, {y: y!, m: m!, d: 1});
  }

  private precisionNote(e: EventItem): string {
    const p = e.startDate.precision;
    if (p === 'year') return msg('month and day not given', {id: 'cal.precision.year'});
    if (p === 'month') return msg('day not given', {id: 'cal.precision.month'});
    return '';
  }

  private renderList(data: TwinData) {
    const rows = this.everything.rows;
    const windowed = rows.length > WINDOW_AFTER;
    const h = this.rowHeight || 40;
    let from = 0;
    let to = rows.length;
    if (windowed) {
      const viewport = 30;
      from = Math.max(0, Math.floor(this.listTop / h) - 10);
      to = Math.min(rows.length, from + viewport + 20);
      const focusAt = rows.findIndex((r) => r.kind === 'event' && r.index === this.listFocus);
      if (focusAt >= 0 && (focusAt < from || focusAt >= to)) {
        from = Math.max(0, focusAt - 10);
        to = Math.min(rows.length, from + viewport + 20);
      }
    }
    const total = this.filtered.length;
    return html`<div class=${`list-scroll${windowed ? ' windowed' : ''}`} @scroll=${windowed ? (e: Event) => (this.listTop = (e.target as HTMLElement).scrollTop) : nothing}>
      ${windowed ? html`<div class="spacer" data-height=${from * h}></div>` : nothing}
      <div part="list" class="list" role="listbox" aria-label=${msg('Events', {id: 'cal.events'})} @keydown=${this.onListKey}>
        ${rows.slice(from, to).map((row) => {
          if (row.kind === 'header') return html`<div class="row group" aria-hidden="true">${this.rowLabel(row)}</div>`;
          const e = row.event;
          const title = this.text(e.title, data);
          const when = formatPartialRange(e.startDate, e.endDate, this.locale, data.timeZone);
          const note = this.precisionNote(e);
          return html`<div part="event" class="row event" role="option" aria-selected="false" aria-setsize=${total} aria-posinset=${row.index + 1}
            tabindex=${row.index === this.listFocus ? 0 : -1} data-event=${e.id}
            @click=${(ev: Event) => {
              this.listFocus = row.index;
              this.openEvent(e, ev.currentTarget as HTMLElement);
            }}>
            <span class="when">${when}${note ? html`<span class="visually-hidden"> (${note})</span>` : nothing}</span>
            <span class="what" lang=${ifDefined(title?.lang)}>${title?.text ?? e.id}</span>
            <span class="fmt">${formatLabel(e.format ?? 'unstated')}</span>
          </div>`;
        })}
      </div>
      ${windowed ? html`<div class="spacer" data-height=${(rows.length - to) * h}></div>` : nothing}
    </div>`;
  }

  private renderDialog(data: TwinData) {
    const e = this.dialogEvent;
    const day = this.dialogDay;
    let body: unknown = nothing;
    let heading: unknown = '';
    if (e) {
      const title = this.text(e.title, data);
      heading = html`<span lang=${ifDefined(title?.lang)}>${title?.text ?? e.id}</span>`;
      const status = statusLabel(e.status);
      const placeCity = e.placeCity ? data.cityById.get(e.placeCity) : undefined;
      const place = e.place
        ? html`${this.textTemplate(e.place, data)}${placeCity ? html`, ${this.placeName(placeCity, data)}` : nothing}`
        : placeCity
          ? this.placeName(placeCity, data)
          : nothing;
      const href = safeHref(e.url);
      const note = this.precisionNote(e);
      const categories = e.categories.map((id) => this.text(data.categoryById.get(id)?.name, data));
      body = html`<dl>
          <dt>${common.date()}</dt>
          <dd>
            <time datetime=${e.start}>${formatPartialRange(e.startDate, e.endDate, this.locale, data.timeZone)}</time>
            ${note ? html`<span class="note">(${note})</span>` : nothing}
            ${sourcesNote(e.start, e.dateSources?.start, this.locale, data.defaultLanguage)}
            ${sourcesNote(e.end, e.dateSources?.end, this.locale, data.defaultLanguage)}
          </dd>
          <dt>${common.format()}</dt>
          <dd>${formatLabel(e.format ?? 'unstated')}${status ? html`; <strong>${status}</strong>` : nothing}</dd>
          ${place !== nothing ? html`<dt>${msg('Place', {id: 'cal.detail.place'})}</dt><dd>${place}</dd>` : nothing}
          ${
            e.cities.length || e.countries.length
              ? html`<dt>${common.participants()}</dt>
                <dd>
                  <ul class="cities">
                    ${e.cities.map((id) => {
                      const c = data.cityById.get(id)!;
                      return html`<li>${this.placeName(c, data)} (${countryName(c.country, this.locale)})</li>`;
                    })}
                    ${e.countries.map((c) => html`<li>${countryName(c, this.locale)}</li>`)}
                  </ul>
                </dd>`
              : nothing
          }
          ${
            categories.length
              ? html`<dt>${msg('Category', {id: 'cal.filter.category'})}</dt>
                <dd>${categories.map((c, i) => html`${i ? ', ' : ''}<span lang=${ifDefined(c?.lang)}>${c?.text ?? e.categories[i]}</span>`)}</dd>`
              : nothing
          }
        </dl>
        ${e.description ? html`<p class="description">${this.textTemplate(e.description, data)}</p>` : nothing}
        <div class="actions">
          ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${common.moreInformation()}</a>` : nothing}
          <button @click=${() => void this.download([e], `${e.id}.ics`)}>${msg('Add to calendar (.ics)', {id: 'cal.exportEvent'})}</button>
        </div>`;
    } else if (day) {
      heading = this.fmt({weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'}, day);
      const events = this.index?.byDay.get(dayKey(day)) ?? [];
      body = html`<ul class="day-list">
        ${events.map((ev) => this.renderEventButton(ev, data))}
      </ul>`;
    }
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose} @cancel=${(
      ev: Event,
    ) => {
      if (this.dialogEvent && this.dialogDay) {
        ev.preventDefault();
        this.dialogEvent = undefined;
      }
    }}>
      ${
        e || day
          ? html`<div class="dialog-head">
              <h2 id="dialog-title">${heading}</h2>
              <button class="close" autofocus @click=${this.closeDialog} aria-label=${e && day ? msg('Back', {id: 'cal.dialog.back'}) : common.close()}>
                <span aria-hidden="true">${e && day ? '‹' : '×'}</span>
              </button>
            </div>
            ${body}`
          : nothing
      }
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-event-calendar': TwinEventCalendar;
  }
}
