/**
 * What the calendar's template modules (toolbar, filters, month, year and list views, the details
 * dialog) read from the element and how they act on it. The element hands them an object of this
 * shape, so no module imports the element class and the element keeps its state private.
 */
import type {TemplateResult} from 'lit';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import type {ResolvedText} from '../core/localized-text.js';
import type {EventItem, TwinData} from '../core/merge.js';
import type {WindowedRows} from '../core/controllers/windowed-rows.js';
import type {CalendarIndex, Day, FilterGroup, Filters, Row, View} from './model.js';

export interface CalendarHost {
  readonly locale: string;
  /** The day in focus: the month or year on screen. */
  readonly cursor: Day;
  readonly todayDay: Day;
  readonly currentView: View;
  /** Events shown in a day cell before "+k more". */
  readonly maxEvents: number;
  /** The events of the period on screen, by day, month and year. */
  readonly index: CalendarIndex;
  /** The events the filters let through, in feed order. */
  readonly filtered: readonly EventItem[];
  /** The filtered events in calendar order, and the list's rows. */
  readonly everything: {sorted: EventItem[]; rows: Row[]};
  readonly filters: Filters;
  /** Bands and chip groups shown in full. */
  readonly expanded: ReadonlySet<string>;
  readonly filtersOpen: boolean;
  readonly exportOpen: boolean;
  readonly dialogEvent: EventItem | undefined;
  readonly dialogDay: Day | undefined;
  /** The list's event (index in calendar order) in the Tab order. */
  listFocus: number;
  readonly rows: WindowedRows;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;

  text(value: LocalizedText | undefined, data: TwinData): ResolvedText | undefined;
  textSpan(value: LocalizedText | undefined, data: TwinData, fallback?: string): TemplateResult;
  placeName(city: City | undefined, data: TwinData): TemplateResult;
  placeText(city: City, data: TwinData): string;
  /** A cached date formatter for the element's locale (UTC). */
  dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
  fmt(options: Intl.DateTimeFormatOptions, day: Day): string;
  /** "n events", in the element's language. */
  count(n: number): string;

  expand(key: string): void;
  setCursor(day: Day, focus?: 'grid' | 'list'): void;
  step(direction: -1 | 1): void;
  goToday(): void;
  chooseView(view: View, day?: Day): void;
  setFiltersOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  toggle(group: FilterGroup, value: string): void;
  clearFilters(): void;
  openEvent(event: EventItem | undefined, from?: HTMLElement): void;
  openDay(day: Day, from?: HTMLElement): void;
  /** Back from an event to its day's list, or closes the dialog. */
  closeDialog(): void;
  /** Escape: back to the day's list when an event of it is open (true), else let the dialog close. */
  backToDay(): boolean;
  onDialogClose(): void;
  download(events: readonly EventItem[], name: string): Promise<void>;
  /** After the next render, focus the grid's or the list's current item. */
  focusAfterRender(target: 'grid' | 'list'): void;
}
