/**
 * What the calendar rivals' adapters share (bench/anchors/<rival>-app.ts): reading a Twinning Kit feed's
 * event as every rival needs it. The rivals have no partial dates: the bench feeds (bench/anchors/
 * fixtures.ts) give every event a day (`YYYY-MM-DD`, all day) or a date-time with its offset, and these
 * throw on a `YYYY` or `YYYY-MM` date rather than invent a day.
 */
import type {Feed, FeedEvent} from './rival.js';

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The title in `lang`, else in the feed's default language, else English, else any. */
export function titleOf(e: FeedEvent, feed: Feed, lang = 'en'): string {
  const t = e.title;
  if (typeof t === 'string') return t;
  return (
    t[lang] ?? (feed.defaultLanguage ? t[feed.defaultLanguage] : undefined) ?? t['en'] ?? Object.values(t)[0] ?? ''
  );
}

/** The day after `YYYY-MM-DD`: the rivals' all-day ends are exclusive, the feed's inclusive. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * An event as FullCalendar and EventCalendar read it: `allDay` when the date has no time, an inclusive
 * all-day `end` made exclusive, date-times as given (with their offset).
 */
export function fcEvent(
  e: FeedEvent,
  feed: Feed,
  lang = 'en',
): {id: string; title: string; start: string; end?: string; allDay: boolean} {
  const allDay = DAY.test(e.start);
  if (!allDay && !e.start.includes('T'))
    throw new Error(`${e.id}: a partial date (${e.start}) has no equivalent in the rivals: pin it first`);
  const out: ReturnType<typeof fcEvent> = {id: e.id, title: titleOf(e, feed, lang), start: e.start, allDay};
  if (e.end) out.end = allDay && DAY.test(e.end) ? nextDay(e.end) : e.end;
  return out;
}
