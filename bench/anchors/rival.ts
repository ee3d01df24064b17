/**
 * What every calendar rival's adapter (bench/anchors/<rival>-app.ts) provides, so that one harness
 * (bench/anchors/calendars.ts) times each of them next to <twin-event-calendar> on the same events.
 *
 * An adapter runs in the browser. It converts a Twinning Kit feed's events to the rival's own event
 * objects (that conversion is part of the timed render, as our validation and indexing are part of ours),
 * and draws the rival's month view (and its list view, if it has one) with the rival's own CSS, with the
 * settings closest to ours: the weeks of the month, at most 3 events a day then "+N more" where the rival
 * can cut a day, previous / next / today buttons, English.
 */
export type RivalView = 'month' | 'list';

/** A feed's event as the adapters read it (bench/anchors/fixtures.ts makes them). */
export interface FeedEvent {
  id: string;
  title: string | Record<string, string>;
  /** `YYYY-MM-DD` (all day) or `YYYY-MM-DDTHH:MM:SS+10:00`. */
  start: string;
  /** All-day: the last day, inclusive (`YYYY-MM-DD`); timed: a date-time. */
  end?: string;
}
export interface Feed {
  defaultLanguage?: string;
  timeZone?: string;
  events?: FeedEvent[];
}

export interface Drawn {
  /** Events drawn in the visible month grid (or list rows drawn, in the list view). */
  events: number;
  /** "+N more" links drawn (month view). */
  more: number;
  /** The title the rival shows for the period (changes on "next"). */
  title: string;
  [key: string]: number | string;
}

export interface RivalCalendar {
  /** The name printed in the table, with the version: 'FullCalendar 7.1.2'. */
  name: string;
  /**
   * The rival's own name for each view it has: {month: 'dayGridMonth', list: 'listYear'}. `list` is its
   * list closest to ours (which lists all events) on a feed spread over a year; `listMonth`, where the
   * rival has one apart, its list of one month, the closest on the dense feed (one month, asked for with
   * mount's `listOf: 'month'`); without it, the harness shows `list` on both.
   */
  views: {month: string; list?: string; listMonth?: string};
  /**
   * Draws `feed` in `el` (an empty div in <main>, 1,100 px wide), showing the month of `date`
   * (`YYYY-MM-DD`). Resolves when the events are in the DOM (synchronous renderers resolve at once;
   * an asynchronous one after its own "rendered" signal, never after a fixed delay).
   */
  mount(
    el: HTMLElement,
    feed: Feed,
    view: RivalView,
    date: string,
    listOf?: 'month' | 'year',
  ): Promise<RivalHandle> | RivalHandle;
  /** CSS selector, inside `el`, of the button a reader clicks for the next month. */
  nextButton: string;
  /** What is drawn in `el` now: a render that drew nothing fails the bench. */
  drawn(el: HTMLElement): Drawn;
  /**
   * Optional, cheap (read in a frame callback): true while the rival shows the new period's title but
   * not yet its events, as FullCalendar 7 does for a frame. The click interaction waits for it to end.
   */
  pending?(el: HTMLElement): boolean;
}

export interface RivalHandle {
  /** The next period through the rival's API; resolves when it is in the DOM. */
  next(): Promise<void> | void;
  destroy(): void;
}
