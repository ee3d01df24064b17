/**
 * The day a timed event is on, in the feed's time zone: the model reads a zone's offset once per UTC day
 * and asks `Intl` for the instant itself on a day with a transition. Checked against `Intl` around
 * transitions (whole hours, half an hour, 45 minutes, a skipped day) and in an unknown zone (UTC).
 */
import {expect} from '@open-wc/testing';
import type {EventItem} from '../../src/core/merge.js';
import {daySpan, type Day} from '../../src/event-calendar/model.js';

const timed = (instant: number) =>
  ({startDate: {precision: 'time', year: 0, instant, raw: ''}}) as unknown as EventItem;

function intlDay(instant: number, timeZone: string): Day {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: 'numeric', day: 'numeric'});
  } catch {
    f = new Intl.DateTimeFormat('en-US', {timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric'});
  }
  const parts = f.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {y: get('year'), m: get('month'), d: get('day')};
}

describe('calendar model: the day of a timed event in the feed’s time zone', () => {
  const cases: Array<[string, number]> = [
    ['Europe/Berlin', Date.UTC(2021, 2, 28)],
    ['Europe/Berlin', Date.UTC(2021, 9, 31)],
    ['America/New_York', Date.UTC(2021, 10, 7)],
    ['Australia/Lord_Howe', Date.UTC(2021, 3, 3)],
    ['Australia/Lord_Howe', Date.UTC(2021, 9, 2)],
    ['Pacific/Chatham', Date.UTC(2021, 8, 25)],
    ['Pacific/Apia', Date.UTC(2011, 11, 29)],
    ['Asia/Vladivostok', Date.UTC(2021, 6, 1)],
    ['Not/AZone', Date.UTC(2021, 6, 1)],
  ];
  for (const [zone, from] of cases) {
    it(`agrees with Intl every 15 minutes over three days around ${new Date(from).toISOString().slice(0, 10)} in ${zone}`, () => {
      for (let t = from - 86_400_000; t < from + 2 * 86_400_000; t += 900_000) {
        for (const instant of [t, t + 59_999, t - 1]) {
          const [first] = daySpan(timed(instant), zone)!;
          expect(first, `${zone} ${new Date(instant).toISOString()}`).to.deep.equal(intlDay(instant, zone));
        }
      }
    });
  }
});
