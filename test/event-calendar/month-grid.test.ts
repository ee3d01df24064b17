/** The month grid as FullCalendar's day grid draws it: bars over days, start times, order and "+n more". */
import {expect, html} from '@open-wc/testing';
import '../../src/event-calendar/define.js';
import type {FeedInput} from '../../data-schema/schema.js';
import type {EventItem} from '../../src/core/merge.js';
import {parsePartialDate} from '../../src/core/partial-date.js';
import {layoutWeek} from '../../src/event-calendar/month-layout.js';
import {addDays, dayKey} from '../../src/event-calendar/model.js';
import {mountCalendar, type CalendarObject} from '../helpers/calendar-object.js';
import {base, busy} from './fixtures.js';

const calendar = mountCalendar;
const rect = (e: Element) => e.getBoundingClientRect();
const bars = (cal: CalendarObject, id: string) => cal.$$(`.day-events [data-event="${id}"]`);

describe('<twin-event-calendar> month grid: events of several days', () => {
  it('draws one bar per week row over the days it covers, its title once per row, flat where it goes on', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en-GB" date="2021-09" .data=${busy()}></twin-event-calendar>`,
      1000,
    );
    // 6–14 September: Monday to Sunday, then Monday and Tuesday of the next row.
    const fest = bars(cal, 'fest');
    expect(fest.map((b) => cal.text(b))).to.deep.equal(['Autumn festival', 'Autumn festival']);
    const [first, second] = fest.map(rect) as [DOMRect, DOMRect];
    expect(first.left).to.be.closeTo(rect(cal.cell('2021-09-06')).left, 6);
    expect(first.right).to.be.closeTo(rect(cal.cell('2021-09-12')).right, 6);
    expect(second.left).to.be.closeTo(rect(cal.cell('2021-09-13')).left, 6);
    expect(second.right).to.be.closeTo(rect(cal.cell('2021-09-14')).right, 6);
    expect(second.right).to.be.below(rect(cal.cell('2021-09-15')).left);
    // Rounded where it really starts and ends, square where it goes on in the other row.
    const radius = (e: Element, corner: 'TopLeft' | 'TopRight') =>
      parseFloat(getComputedStyle(e)[`border${corner}Radius`]);
    expect(radius(fest[0]!, 'TopLeft')).to.be.above(0);
    expect(radius(fest[0]!, 'TopRight')).to.equal(0);
    expect(radius(fest[1]!, 'TopLeft')).to.equal(0);
    expect(radius(fest[1]!, 'TopRight')).to.be.above(0);
    // Every day the festival covers shows it, and only those.
    for (const d of ['06', '07', '08', '09', '10', '11', '12', '13', '14'])
      expect(cal.eventsOn(`2021-09-${d}`), d).to.include('Autumn festival');
    expect(cal.eventsOn('2021-09-15')).to.not.include('Autumn festival');
    // The longer event keeps the top slot; the next bar sits below it on all its days.
    const forum = rect(bars(cal, 'forum')[0]!);
    expect(forum.top).to.be.at.least(first.bottom);
    expect(forum.left).to.be.closeTo(rect(cal.cell('2021-09-08')).left, 6);
    expect(forum.right).to.be.closeTo(rect(cal.cell('2021-09-10')).right, 6);
    await expect(cal.el).to.be.accessible();
  });

  it('says the full date range in the day names, and a click on a bar opens the event', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en-GB" date="2021-09" .data=${busy()}></twin-event-calendar>`,
    );
    expect(cal.cellName('2021-09-14')).to.match(
      /^Tuesday, 14 September 2021, 1 event: Autumn festival, 6\s?–\s?14 September$/,
    );
    expect(cal.cellName('2021-09-20')).to.match(/Sister-city week, 17\s?–\s?23 September/);
    bars(cal, 'fest')[1]!.click();
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('Autumn festival');
  });

  it('gives a bar the same slot on every day of its row (longer events first, then the earlier start)', () => {
    const ev = (id: string, start: string, end?: string) =>
      ({id, startDate: parsePartialDate(start)!, endDate: end ? parsePartialDate(end) : undefined}) as EventItem;
    const monday = {y: 2021, m: 9, d: 6};
    const week = Array.from({length: 7}, (_, i) => addDays(monday, i));
    const short = ev('short', '2021-09-06', '2021-09-07');
    const long = ev('long', '2021-09-07', '2021-09-10');
    const late = ev('late', '2021-09-08', '2021-09-09');
    const one = ev('one', '2021-09-06');
    const byDay = new Map<string, EventItem[]>();
    for (const [e, from, to] of [
      [one, 0, 0],
      [short, 0, 1],
      [long, 1, 4],
      [late, 2, 3],
    ] as const)
      for (let i = from; i <= to; i++) byDay.set(dayKey(week[i]!), [...(byDay.get(dayKey(week[i]!)) ?? []), e]);
    const cells = layoutWeek(week, byDay, 9);
    const at = (d: number) => [...cells[d]!.levels].map((p) => p?.e.id ?? '-');
    // long (4 days) first: level 0 from Tuesday; short (2 days) then at level 1; late below long.
    expect(at(0)).to.deep.equal(['-', 'short', 'one']);
    expect(at(1)).to.deep.equal(['long', '-']);
    expect(at(2)).to.deep.equal(['-', 'late']);
    // Two rows: Monday's second row says "+2 more" (short and one); short is then hidden on Tuesday too.
    const two = layoutWeek(week, byDay, 2);
    expect(two[0]!.more).to.equal(2);
    expect(two[0]!.levels).to.have.length(0);
    expect(two[1]!.more).to.equal(1);
    expect(two[1]!.levels[0]!.e.id).to.equal('long');
    expect(two[2]!.more).to.equal(0);
  });
});

describe('<twin-event-calendar> month grid: times, order and "+n more"', () => {
  it("shows a timed event's start time in the reader's locale before its title", async () => {
    const feed = busy();
    const gb = await calendar(
      html`<twin-event-calendar lang="en-GB" date="2021-09" .data=${feed}></twin-event-calendar>`,
    );
    expect(gb.eventsOn('2021-09-16', true)).to.deep.equal(['19:15 Lecture']);
    const us = await calendar(
      html`<twin-event-calendar lang="en-US" date="2021-09" .data=${feed}></twin-event-calendar>`,
    );
    expect(us.eventsOn('2021-09-16', true)).to.deep.equal(['7:15 PM Lecture']);
    const ja = await calendar(html`<twin-event-calendar lang="ja" date="2021-09" .data=${feed}></twin-event-calendar>`);
    expect(ja.eventsOn('2021-09-16', true)).to.deep.equal(['19:15 Lecture（日本語）']);
    expect(ja.cellName('2021-09-16')).to.contain('19:15 Lecture（日本語）');
    // All-day events show no time.
    expect(gb.eventsOn('2021-09-14', true)).to.deep.equal(['Autumn festival']);
  });

  it('orders a day: bars, then all-day events, then timed events by time', async () => {
    const feed: FeedInput = {
      ...base(),
      events: [
        {id: 'late', title: {en: 'Dinner'}, start: '2021-10-05T19:00+10:00', cities: ['niigata']},
        {id: 'early', title: {en: 'Breakfast'}, start: '2021-10-05T08:30+10:00', cities: ['niigata']},
        {id: 'day', title: {en: 'Open day'}, start: '2021-10-05', cities: ['niigata']},
        {id: 'bar', title: {en: 'Visit'}, start: '2021-10-04', end: '2021-10-06', cities: ['niigata']},
      ],
    };
    const cal = await calendar(
      html`<twin-event-calendar lang="en-GB" date="2021-10" max-events="4" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.eventsOn('2021-10-05', true)).to.deep.equal(['Visit', 'Open day', '8:30 Breakfast', '19:00 Dinner']);
  });

  it('keeps a busy day to its rows and says "+n more" rather than hiding its timed events; "+n more" lists the day', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en-GB" date="2021-09" .data=${busy()}></twin-event-calendar>`,
    );
    // 9 September: three bars, an all-day event and two timed ones, in three rows.
    expect(cal.eventsOn('2021-09-09')).to.deep.equal(['Autumn festival', 'Border forum']);
    expect(cal.moreOn('2021-09-09')).to.equal('+4 more');
    const cell = rect(cal.cell('2021-09-09'));
    const more = rect(cal.cell('2021-09-09').querySelector('.more')!);
    expect(more.bottom).to.be.at.most(cell.bottom);
    expect(more.height).to.be.at.least(24);
    // The hidden bar is hidden on all its days, each of which says so.
    expect(bars(cal, 'expo')).to.have.length(0);
    expect(cal.moreOn('2021-09-10')).to.equal('+1 more');
    expect(cal.moreOn('2021-09-11')).to.equal('+1 more');
    // A day that fits shows everything.
    expect(cal.moreOn('2021-09-16')).to.equal('');
    cal.cell('2021-09-09').querySelector<HTMLElement>('.more')!.click();
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('Thursday, 9 September 2021');
    expect([...cal.dialog.querySelectorAll('button[data-event]')].map((b) => cal.text(b))).to.have.length(6);
  });

  it('draws bars on phones too, as lines over their days', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en-GB" view="month" date="2021-09" .data=${busy()}></twin-event-calendar>`,
      390,
    );
    const fest = rect(bars(cal, 'fest')[0]!);
    expect(fest.height).to.be.at.least(4);
    expect(fest.right).to.be.closeTo(rect(cal.cell('2021-09-12')).right, 6);
    const lecture = rect(bars(cal, 'lecture')[0]!);
    expect(lecture.height).to.be.at.least(4);
    expect(lecture.width).to.be.at.least(20);
  });
});
