/**
 * vkurko's EventCalendar 5 as a site would ship it: `@event-calendar/core` (Svelte 5 inside) with its
 * DayGrid and List plugins and its CSS (`@event-calendar/core/index.css`). bench/anchors/calendars.ts
 * measures this module's size and times it next to ours.
 *
 * The same events as FullCalendar's (bench/anchors/rival-feed.ts, converted in the timed render), 'local'
 * time (the page runs in the feed's zone), the weeks the month touches, previous / next / today.
 * It renders through Svelte's effects (microtasks), then places each event in its day cell, measuring
 * the cells, and hides what does not fit: `mount` resolves at its own signal that all events are
 * updated (`eventAllUpdated`, which it calls from a timer after those effects), never after a fixed
 * delay. `next()` is its API's; the month is in the DOM when the effects have run (the harness's
 * forced layout comes after them).
 */
import {createCalendar, destroyCalendar, DayGrid, List} from '@event-calendar/core';
import {version} from '@event-calendar/core/package.json';
import {fcEvent, nextDay} from './rival-feed.js';
import type {Drawn, RivalCalendar} from './rival.js';

export const css = ['@event-calendar/core/index.css'];

export const rival: RivalCalendar = {
  name: `EventCalendar ${version}`,
  views: {month: 'dayGridMonth', list: 'listYear', listMonth: 'listMonth'},
  mount(el, feed, view, date, listOf) {
    const initialView = view === 'list' && listOf === 'month' ? rival.views.listMonth! : rival.views[view]!;
    return new Promise((resolve) => {
      let ready = false;
      const calendar = createCalendar(el, [DayGrid, List], {
        view: initialView,
        date,
        locale: 'en',
        // EventCalendar cuts a day by its height only ("only the value `true` is supported", its README):
        // a calendar this tall has room for 3 events a day, then "+N more", as ours and FullCalendar's.
        dayMaxEvents: true,
        height: '830px',
        headerToolbar: {
          start: 'title',
          center: '',
          end: `prev,next today dayGridMonth,${initialView === 'dayGridMonth' ? 'listYear' : initialView}`,
        },
        events: (feed.events ?? []).map((e) => {
          const ev = fcEvent(e, feed);
          // EventCalendar's type wants an end: the feed's, else the event's one day or instant.
          return {...ev, end: ev.end ?? (ev.allDay ? nextDay(ev.start) : ev.start)};
        }),
        eventAllUpdated() {
          if (ready) return;
          ready = true;
          resolve({
            next: () => {
              calendar.next();
            },
            destroy: () => void destroyCalendar(calendar),
          });
        },
      });
    });
  },
  nextButton: '.ec-next',
  drawn(el): Drawn {
    const events = [...el.querySelectorAll('.ec-event')].filter((e) => getComputedStyle(e).visibility !== 'hidden');
    return {
      events: events.length,
      more: el.querySelectorAll('.ec-day-foot a').length,
      title: el.querySelector('.ec-title')?.textContent?.trim() ?? '',
      eventElements: el.querySelectorAll('.ec-event').length,
    };
  },
};
