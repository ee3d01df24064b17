/**
 * FullCalendar 7 as a site would ship it: the `fullcalendar` package (Preact inside, Temporal through
 * temporal-polyfill) with the dayGrid and list plugins and the classic theme (its plugin, and its CSS:
 * `fullcalendar/skeleton.css`, `themes/classic/theme.css` and `palette.css`, the files its README
 * imports). bench/anchors/calendars.ts measures this module's size and times it next to ours.
 *
 * The same events and settings as FullCalendar 6 (bench/anchors/fullcalendar6-app.ts): the conversion in
 * the timed render, 'local' time (the page runs in the feed's zone), at most 3 events a day then "+N more",
 * the weeks the month touches, previous / next / today. `render()` and `next()` draw the month's events
 * hidden, and show them once measured, in the next frame: `mount` and `next` resolve then (`shown`).
 */
import {Calendar, version} from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicTheme from 'fullcalendar/themes/classic';
import {fcEvent} from './rival-feed.js';
import type {Drawn, RivalCalendar} from './rival.js';

export const css = [
  'fullcalendar/skeleton.css',
  'fullcalendar/themes/classic/theme.css',
  'fullcalendar/themes/classic/palette.css',
];

/** FullCalendar 7's month events not shown yet: drawn hidden, then measured and placed. */
const pending = (el: HTMLElement): boolean => !!el.querySelector('[role="listitem"][style*="visibility: hidden"]');

/**
 * Resolves when the events are shown. FullCalendar 7's `render()` and `next()` draw the month's events
 * hidden; its resize observers measure them in the next frame and it shows them then. Checked in a
 * ResizeObserver of ours, created after its own (so called after them in that frame, before its paint),
 * then at each later frame if need be.
 */
function shown(el: HTMLElement): Promise<void> {
  if (!pending(el)) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => (pending(el) ? requestAnimationFrame(check) : resolve());
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      check();
    });
    observer.observe(el);
  });
}

export const rival: RivalCalendar = {
  name: `FullCalendar ${version}`,
  views: {month: 'dayGridMonth', list: 'listYear', listMonth: 'listMonth'},
  mount(el, feed, view, date, listOf) {
    const initialView = view === 'list' && listOf === 'month' ? rival.views.listMonth! : rival.views[view]!;
    const calendar = new Calendar(el, {
      plugins: [dayGridPlugin, listPlugin, classicTheme],
      initialView,
      initialDate: date,
      locale: 'en',
      timeZone: 'local',
      dayMaxEvents: 3,
      fixedWeekCount: false,
      headerToolbar: {
        start: 'title',
        center: '',
        end: `prev,next today dayGridMonth,${initialView === 'dayGridMonth' ? 'listYear' : initialView}`,
      },
      events: (feed.events ?? []).map((e) => fcEvent(e, feed)),
    });
    calendar.render();
    const handle = {
      next: () => {
        calendar.next();
        return shown(el);
      },
      destroy: () => calendar.destroy(),
    };
    return shown(el).then(() => handle);
  },
  // FullCalendar 7's classes are hashed (fc-classic-XpK): its roles and labels are what stays.
  nextButton: 'button[aria-label^="Next"]',
  pending,
  drawn(el): Drawn {
    // The month grid's events and the list's rows are list items; the list's days too (with a label).
    const listRows = el.querySelectorAll('[role="list"][aria-label="Events"] > [role="listitem"]').length;
    const items = [...el.querySelectorAll<HTMLElement>('[role="listitem"]:not([aria-label])')].filter(
      (e) => getComputedStyle(e).visibility !== 'hidden',
    );
    return {
      events: listRows || items.length,
      more: el.querySelectorAll('[role="button"][aria-haspopup="dialog"]').length,
      title: el.querySelector('[role="heading"]')?.textContent?.trim() ?? '',
      listRows,
    };
  },
};
