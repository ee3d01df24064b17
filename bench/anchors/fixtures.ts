/**
 * The feeds the anchors and our elements are timed on side by side. FullCalendar has no partial dates,
 * so the calendar comparison uses the calendar bench's very synthetic feed (syntheticFeed({events:
 * 10_000}): 10% of the dates are a year only, 25% a month only) with every partial date pinned to a day,
 * all-day on the first day of its period: `2021-07` becomes `2021-07-01`, `2021` becomes `2021-01-01`.
 * Both calendars get that same pinned feed, so both show the same 10,000 all-day events on the same days
 * (and neither shows our "day not given" bands). The pinning piles 1,000 events on 1 January and about
 * 200 on the first of each month; both calendars cut a day at 3 events and a "+N more".
 */
import {rng, syntheticFeed, type FixtureOptions} from '../../data-schema/fixtures/generate.js';
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

export type Spread = 'dense' | 'spread';

/**
 * The rival comparison's events, the mix: 15% multi-day all-day events (2 to 4 days) and the
 * rest timed (start and end date-times with the +10:00 offset of the feed's time zone, 30 minutes to 3
 * hours, between 08:00 and 19:30).
 * - `dense`: all of them in one month, July 2021 (10,000 events: about 320 a day);
 * - `spread`: over the whole of 2021.
 * Every page that shows them (ours and each rival's) runs in the Asia/Vladivostok time zone, the feed's,
 * so that every calendar puts each event on the same day at the same time.
 */
export function mixedFeed(events: number, spread: Spread, seed = 11): FeedInput {
  const base = syntheticFeed({events, seed});
  const random = rng(seed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = () => {
    const month = spread === 'dense' ? 7 : 1 + Math.floor(random() * 12);
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
    return {month, date: 1 + Math.floor(random() * days), days};
  };
  return {
    ...base,
    timeZone: 'Asia/Vladivostok',
    events: base.events!.map((e, i) => {
      const {month, date, days} = day();
      const ymd = (d: number) => `2021-${pad(month)}-${pad(Math.min(d, days))}`;
      if (random() < 0.15) {
        const length = 1 + Math.floor(random() * 3);
        return {...e, id: `m${i}`, start: ymd(date), end: ymd(date + length)};
      }
      const startMin = 8 * 60 + Math.floor(random() * 24) * 30;
      const endMin = startMin + 30 * (1 + Math.floor(random() * 6));
      const hm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
      return {
        ...e,
        id: `t${i}`,
        start: `${ymd(date)}T${hm(startMin)}:00+10:00`,
        end: `${ymd(date)}T${hm(endMin)}:00+10:00`,
      };
    }),
  };
}
