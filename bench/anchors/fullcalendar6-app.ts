/**
 * FullCalendar 6 as a site would ship it, with the dayGrid and list plugins, showing a Twinning Kit
 * feed's events: bench/anchors/calendars.ts measures this module's size (the same way bench/size.ts
 * measures ours) and times it in headless Chromium next to <twin-event-calendar>.
 *
 * The feed's events become FullCalendar event objects here, and that conversion is part of the timed
 * render (ours validates and indexes the feed in its timed render): title in the page's language (else
 * the feed's default language, else any), `start`/`end` as given, `allDay` when the date has no time,
 * and an inclusive all-day `end` day made exclusive, as FullCalendar wants it (bench/anchors/
 * rival-feed.ts). FullCalendar has no partial dates: the benches give every calendar feeds with every
 * date pinned to a day (bench/anchors/fixtures.ts), and the conversion throws on a `YYYY` or `YYYY-MM`
 * date rather than invent a day.
 * Time zone: FullCalendar 6 without a time-zone plugin knows only 'local' and 'UTC'; the bench pages run
 * in the feed's zone (Asia/Vladivostok), so 'local' puts every timed event on the feed's day and hour.
 * Like our element's defaults: at most 3 events a day then "+N more", the weeks the month touches,
 * previous / next / today, the month and the list view to choose from. `render()` and `next()` are
 * synchronous in FullCalendar 6. It injects its own CSS from its JS: no CSS file to add.
 */
import {Calendar, version} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import {fcEvent} from './rival-feed.js';
import type {Drawn, RivalCalendar} from './rival.js';

/** FullCalendar 6's month and list views draw the same markup (and FullCalendar 7 keeps these classes). */
export function fullCalendarDrawn(el: HTMLElement): Drawn {
  const visible = [...el.querySelectorAll<HTMLElement>('.fc-daygrid-event-harness')].filter(
    (h) => getComputedStyle(h).visibility !== 'hidden',
  );
  const listRows = el.querySelectorAll('.fc-list-event').length;
  return {
    events: visible.length || listRows,
    more: el.querySelectorAll('.fc-daygrid-more-link').length,
    title: el.querySelector('.fc-toolbar-title')?.textContent?.trim() ?? '',
    eventElements: el.querySelectorAll('.fc-daygrid-event').length,
    listRows,
    listDays: el.querySelectorAll('.fc-list-day').length,
  };
}

export const rival: RivalCalendar = {
  name: `FullCalendar ${version}`,
  views: {month: 'dayGridMonth', list: 'listYear', listMonth: 'listMonth'},
  mount(el, feed, view, date, listOf) {
    const initialView = view === 'list' && listOf === 'month' ? rival.views.listMonth! : rival.views[view]!;
    const calendar = new Calendar(el, {
      plugins: [dayGridPlugin, listPlugin],
      initialView,
      initialDate: date,
      locale: 'en',
      timeZone: 'local',
      dayMaxEvents: 3,
      // Ours shows the weeks the month touches (5 for July 2021); FullCalendar's default is always 6.
      fixedWeekCount: false,
      headerToolbar: {
        left: 'title',
        center: '',
        right: `prev,next today dayGridMonth,${initialView === 'dayGridMonth' ? 'listYear' : initialView}`,
      },
      events: (feed.events ?? []).map((e) => fcEvent(e, feed)),
    });
    calendar.render();
    return {next: () => calendar.next(), destroy: () => calendar.destroy()};
  },
  nextButton: '.fc-next-button',
  drawn: fullCalendarDrawn,
};
