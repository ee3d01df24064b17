/**
 * What the calendar's template modules (toolbar, filters, month, year and list views, the details
 * dialog) read from the element and how they act on it. The element itself is this host: the modules
 * receive `this`, typed as this interface, so no module imports the element class. These members are
 * public to the modules but not the element's API: the element marks them `@internal` (or `@private`
 * for reactive state) so custom-elements.json does not list them as public. No getter layer in
 * between: terser never shortens property names, and a copy of each name costs bytes in every entry.
 */
import type {TemplateResult} from 'lit';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import type {ResolvedText} from '../core/localized-text.js';
import type {EventItem, TwinData} from '../core/merge.js';
import type {WindowedRows} from '../core/controllers/windowed-rows.js';
import type {DialogState} from './dialog-state.js';
import type {CalendarIndex, Day, Filters, Row, View} from './model.js';

export interface CalendarHost {
  readonly locale: string;
  /** The day in focus: the month or year on screen (set once the feed is read). */
  cursor: Day | undefined;
  readonly todayDay: Day;
  readonly currentView: View;
  /** Events shown in a day cell before "+k more". */
  readonly maxEvents: number;
  /** The events of the period on screen, by day, month and year. */
  readonly index: CalendarIndex;
  /** The events the filters let through, in feed order. */
  readonly filtered: readonly EventItem[];
  /** The filtered events in calendar order, the list's rows, and how many headers come before each row (`headersBefore`). */
  readonly everything: {sorted: EventItem[]; rows: Row[]; headers: Uint32Array};
  readonly filters: Filters;
  /** Bands and chip groups shown in full. */
  readonly expanded: ReadonlySet<string>;
  filtersOpen: boolean;
  /** The open filter panel, once its chunk is loaded (filter-panel.ts). */
  readonly filterPanel: typeof import('./filter-panel.js').renderPanel | undefined;
  /** The .ics download's choice (all events, or only those known to the day) is open. */
  exportOpen: boolean;
  /** The list's event (index in calendar order) in the Tab order. */
  listFocus: number;
  /** What to focus after the next render: the grid's or the list's current item. */
  pendingFocus: 'grid' | 'list' | undefined;
  /** The details dialog: what it shows, opening, "back", closing. */
  readonly dialog: DialogState;
  /** The list's windowing. */
  readonly rows: WindowedRows;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;

  feedText(value: LocalizedText | undefined, data: TwinData): ResolvedText | undefined;
  textSpan(value: LocalizedText | undefined, data: TwinData, fallback?: string): TemplateResult;
  placeName(city: City | undefined, data: TwinData): TemplateResult;
  placeText(city: City, data: TwinData): string;
  /** A cached date formatter for the element's locale (UTC). */
  dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
  fmt(options: Intl.DateTimeFormatOptions, day: Day): string;
  /** The level of the element's top heading (`heading-level`; `level()` of core/twin-element.ts). */
  readonly headingLevel: number;
  /** "n events", in the element's language. */
  count(n: number): string;

  /** Shows a band or chip group in full. */
  expand(key: string): void;
  chooseView(view: View, day?: Day): void;
  /** New filters, then "Shown: n events" to screen readers. */
  setFilters(filters: Filters): void;
  download(events: readonly EventItem[], name: string): Promise<void>;
  /** The .ics download's choice, once its chunk is loaded (export-choice.ts). */
  readonly exportChoice: typeof import('./export-choice.js').renderExportChoice | undefined;
  /** Opens or closes the .ics download's choice (loading it on first use). */
  toggleExport(): void;
}
