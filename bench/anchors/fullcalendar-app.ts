/**
 * The FullCalendar anchor as a site would ship it: FullCalendar 6 with the dayGrid and list plugins,
 * showing a Twinning Kit feed's events. bench/anchors/fullcalendar.ts measures this module's size (the
 * same way bench/size.ts measures ours) and times it in headless Chromium next to <twin-event-calendar>.
 *
 * The feed's events become FullCalendar event objects here, and that conversion is part of the timed
 * render (ours validates and indexes the feed in its timed render): title in the page's language (else
 * the feed's default language, else any), `start`/`end` as given, `allDay` when the date has no time,
 * and an inclusive all-day `end` day made exclusive, as FullCalendar wants it. FullCalendar has no
 * partial dates: the benches give both calendars feeds with every date pinned to a day
 * (bench/anchors/fixtures.ts), and this throws on a `YYYY` or `YYYY-MM` date rather than invent a day.
 * Time zone: FullCalendar without a time-zone plugin knows only 'local' and 'UTC'; the bench feeds are
 * all-day, so 'local' changes nothing.
 */
import {Calendar, type EventInput} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';

type Text = string | Record<string, string>;
export interface FeedEvent {
  id: string;
  title: Text;
  start: string;
  end?: string;
}
export interface Feed {
  defaultLanguage?: string;
  events?: FeedEvent[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function text(t: Text, lang: string, fallback: string | undefined): string {
  if (typeof t === 'string') return t;
  return t[lang] ?? (fallback ? t[fallback] : undefined) ?? t['en'] ?? Object.values(t)[0] ?? '';
}

/** The day after `YYYY-MM-DD`. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function toFullCalendarEvents(feed: Feed, lang: string): EventInput[] {
  return (feed.events ?? []).map((e) => {
    const allDay = DAY.test(e.start);
    if (!allDay && !e.start.includes('T'))
      throw new Error(`${e.id}: a partial date (${e.start}) has no FullCalendar equivalent: pin it first`);
    const end = e.end ? (allDay && DAY.test(e.end) ? nextDay(e.end) : e.end) : undefined;
    return {id: e.id, title: text(e.title, lang, feed.defaultLanguage), start: e.start, ...(end ? {end} : {}), allDay};
  });
}

export type FullCalendarView = 'dayGridMonth' | 'listYear' | 'listMonth';

/**
 * A calendar in `el` showing `feed`: like our element's defaults, at most 3 events a day then "+N more", the weeks the month touches,
 * previous/next/today, the month and the list view to choose from.
 */
export function eventCalendar(
  el: HTMLElement,
  feed: Feed,
  view: FullCalendarView,
  date: string,
  lang = 'en',
): Calendar {
  const calendar = new Calendar(el, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: view,
    initialDate: date,
    locale: lang,
    timeZone: 'local',
    dayMaxEvents: 3,
    // Ours shows the weeks the month touches (5 for July 2021); FullCalendar's default is always 6.
    fixedWeekCount: false,
    headerToolbar: {left: 'title', center: '', right: 'prev,next today dayGridMonth,listYear'},
    events: toFullCalendarEvents(feed, lang),
  });
  calendar.render();
  return calendar;
}
