/**
 * The TOAST UI Calendar anchor as a site would ship it: `@toast-ui/calendar` 2.1 (Preact inside, and
 * tui-date-picker, which its module imports) with its own CSS, the month view. It has no list view (its
 * views are month, week and day), so `views.list` is absent and the list rows leave it out.
 *
 * The feed's events become TOAST UI events inside `mount` (timed): the title in English, else the feed's
 * default language, else any; an all-day `YYYY-MM-DD` as an `allday` event from the start day's local
 * midnight to the end day's (TOAST UI's all-day end day is inclusive, as the feed's); a date-time with
 * its offset as a `time` event, as given (TOAST UI parses it with `Date`; the page runs in the feed's
 * time zone, Asia/Vladivostok). Settings closest to ours: the weeks the month touches
 * (`isAlways6Weeks: false`), at most 3 events a day then its own "N more" (`visibleEventCount: 3`; the
 * default is 6), weeks from Sunday as ours in English, read-only with no grid selection (ours is a
 * reader's calendar), no usage statistics (by default TOAST UI sends a hit to Google Analytics). TOAST UI
 * draws the grid in its container's height: 800 px here, so that six weeks keep room for 3 events a day.
 *
 * TOAST UI draws no header at all: no title and no navigation buttons (its examples add their own). This
 * adapter adds what a site must add, a plain toolbar before the calendar: previous / today / next buttons
 * calling `calendar.prev()`, `today()`, `next()`, and the month's title; the bench clicks that "next"
 * button. Its cost (three buttons, one date format per switch) is part of the timings.
 *
 * TOAST UI renders asynchronously: `new Calendar()` draws the empty month of today at once, then
 * `setDate` and `createEvents` update its store, and Preact redraws in a microtask (with the cells'
 * height measured in a layout effect). `mount` waits for the events in the DOM with a MutationObserver
 * (rival-dom.ts `whenDrawn`): the time ends with the commit that drew them.
 */
import Calendar, {type EventObject} from '@toast-ui/calendar';
import type {Drawn, Feed, RivalCalendar} from './rival.js';
import {RIVAL_CSS} from './rival-css.js';
import {feedTitle, whenDrawn} from './rival-dom.js';

/** Its CSS (node_modules-relative), also in rival-css.ts for Node. */
export const css = RIVAL_CSS['toast-ui-app'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TITLE = new Intl.DateTimeFormat('en-US', {month: 'long', year: 'numeric'});

export function toToastUiEvents(feed: Feed): EventObject[] {
  return (feed.events ?? []).map((e) => {
    const title = feedTitle(e.title, feed.defaultLanguage);
    if (DAY.test(e.start)) {
      const end = e.end ?? e.start;
      return {
        id: e.id,
        calendarId: 'feed',
        title,
        category: 'allday',
        isAllday: true,
        start: `${e.start}T00:00:00`,
        end: `${end}T00:00:00`,
      };
    }
    return {id: e.id, calendarId: 'feed', title, category: 'time', start: e.start, end: e.end ?? e.start};
  });
}

const count = (el: HTMLElement, selector: string) => el.querySelectorAll(selector).length;
const title = (el: HTMLElement) => el.querySelector('.twin-rival-title')?.textContent ?? '';
/** The month's grid as drawn: its first and last day numbers and its number of cells. */
const grid = (el: HTMLElement) => {
  const days = el.querySelectorAll('.toastui-calendar-grid-cell-date');
  return `${days[0]?.textContent}…${days[days.length - 1]?.textContent}/${days.length}`;
};
const NEXT = '.twin-rival-toolbar button[data-nav="next"]';

export const rival: RivalCalendar = {
  name: 'TOAST UI Calendar 2.1.3',
  views: {month: 'month'},
  async mount(el, feed, view, date) {
    if (view !== 'month') throw new Error('TOAST UI Calendar has no list view');
    // The toolbar TOAST UI leaves to the site: plain buttons and the month's title.
    const toolbar = document.createElement('div');
    toolbar.className = 'twin-rival-toolbar';
    toolbar.style.cssText = 'display:flex;gap:8px;align-items:center;margin-bottom:8px';
    const buttons = (['prev', 'today', 'next'] as const).map((nav) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset['nav'] = nav;
      b.textContent = {prev: 'Previous', today: 'Today', next: 'Next'}[nav];
      return b;
    });
    const heading = document.createElement('span');
    heading.className = 'twin-rival-title';
    heading.style.cssText = 'font:600 20px sans-serif;margin-left:8px';
    toolbar.append(...buttons, heading);
    const container = document.createElement('div');
    container.style.height = '800px';
    el.append(toolbar, container);

    const calendar = new Calendar(container, {
      defaultView: 'month',
      usageStatistics: false,
      isReadOnly: true,
      gridSelection: false,
      month: {visibleEventCount: 3, isAlways6Weeks: false, startDayOfWeek: 0},
      calendars: [{id: 'feed', name: 'Feed'}],
    });
    const showTitle = () => (heading.textContent = TITLE.format(calendar.getDate().toDate()));
    calendar.setDate(`${date}T00:00:00`);
    calendar.createEvents(toToastUiEvents(feed));
    showTitle();
    await whenDrawn(el, () => !!el.querySelector('.toastui-calendar-weekday-event-block'), 'TOAST UI Calendar');

    const go = {prev: () => calendar.prev(), today: () => calendar.today(), next: () => calendar.next()};
    for (const b of buttons)
      b.onclick = () => {
        // The title is the site's and changes at once; TOAST UI redraws its grid later (Preact): until
        // then the click is `pending` (the grid drawn before the click is still on screen).
        el.dataset['staleGrid'] = grid(el);
        go[b.dataset['nav'] as keyof typeof go]();
        showTitle();
      };
    return {
      async next() {
        const before = grid(el);
        calendar.next();
        showTitle();
        await whenDrawn(el, () => grid(el) !== before, 'TOAST UI Calendar next');
      },
      destroy() {
        calendar.destroy();
        el.replaceChildren();
      },
    };
  },
  nextButton: NEXT,
  pending: (el) => el.dataset['staleGrid'] !== undefined && grid(el) === el.dataset['staleGrid'],
  drawn(el): Drawn {
    return {
      events: count(el, '.toastui-calendar-weekday-event-block'),
      more: count(el, '.toastui-calendar-grid-cell-more-events'),
      title: title(el),
    };
  },
};
