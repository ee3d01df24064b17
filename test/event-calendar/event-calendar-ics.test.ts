import {expect, fixture, html} from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/event-calendar/define.js';
import type {TwinEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {escapeText, foldLine, toICalendar} from '../../src/event-calendar/ics.js';
import {mergeFeeds} from '../../src/core/merge-feeds.js';
import {validateFeed} from '../../src/core/validate.js';
import {parsePartialDate} from '../../src/core/partial-date.js';
import {CalendarObject} from '../helpers/calendar-object.js';
import {base} from './fixtures.js';

function data(feed = base()) {
  const r = validateFeed(feed, 'test');
  return mergeFeeds([{source: 'test', feed: r.feed!, problems: r.problems, skipped: r.skipped}]);
}
const NOW = new Date(Date.UTC(2021, 11, 31, 12, 0, 0));

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => ({v, e: new ICAL.Event(v)}));
}

describe('iCalendar export', () => {
  const d = data();
  const ics = toICalendar(d.events, d, {locale: 'en', now: NOW, name: 'Khabarovsk, partners; 2021'});
  const events = parse(ics);
  const byUid = (id: string) => events.find((x) => x.e.uid === `${id}@khabarovsk.twinning-kit`)!;

  it('is a valid calendar with one VEVENT per event, UID and DTSTAMP', () => {
    expect(events).to.have.length(d.events.length);
    for (const {v} of events) {
      expect(v.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2021-12-31T12:00:00Z');
    }
    // An X- property is TEXT (RFC 5545, 3.8.8.2): escaped like any text; ical.js leaves unknown properties raw.
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).to.equal(
      'Khabarovsk\\, partners\\; 2021',
    );
  });

  it("writes places and participants with the reader's punctuation: 、 and （…） in Japanese", () => {
    const ja = toICalendar(d.events, d, {locale: 'ja', now: NOW}).replace(/\r\n /g, '');
    const cities = ja.split('\r\n').filter((l) => l.startsWith('X-TWINNING-CITIES:'));
    expect(cities.length).to.be.greaterThan(0);
    for (const line of cities) expect(line).to.match(/^X-TWINNING-CITIES:[^(),]+（[^）]+）(、[^(),]+（[^）]+）)*$/);
    const en = toICalendar(d.events, d, {locale: 'en', now: NOW}).replace(/\r\n /g, '');
    expect(en).to.match(/X-TWINNING-CITIES:[^\r]+ \(Japan\)/);
  });

  it('uses CRLF line endings and folds lines at 75 octets without splitting characters', () => {
    expect(
      ics.includes('\n') && ics.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r')),
    ).to.equal(true);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const long = foldLine(`SUMMARY:${'Хабаровск '.repeat(20)}`);
    expect(long.split('\r\n ').join('')).to.equal(`SUMMARY:${'Хабаровск '.repeat(20)}`);
    expect(long).to.not.contain('\uFFFD');
  });

  it('exports a day as an all-day event and a span as several days', () => {
    const a = byUid('jul15-a').e;
    expect(a.startDate.isDate).to.equal(true);
    expect(a.startDate.toString()).to.equal('2021-07-15');
    expect(a.endDate.toString()).to.equal('2021-07-16');
    const span = byUid('span').e;
    expect(span.startDate.toString()).to.equal('2021-07-20');
    expect(span.endDate.toString()).to.equal('2021-07-24');
  });

  it("writes the feed's inclusive end as iCalendar's exclusive DTEND (the day after), and reads back to it", () => {
    const feed = base();
    feed.events = [
      {id: 'camp', title: 'Camp', start: '2021-07-20', end: '2021-07-23'},
      {id: 'one', title: 'One day', start: '2021-12-31'},
      {id: 'months', title: 'Two months', start: '2021-07', end: '2021-08'},
    ];
    const d2 = data(feed);
    const text = toICalendar(d2.events, d2, {now: NOW});
    const block = (id: string) => text.slice(text.indexOf(`UID:${id}@`)).split('END:VEVENT')[0]!;
    expect(block('camp')).to.contain('DTSTART;VALUE=DATE:20210720\r\n').and.contain('DTEND;VALUE=DATE:20210724\r\n');
    expect(block('one')).to.contain('DTEND;VALUE=DATE:20220101\r\n');
    expect(block('months')).to.contain('DTSTART;VALUE=DATE:20210701\r\n').and.contain('DTEND;VALUE=DATE:20210901\r\n');
    // The other way: an iCalendar DTEND, one day back, is the feed's end.
    const camp = parse(text).find((x) => x.e.uid.startsWith('camp@'))!.e;
    const last = camp.endDate.clone();
    last.adjust(-1, 0, 0, 0);
    expect(last.toString()).to.equal(feed.events[0]!.end);
  });

  it('exports a month-only event as the whole month, marked as month precision, never as a day', () => {
    const {v, e} = byUid('jul-month');
    expect(e.startDate.isDate).to.equal(true);
    expect(e.startDate.toString()).to.equal('2021-07-01');
    expect(e.endDate.toString()).to.equal('2021-08-01');
    expect(v.getFirstPropertyValue('x-twinning-precision')).to.equal('MONTH');
    const year = byUid('year-only');
    expect(year.e.startDate.toString()).to.equal('2021-01-01');
    expect(year.e.endDate.toString()).to.equal('2022-01-01');
    expect(year.v.getFirstPropertyValue('x-twinning-precision')).to.equal('YEAR');
  });

  it('never writes an end at or before the start, whatever the data says', () => {
    // Items as a script could hand them over, bypassing the validator (which drops such ends).
    const at = (start: string, end?: string) => ({
      start,
      end,
      startDate: parsePartialDate(start)!,
      endDate: end ? parsePartialDate(end) : undefined,
    });
    const odd = [
      {id: 'day-before', title: 'A', ...at('2021-07-15', '2021-07-10')},
      {id: 'month-before', title: 'B', ...at('2021-07', '2021-06')},
      {id: 'same-instant', title: 'C', ...at('2021-07-15T10:00+10:00', '2021-07-15T10:00+10:00')},
      {id: 'earlier-instant', title: 'D', ...at('2021-07-15T10:00+10:00', '2021-07-15T09:00+10:00')},
    ].map((e) => ({
      ...e,
      status: 'scheduled',
      categories: [],
      cities: [],
      countries: [],
      source: 'test',
    })) as unknown as typeof d.events;
    const lines = toICalendar(odd, d, {now: NOW}).split('\r\n');
    for (const {v, e} of parse(toICalendar(odd, d, {now: NOW}))) {
      if (v.hasProperty('dtend')) expect(e.endDate.compare(e.startDate), e.uid).to.equal(1);
    }
    // An instant with no later end is written with no DTEND at all (a point in time).
    const block = (id: string) =>
      lines.slice(
        lines.findIndex((l) => l.startsWith(`UID:${id}@`)),
        lines.indexOf(
          'END:VEVENT',
          lines.findIndex((l) => l.startsWith(`UID:${id}@`)),
        ),
      );
    expect(block('same-instant').some((l) => l.startsWith('DTEND'))).to.equal(false);
    expect(block('earlier-instant').some((l) => l.startsWith('DTEND'))).to.equal(false);
    expect(block('day-before')).to.include.members(['DTSTART;VALUE=DATE:20210715', 'DTEND;VALUE=DATE:20210716']);
    expect(block('month-before')).to.include.members(['DTSTART;VALUE=DATE:20210701', 'DTEND;VALUE=DATE:20210801']);
  });

  it('exports timed events in UTC', () => {
    const {e} = byUid('jul15-c');
    expect(e.startDate.isDate).to.equal(false);
    expect(e.startDate.zone.tzid).to.equal('UTC');
    expect(e.startDate.toString()).to.equal('2021-07-15T00:00:00Z');
  });

  it('escapes text and keeps each field', () => {
    const {v, e} = byUid('jul15-a');
    expect(e.summary).to.equal('Photo exhibition');
    expect(e.description).to.equal('Photographs of Niigata.\nFree entry.');
    expect(e.location).to.equal('City museum');
    expect(v.getFirstPropertyValue('url')).to.equal('https://example.org/photo');
    expect(v.getFirstProperty('categories')!.getValues()).to.deep.equal(['Culture']);
    expect(v.getFirstPropertyValue('x-twinning-format')).to.equal('OFFLINE');
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const tricky = base();
    tricky.events = [{id: 'x', title: 'Meet; greet, and\nmore\\', start: '2021-07-01', url: 'javascript:alert(1)'}];
    const d2 = data(tricky);
    const [only] = parse(toICalendar(d2.events, d2, {now: NOW}));
    expect(only!.e.summary).to.equal('Meet; greet, and\nmore\\');
    expect(only!.v.getFirstPropertyValue('url')).to.equal(null);
  });

  it('writes texts in the asked language, through the fallback chain', () => {
    const ja = parse(toICalendar(d.events, d, {locale: 'ja', now: NOW}));
    expect(ja.find((x) => x.e.uid.startsWith('jul15-a@'))!.e.summary).to.equal('写真展');
    // No Japanese title: English before the feed's own Russian, and marked as English.
    const football = ja.find((x) => x.e.uid.startsWith('jul15-b@'))!;
    expect(football.e.summary).to.equal('Football match');
    expect(football.v.getFirstProperty('summary')!.getParameter('language')).to.equal('en');
  });

  it('downloads what the calendar shows from its button', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 1000px">
      <twin-event-calendar lang="en" date="2021-07" format="online" .data=${base()}></twin-event-calendar>
    </div>`);
    const cal = new CalendarObject(wrap.querySelector('twin-event-calendar') as TwinEventCalendar);
    await cal.settle();
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return original.call(URL, b);
    };
    const download = async (choice: string) => {
      const button = cal.root.querySelector<HTMLButtonElement>('button.export')!;
      button.click();
      await cal.el.updateComplete;
      // Some of these events are known only by month: the button asks first, all or only those with a day.
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      cal.root.querySelector<HTMLButtonElement>(`.export-choice button[data-ics="${choice}"]`)!.click();
      for (let i = 0; i < 100 && blobs.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await cal.el.updateComplete;
      expect(cal.root.querySelector('.export-choice'), 'the choice closes').to.equal(null);
      const blob = blobs.pop()!;
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      return parse(await blob.text())
        .map((x) => x.e.summary)
        .sort();
    };
    try {
      expect(await download('all')).to.deep.equal([
        'Football match',
        'Mayors talk',
        'Night talk, Vladivostok time',
        'School meeting',
      ]);
      expect(await download('exact')).to.deep.equal(['Football match', 'Mayors talk', 'Night talk, Vladivostok time']);
    } finally {
      URL.createObjectURL = original;
    }
  });
});
