/**
 * The feeds the anchors and our elements are timed on side by side. FullCalendar has no partial dates,
 * so the calendar comparison uses the calendar bench's very synthetic feed (syntheticFeed({events:
 * 10_000}): 10% of the dates are a year only, 25% a month only) with every partial date pinned to a day,
 * all-day on the first day of its period: `2021-07` becomes `2021-07-01`, `2021` becomes `2021-01-01`.
 * Both calendars get that same pinned feed, so both show the same 10,000 all-day events on the same days
 * (and neither shows our "day not given" bands). The pinning piles 1,000 events on 1 January and about
 * 200 on the first of each month; both calendars cut a day at 3 events and a "+N more".
 */
import {syntheticFeed, type FixtureOptions} from '../../data-schema/fixtures/generate.js';
import type {FeedInput} from '../../data-schema/schema.js';

/** `YYYY` and `YYYY-MM` to the first day of the period; days and date-times as they are. */
export function pinToDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

export function pinnedFeed(options: FixtureOptions): FeedInput {
  const feed = syntheticFeed(options);
  return {
    ...feed,
    events: feed.events!.map((e) => ({...e, start: pinToDay(e.start), ...(e.end ? {end: pinToDay(e.end)} : {})})),
  };
}
