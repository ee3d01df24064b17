import {expect, html} from '@open-wc/testing';
import '../../src/event-calendar/define.js';
import type {TwinSelectEvent} from '../../src/core/events.js';
import {mountCalendar} from '../helpers/calendar-object.js';
import {base} from './fixtures.js';

const calendar = mountCalendar;
const feed = base();

describe('<twin-event-calendar> month view', () => {
  it('lays out the week as the locale does, with plain day numbers', async () => {
    const ru = await calendar(html`<twin-event-calendar lang="ru" date="2021-07" .data=${feed}></twin-event-calendar>`);
    expect(ru.weekdays[0]).to.equal('понедельник');
    expect(ru.title).to.equal('июль 2021 г.');
    expect(ru.dayNumbers().slice(0, 4)).to.deep.equal(['28', '29', '30', '1']);
    const us = await calendar(
      html`<twin-event-calendar lang="en-US" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    expect(us.weekdays[0]).to.equal('Sunday');
    const ja = await calendar(html`<twin-event-calendar lang="ja" date="2021-07" .data=${feed}></twin-event-calendar>`);
    expect(ja.weekdays[0]).to.equal('日曜日');
    expect(ja.dayNumbers()).to.include('14');
    expect(ja.dayNumbers().some((n) => n.includes('日'))).to.equal(false);
    expect(ja.title).to.equal('2021年7月');
  });

  it('puts dated events on their days, and month-only and year-only events in bands, never on a day', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    // Three rows a day: two events and "+2 more" (the last row says what does not fit).
    expect(cal.eventsOn('2021-07-15')).to.deep.equal(['Photo exhibition', 'Football match']);
    expect(cal.moreOn('2021-07-15')).to.equal('+2 more');
    expect(cal.band('month')).to.deep.equal(['School meeting']);
    expect(cal.bandSummary('month')).to.equal('July 2021: day not given (1)');
    expect(cal.band('year')).to.deep.equal(['E-sports league']);
    const everyDay = [...cal.root.querySelectorAll('td [data-event]')].map((e) => e.getAttribute('data-event'));
    expect(everyDay).to.not.include('jul-month');
    expect(everyDay).to.not.include('year-only');
    await expect(cal.el).to.be.accessible();
  });

  it('shows "+k more" in the last of max-events rows and draws a multi-day event as one bar over its days', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" max-events="2" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.eventsOn('2021-07-15')).to.have.length(1);
    expect(cal.moreOn('2021-07-15')).to.equal('+3 more');
    for (const d of ['20', '21', '22', '23']) expect(cal.eventsOn(`2021-07-${d}`), d).to.deep.equal(['Youth camp']);
    expect(cal.eventsOn('2021-07-24')).to.deep.equal([]);
    const bars = cal.root.querySelectorAll('[data-event="span"]');
    expect(bars).to.have.length(1);
    expect(bars[0]!.closest('td')!.dataset['day']).to.equal('2021-07-20');
    expect(bars[0]!.className).to.contain('bar').and.not.contain('before').and.not.contain('after');
  });

  it("places a timed event on its day in the feed's time zone", async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-08" .data=${feed}></twin-event-calendar>`,
    );
    // 2021-08-01T01:00+10:00 is still 31 July in UTC, but 1 August in Khabarovsk.
    expect(cal.eventsOn('2021-08-01')).to.deep.equal(['Night talk, Vladivostok time']);
    cal.el.date = '2021-07';
    await cal.el.updateComplete;
    expect(cal.eventsOn('2021-07-31')).to.deep.equal([]);
  });

  it('names each day cell with its date and how many events it has', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en-GB" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.cellName('2021-07-15')).to.equal(
      'Thursday, 15 July 2021, 4 events: Photo exhibition; Football match; Concert; 10:00 Mayors talk',
    );
    expect(cal.cellName('2021-07-16')).to.equal('Friday, 16 July 2021, no events');
    const ru = await calendar(html`<twin-event-calendar lang="ru" date="2021-07" .data=${feed}></twin-event-calendar>`);
    expect(ru.cellName('2021-07-15')).to.match(/^четверг, 15 июля 2021 г\., 4 мероприятия: Фотовыставка; /);
    expect(ru.cellName('2021-07-20')).to.contain('1 мероприятие');
  });

  it('marks today and jumps back to it', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" today="2021-07-22" date="2021-03" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.title).to.equal('March 2021');
    cal.root.querySelector<HTMLButtonElement>('button.today')!.click();
    await cal.el.updateComplete;
    expect(cal.title).to.equal('July 2021');
    expect(cal.cell('2021-07-22').getAttribute('aria-current')).to.equal('date');
    expect(cal.root.querySelectorAll('[aria-current="date"]')).to.have.length(1);
  });

  it('opens on the month whose grid shows the most events when no date is given', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" today="2026-11-25" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.title).to.equal('July 2021');
  });

  it('moves between months with the buttons', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    await cal.next();
    expect(cal.title).to.equal('August 2021');
    expect(cal.eventsOn('2021-08-05')).to.deep.equal(['Film week']);
  });
});

describe('<twin-event-calendar> keyboard (APG grid)', () => {
  it("is one Tab stop; arrows move a day or a week, Home/End to the week's ends", async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="ru" date="2021-07-15" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.activeCell.dataset['day']).to.equal('2021-07-15');
    await cal.focusGrid();
    await cal.press('ArrowRight');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-16');
    await cal.press('ArrowDown');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-23');
    await cal.press('ArrowLeft');
    await cal.press('ArrowUp');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-15');
    await cal.press('Home');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-12'); // Monday in ru
    await cal.press('End');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-18'); // Sunday
    expect(cal.activeCell).to.equal(cal.focused);
  });

  it('follows the week start of the locale for Home and End', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en-US" date="2021-07-15" .data=${feed}></twin-event-calendar>`,
    );
    await cal.focusGrid();
    await cal.press('Home');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-11'); // Sunday
  });

  it('PageUp/PageDown change the month, with Shift the year, and the title follows', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07-31" .data=${feed}></twin-event-calendar>`,
    );
    await cal.focusGrid();
    await cal.press('PageDown');
    expect(cal.title).to.equal('August 2021');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-08-31');
    await cal.press('PageDown');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-09-30'); // no 31 September
    await cal.press('Shift+PageUp');
    expect(cal.title).to.equal('September 2020');
    await cal.press('Shift+PageDown');
    await cal.press('PageUp');
    expect(cal.title).to.equal('August 2021');
    expect(cal.root.querySelector('[part="title"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('crosses into the next month with the arrows', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07-31" .data=${feed}></twin-event-calendar>`,
    );
    await cal.focusGrid();
    await cal.press('ArrowRight');
    expect(cal.title).to.equal('August 2021');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-08-01');
  });

  it('mirrors left and right in right-to-left pages', async () => {
    const cal = await calendar(
      html`<twin-event-calendar dir="rtl" lang="en" date="2021-07-15" .data=${feed}></twin-event-calendar>`,
    );
    await cal.focusGrid();
    await cal.press('ArrowLeft');
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-16');
  });

  it("Enter lists the day's events; an event opens its details; Escape goes back, then closes and returns focus", async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07-15" .data=${feed}></twin-event-calendar>`,
    );
    let selected = '';
    cal.el.addEventListener('twin-select', (e: TwinSelectEvent) => (selected = `${e.detail.kind}:${e.detail.id}`));
    await cal.focusGrid();
    await cal.press('Enter');
    await cal.waitDialog();
    expect(cal.dialog.open).to.equal(true);
    expect(cal.dialogTitle).to.equal('Thursday, July 15, 2021');
    const buttons = [...cal.dialog.querySelectorAll<HTMLButtonElement>('button[data-event]')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Photo exhibition',
      'Football match',
      'Concert',
      'Mayors talk',
    ]);
    await expect(cal.el).to.be.accessible();
    buttons[0]!.click();
    await cal.el.updateComplete;
    expect(cal.dialogTitle).to.equal('Photo exhibition');
    expect(selected).to.equal('event:jul15-a');
    await cal.press('Escape');
    expect(cal.dialog.open).to.equal(true);
    expect(cal.dialogTitle).to.equal('Thursday, July 15, 2021');
    await cal.press('Escape');
    await cal.waitDialog(false);
    expect(cal.dialog.open).to.equal(false);
    expect((cal.focused as HTMLElement).dataset['day']).to.equal('2021-07-15');
  });

  it('Space opens the day like Enter', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07-20" .data=${feed}></twin-event-calendar>`,
    );
    await cal.focusGrid();
    await cal.press('Space');
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('Tuesday, July 20, 2021');
  });

  it('does nothing on Enter for a day without events', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07-16" .data=${feed}></twin-event-calendar>`,
    );
    await cal.focusGrid();
    await cal.press('Enter');
    expect(cal.dialog.open).to.equal(false);
  });
});

describe('<twin-event-calendar> pointer', () => {
  it("gives every pointer target in a day at least 24 px, and lists a day's events on a click in it", async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" max-events="2" .data=${feed}></twin-event-calendar>`,
    );
    const cell = cal.cell('2021-07-15');
    for (const target of cell.querySelectorAll<HTMLElement>('[data-event], .more')) {
      expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(24);
    }
    cell.querySelector<HTMLElement>('.num')!.click();
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('Thursday, July 15, 2021');
  });
});
