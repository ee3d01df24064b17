/**
 * The month grid's layout, free of DOM: in each week row, an event of several days is one bar that keeps
 * one level (slot) on all its days, as FullCalendar's day grid does (the longer event first, then the
 * earlier start); a day's one-day events follow its bars in calendar order (all-day, then timed by time).
 * A day shows at most `rows` levels; when some of its events do not fit, its last level is "+n more".
 */
import type {EventItem} from '../core/merge.js';
import {periodEnd, periodStart} from '../core/partial-date.js';
import {addDays, dayKey, type Day} from './model.js';

/** An event drawn in a week row: `span` days from day `at` of the week, at one level. */
export interface Placed {
  e: EventItem;
  at: number;
  span: number;
  level: number;
  /** The event began before this row (the bar's start is flat), or goes on after it. */
  before: boolean;
  after?: boolean;
  /** It covers more than one day: drawn as a bar. */
  bar?: boolean;
}

/** For each day of the week: its levels (an event starting there, or a gap), and how many are hidden. */
export type WeekCell = {levels: Array<Placed | undefined>; more: number};

const length = (e: EventItem) => periodEnd(e.endDate ?? e.startDate) - periodStart(e.startDate);

export function layoutWeek(week: Day[], byDay: ReadonlyMap<string, EventItem[]>, rows: number): WeekCell[] {
  // The events of the day before the week, its days and the day after, as sets (a day may hold hundreds).
  const on = [-1, 0, 1, 2, 3, 4, 5, 6, 7].map((i) => new Set(byDay.get(dayKey(addDays(week[0]!, i)))));
  const found = new Map<EventItem, Placed>();
  week.forEach((_, i) => {
    for (const e of on[i + 1]!) {
      const p = found.get(e);
      if (p) p.span = i - p.at + 1;
      else found.set(e, {e, at: i, span: 1, level: 0, before: on[i]!.has(e)});
    }
  });
  const items = [...found.values()];
  for (const p of items) {
    p.after = on[p.at + p.span + 1]!.has(p.e);
    p.bar = p.before || p.after || p.span > 1;
  }
  // Bars first, the longer event first, then the earlier start; a day's one-day events keep calendar order.
  items.sort((p, q) => +q.bar! - +p.bar! || (p.bar ? length(q.e) - length(p.e) || p.at - q.at : 0));
  const taken: boolean[][] = week.map(() => []);
  // Each day's lowest free level: every level below the highest of them over a bar's days is taken on one.
  const free = week.map(() => 0);
  for (const p of items) {
    const to = p.at + p.span;
    // A one-day event goes below the bars of its day.
    p.level = p.bar ? Math.max(...free.slice(p.at, to)) : taken[p.at]!.length;
    for (let d = p.at; d < to; d++)
      if (taken[d]![p.level]) {
        p.level++;
        d = p.at - 1;
      }
    for (let d = p.at; d < to; d++) {
      const t = taken[d]!;
      t[p.level] = true;
      while (t[free[d]!]) free[d]!++;
    }
  }
  // Levels shown per day: all `rows`, or one less where "+n more" takes the last. A bar is hidden on all
  // its days when one of them cannot show it; since a day's one-day events are below its bars, that
  // leaves its last row free for "+n more" there too.
  const shown = taken.map((t) => (t.length > rows ? rows - 1 : rows));
  const cells: WeekCell[] = week.map(() => ({levels: [], more: 0}));
  for (const p of items) {
    const visible = p.level < Math.min(...shown.slice(p.at, p.at + p.span));
    for (let d = p.at; d < p.at + p.span; d++)
      if (!visible) cells[d]!.more++;
      // The days a bar crosses keep its level, so that what follows there stays below it.
      else if (d > p.at) cells[d]!.levels[p.level] ??= undefined;
    if (visible) cells[p.at]!.levels[p.level] = p;
  }
  return cells;
}
