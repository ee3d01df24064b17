/**
 * The Schedule-X anchor as a site would ship it: Schedule-X 4.9 (`@schedule-x/calendar`, on Preact and
 * @preact/signals) with its default theme, the month grid and the list view, and the Temporal polyfill
 * its dates need (`temporal-polyfill/global` installs it only where the browser has no Temporal: the
 * Chromium the benches run has a native one, so Schedule-X runs on that; the polyfill's 1.0.8, which
 * FullCalendar 7 needs, works with Schedule-X 4.9 too, although it declares 0.3.2: checked with the
 * native one removed).
 *
 * The feed's events become Schedule-X events inside `mount` (timed): the title in English, else the
 * feed's default language, else any; an all-day `YYYY-MM-DD` with its inclusive end as a
 * `Temporal.PlainDate` pair (Schedule-X's all-day end is inclusive too); a date-time with its offset as a
 * `Temporal.ZonedDateTime` in the feed's time zone (Asia/Vladivostok, the bench pages' zone too).
 * Settings closest to ours: the weeks the month touches (Schedule-X's month grid always shows those),
 * at most 3 events a day then its own "+N events" button (`monthGridOptions.nEventsPerDay: 3`; the
 * default is 4), weeks from Sunday as ours in English, English (`en-US`), no sliding animation on a
 * month switch (ours has none), its own header: today, previous and next, the month's title, the view
 * menu and the date picker; 800 px tall (it fills the height its site gives it).
 * The list view (`createViewList`) lists every event of the feed, day by day (an event over several
 * days under each of its days), all of them drawn (no windowing). Its header shows no title and hides
 * the previous / next buttons (its CSS: `.is-list-view .sx__forward-backward-navigation {display: none}`):
 * a reader moves through it by scrolling or with the date picker, so `nextButton` is the month view's.
 * In the list view the title read here is the period's label (the navigation's aria-label), and `next()`
 * presses the hidden button (Schedule-X then scrolls the list to the next month's first day).
 *
 * Schedule-X renders asynchronously: `calendar.render(el)` draws the header, the view is rendered in an
 * effect (after the next frame, Preact's `useEffect`), and the month grid places its events in another
 * effect then a state update (a microtask). `mount` therefore waits for the events in the DOM with a
 * MutationObserver (rival-dom.ts `whenDrawn`): the time ends with the commit that drew them. Schedule-X's
 * own `onRender` callback is no such signal: it runs before the view is rendered.
 */
import 'temporal-polyfill/global';
import type {} from 'temporal-spec/global';
import {
  createCalendar,
  createViewList,
  createViewMonthGrid,
  type CalendarConfig,
  type CalendarEvent,
} from '@schedule-x/calendar';
import type {Drawn, Feed, RivalCalendar} from './rival.js';
import {RIVAL_CSS} from './rival-css.js';
import {feedTitle, whenDrawn} from './rival-dom.js';

/** Its CSS (node_modules-relative), also in rival-css.ts for Node. */
export const css = RIVAL_CSS['schedule-x-app'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const VIEWS = {month: 'month-grid', list: 'list'} as const;

export function toScheduleXEvents(feed: Feed, timeZone: string): CalendarEvent[] {
  const zoned = (s: string) => Temporal.Instant.from(s).toZonedDateTimeISO(timeZone);
  return (feed.events ?? []).map((e) => {
    const title = feedTitle(e.title, feed.defaultLanguage);
    if (DAY.test(e.start)) {
      const start = Temporal.PlainDate.from(e.start);
      return {id: e.id, title, start, end: e.end ? Temporal.PlainDate.from(e.end) : start};
    }
    const start = zoned(e.start);
    return {id: e.id, title, start, end: e.end ? zoned(e.end) : start};
  });
}

const count = (el: HTMLElement, selector: string) => el.querySelectorAll(selector).length;
const heading = (el: HTMLElement) => el.querySelector('.sx__range-heading')?.textContent?.trim() ?? '';
/** The period's label: the month's heading, else (list view) the navigation's aria-label. */
const title = (el: HTMLElement) =>
  heading(el) || (el.querySelector('.sx__forward-backward-navigation')?.getAttribute('aria-label') ?? '');
const firstDay = (el: HTMLElement) => el.querySelector('.sx__month-grid-day')?.getAttribute('data-date') ?? '';
const NEXT = '.sx__chevron-wrapper:has(.sx__chevron--next)';

export const rival: RivalCalendar = {
  name: 'Schedule-X 4.9.1',
  views: VIEWS,
  async mount(el, feed, view, date) {
    const timeZone = feed.timeZone ?? Temporal.Now.timeZoneId();
    const calendar = createCalendar({
      views: [createViewMonthGrid(), createViewList()],
      defaultView: VIEWS[view],
      selectedDate: Temporal.PlainDate.from(date),
      locale: 'en-US',
      firstDayOfWeek: 7,
      timezone: timeZone as CalendarConfig['timezone'],
      monthGridOptions: {nEventsPerDay: 3},
      skipAnimations: true,
      events: toScheduleXEvents(feed, timeZone),
    });
    // Schedule-X fills its container's height (its CSS: height 100%), which the site sets: 800 px, as
    // for TOAST UI; the list then scrolls inside it.
    const box = document.createElement('div');
    box.style.height = '800px';
    el.append(box);
    calendar.render(box);
    await whenDrawn(
      el,
      view === 'month'
        ? () => !!heading(el) && !!el.querySelector('.sx__month-grid-event')
        : () => !!el.querySelector('.sx__list-event'),
      'Schedule-X',
    );
    return {
      // Schedule-X has no "next" in its API without the calendar-controls plugin: its own button, as a
      // reader presses it (it listens to mouseup, not click).
      async next() {
        const before = title(el);
        const first = firstDay(el);
        el.querySelector(NEXT)!.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        await whenDrawn(
          el,
          view === 'month' ? () => title(el) !== before && firstDay(el) !== first : () => title(el) !== before,
          'Schedule-X next',
        );
      },
      destroy() {
        calendar.destroy();
        box.remove();
      },
    };
  },
  nextButton: NEXT,
  drawn(el): Drawn {
    const listRows = count(el, '.sx__list-event');
    return {
      events: listRows || count(el, '.sx__month-grid-event'),
      more: count(el, '.sx__month-grid-day__events-more'),
      title: title(el),
      gridEvents: count(el, '.sx__month-grid-event'),
      listRows,
      listDays: count(el, '.sx__list-day'),
    };
  },
};
