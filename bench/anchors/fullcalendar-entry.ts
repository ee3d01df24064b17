/**
 * The FullCalendar bench page's script (bench/anchors/fullcalendar.ts): `fcBench.render` and
 * `fcBench.next` time one run each, the counterparts of bench/calendar.ts's `calBench`.
 */
import type {Calendar} from '@fullcalendar/core';
import {eventCalendar, type Feed, type FullCalendarView} from './fullcalendar-app.js';

let current: Calendar | undefined;

function mountPoint(): HTMLElement {
  current?.destroy();
  current = undefined;
  const main = document.querySelector('main')!;
  main.replaceChildren();
  const el = document.createElement('div');
  main.append(el);
  return el;
}

/** What FullCalendar drew: a render that drew nothing is a broken bench, not a fast one. */
function counts(el: HTMLElement): Record<string, number> {
  const visible = [...el.querySelectorAll<HTMLElement>('.fc-daygrid-event-harness')].filter(
    (h) => getComputedStyle(h).visibility !== 'hidden',
  );
  return {
    eventsInGrid: visible.length,
    eventElements: el.querySelectorAll('.fc-daygrid-event').length,
    moreLinks: el.querySelectorAll('.fc-daygrid-more-link').length,
    listRows: el.querySelectorAll('.fc-list-event').length,
    listDays: el.querySelectorAll('.fc-list-day').length,
  };
}

const title = (el: HTMLElement) => el.querySelector('.fc-toolbar-title')?.textContent?.trim() ?? '';

const fcBench = {
  feeds: {} as Record<string, string>,
  render(key: string, view: FullCalendarView, date: string) {
    const el = mountPoint();
    const feed = JSON.parse(this.feeds[key]!) as Feed;
    const t = performance.now();
    current = eventCalendar(el, feed, view, date);
    el.getBoundingClientRect();
    const ms = performance.now() - t;
    return {ms, counts: counts(el), title: title(el)};
  },
  async next(key: string, view: FullCalendarView, date: string) {
    const el = mountPoint();
    current = eventCalendar(el, JSON.parse(this.feeds[key]!) as Feed, view, date);
    el.getBoundingClientRect();
    const before = title(el);
    await new Promise((r) => setTimeout(r, 30));
    const t = performance.now();
    current.next();
    el.getBoundingClientRect();
    const ms = performance.now() - t;
    if (title(el) === before) throw new Error('FullCalendar: the month did not change');
    return {ms, counts: counts(el), title: title(el)};
  },
};
Object.assign(globalThis, {fcBench});
