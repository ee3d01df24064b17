/**
 * Where the calendar opens (the view and the period the data calls for), its headings in the page's
 * outline, and how its list sits in the page: on phones and on wide pages.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/event-calendar/define.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';
import type {FeedInput} from '../../data-schema/schema.js';
import {CalendarObject, mountCalendar} from '../helpers/calendar-object.js';
import {frame, pause} from '../helpers/element-object.js';
import type {TwinEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {base} from './fixtures.js';

const BUILT_IN = '/data-schema/feeds/khabarovsk-2021.json';
const VLADIVOSTOK = '/demo/feeds/vladivostok-sample.json';

/** Mounted, settled, and the narrow switch (a frame after the first resize) done. */
async function opened(template: ReturnType<typeof html>, width = 1000): Promise<CalendarObject> {
  const cal = await mountCalendar(template, width);
  await pause(50);
  await cal.el.updateComplete;
  await frame();
  return cal;
}

/** Events drawn in the month grid on screen. */
/** The events the month grid draws: each once (a bar over several days is one), and those behind "+n more". */
const gridEvents = (cal: CalendarObject) =>
  new Set([...cal.root.querySelectorAll('td [data-event]')].map((e) => e.getAttribute('data-event'))).size +
  [...cal.root.querySelectorAll('td .more')].reduce((n, m) => n + Number(m.getAttribute('data-n')!.slice(1)), 0);

describe('<twin-event-calendar> opening view', () => {
  it('opens the built-in feed (events known by month or year only) on the year 2021, not an empty grid', async () => {
    const cal = await opened(html`<twin-event-calendar lang="en" src=${BUILT_IN}></twin-event-calendar>`);
    expect(cal.view).to.equal('year');
    expect(cal.title).to.equal('2021');
    const months = cal.yearMonths();
    expect(months[4]!.count).to.equal('4 events');
    expect(cal.root.querySelector('table')).to.equal(null);
  });

  it('opens the built-in feed on the list on a phone', async () => {
    const cal = await opened(html`<twin-event-calendar lang="ru" src=${BUILT_IN}></twin-event-calendar>`, 390);
    expect(cal.view).to.equal('list');
    expect(cal.listRows().length).to.equal(35);
  });

  it("opens another city's feed spread over years, with a day-exact event in few months, on the list", async () => {
    const cal = await opened(html`<twin-event-calendar lang="en" src=${VLADIVOSTOK}></twin-event-calendar>`);
    expect(cal.view).to.equal('list');
    expect(cal.listRows().length).to.equal(9);
  });

  it('opens a feed of day-exact events on the month whose grid shows the most of them', async () => {
    const cal = await opened(
      html`<twin-event-calendar lang="en" today="2026-11-25" .data=${base()}></twin-event-calendar>`,
    );
    expect(cal.view).to.equal('month');
    expect(cal.title).to.equal('July 2021');
    expect(gridEvents(cal)).to.be.at.least(5);
  });

  it("prefers today's month when its grid has events", async () => {
    const cal = await opened(
      html`<twin-event-calendar lang="en" today="2021-08-10" .data=${base()}></twin-event-calendar>`,
    );
    expect(cal.view).to.equal('month');
    expect(cal.title).to.equal('August 2021');
    expect(gridEvents(cal)).to.equal(2);
  });

  it('keeps what the page asks for: view and date win', async () => {
    const dated = await opened(
      html`<twin-event-calendar lang="en" date="2021-07" src=${BUILT_IN}></twin-event-calendar>`,
    );
    expect(dated.view).to.equal('month');
    expect(dated.title).to.equal('July 2021');
    const list = await opened(html`<twin-event-calendar lang="en" view="list" .data=${base()}></twin-event-calendar>`);
    expect(list.view).to.equal('list');
    // A month grid asked for a feed without days: the month with the most events known by month.
    const month = await opened(
      html`<twin-event-calendar lang="en" view="month" src=${BUILT_IN}></twin-event-calendar>`,
    );
    expect(month.view).to.equal('month');
    expect(month.title).to.equal('May 2021');
    expect(month.band('month')).to.have.length(4);
  });
});

describe('<twin-event-calendar> headings', () => {
  it('puts its title at heading-level and the year months and the dialog one below, in order', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 1000px">
      <h3>Events</h3>
      <twin-event-calendar lang="en" heading-level="4" view="year" date="2021" .data=${base()}></twin-event-calendar>
    </div>`);
    const cal = new CalendarObject(wrap.querySelector('twin-event-calendar') as TwinEventCalendar);
    await cal.settle();
    const title = cal.$('[part="title"]')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('4');
    const months = cal.$$('.months [role="heading"]');
    expect(months).to.have.length(12);
    expect(months.every((h) => h.getAttribute('aria-level') === '5')).to.equal(true);
    expect(cal.root.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(0);
    await expect(wrap).to.be.accessible();
    cal.$<HTMLButtonElement>('.months button[data-event]')!.click();
    await cal.waitDialog();
    expect(cal.dialog.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('5');
    expect(cal.dialogTitle).to.equal('School meeting');
    await expect(wrap).to.be.accessible();
  });
});

/** The document's height against the widget's bottom edge (page coordinates). */
function pageFits(el: HTMLElement): {page: number; bottom: number} {
  return {
    page: document.documentElement.scrollHeight,
    bottom: Math.max(innerHeight, el.getBoundingClientRect().bottom + scrollY),
  };
}

describe('<twin-event-calendar> list in the page', () => {
  afterEach(() => scrollTo(0, 0));

  for (const width of [390, 1280]) {
    it(`makes the page no longer than the widget at ${width} px`, async () => {
      const cal = await opened(
        html`<twin-event-calendar lang="en" view="list" src=${BUILT_IN}></twin-event-calendar>`,
        width,
      );
      expect(cal.listRows().length).to.equal(35);
      const {page, bottom} = pageFits(cal.el);
      expect(page, 'document height against the widget bottom').to.be.at.most(bottom + 24);
    });
  }

  it('lets the page, not a box inside the widget, scroll the list on a phone', async () => {
    const cal = await opened(html`<twin-event-calendar lang="en" src=${BUILT_IN}></twin-event-calendar>`, 390);
    const box = cal.$('.list-scroll')!;
    expect(box.scrollHeight - box.clientHeight, 'no inner scroll').to.be.at.most(1);
    const last = cal.listRows().at(-1)!;
    expect(last.getBoundingClientRect().bottom).to.be.at.most(cal.el.getBoundingClientRect().bottom);
    // On a wide page the list keeps its own scroll box, and the page ends with the widget.
    const wide = await opened(html`<twin-event-calendar lang="en" view="list" src=${BUILT_IN}></twin-event-calendar>`);
    const wideBox = wide.$('.list-scroll')!;
    expect(wideBox.scrollHeight).to.be.above(wideBox.clientHeight);
  });

  it('draws the rows in view as the page scrolls a 10,000-event list on a phone', async () => {
    const cal = await opened(
      html`<twin-event-calendar lang="en" view="list" .data=${syntheticFeed({events: 10_000})}></twin-event-calendar>`,
      390,
    );
    const list = cal.$('.list')!;
    expect(list.getBoundingClientRect().height).to.be.above(100_000);
    const top = list.getBoundingClientRect().top + scrollY;
    scrollTo(0, top + 200_000);
    for (let i = 0; i < 3; i++) {
      await frame();
      await cal.el.updateComplete;
    }
    const seen = cal.listRows().filter((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom > 0 && b.top < innerHeight;
    });
    expect(seen.length, 'rows drawn in the viewport').to.be.at.least(5);
    expect(cal.listRows().length).to.be.below(120);
    expect(Number(seen[0]!.getAttribute('aria-posinset'))).to.be.above(2000);
  });
});

const longTitles = (): FeedInput => {
  const feed = base();
  feed.events = [
    {
      id: 'long-en',
      title: 'International conference of sister cities on the future of urban transport and green energy',
      start: '2021-07-15',
    },
    {
      id: 'long-ja',
      title: {ja: '姉妹都市の未来の都市交通とグリーンエネルギーに関する国際会議と交流のつどい'},
      start: '2021-07-16',
    },
    {id: 'month', title: 'Sometime in July', start: '2021-07'},
    {id: 'year', title: 'In 2021', start: '2021'},
  ];
  return feed;
};

describe('<twin-event-calendar> on phones', () => {
  it("gives a month's header one line, not the height of an event's date and title", async () => {
    const cal = await opened(html`<twin-event-calendar lang="ru" src=${VLADIVOSTOK}></twin-event-calendar>`, 390);
    expect(cal.view).to.equal('list');
    const header = cal.$('.row.group')!;
    const event = cal.listRows()[0]!;
    const line = parseFloat(getComputedStyle(header).lineHeight);
    expect(header.getBoundingClientRect().height, 'a header of one line').to.be.below(2.5 * line);
    expect(header.getBoundingClientRect().height).to.be.below(0.7 * event.getBoundingClientRect().height);
    // Its words fit the one line.
    expect(header.scrollHeight).to.be.at.most(header.clientHeight);
  });

  it('draws every row of a 10,000-event list where the window puts it, with headers of their own height', async () => {
    const cal = await opened(
      html`<twin-event-calendar lang="en" view="list" .data=${syntheticFeed({events: 10_000})}></twin-event-calendar>`,
      390,
    );
    const el = cal.el;
    const list = cal.$('.list')!;
    const {rows} = el.everything;
    const headers = rows.length - 10_000;
    expect(headers, 'a header for each month').to.be.above(10);
    const event = cal.listRows()[0]!.getBoundingClientRect().height;
    const header = cal.$('.row.group')!.getBoundingClientRect().height;
    expect(header).to.be.below(0.7 * event);
    // The list is as tall as its rows, and each drawn row sits at the top the window gave it.
    expect(list.getBoundingClientRect().height).to.be.closeTo(headers * header + 10_000 * event, 2);
    const check = () => {
      const top = list.getBoundingClientRect().top;
      const drawn = cal.listRows();
      expect(drawn.length).to.be.within(5, 120);
      for (const r of drawn) {
        const i = rows.findIndex((x) => x.kind === 'event' && x.index === Number(r.getAttribute('aria-posinset')) - 1);
        expect(r.getBoundingClientRect().top - top, `row ${i}`).to.be.closeTo(el.rows.topOf(i), 1);
      }
    };
    check();
    scrollTo(0, list.getBoundingClientRect().top + scrollY + 300_000);
    for (let i = 0; i < 3; i++) {
      await frame();
      await el.updateComplete;
    }
    check();
    // End brings the last event into the viewport, with the focus.
    cal
      .listRows()
      .find((r) => r.tabIndex === 0)!
      .focus();
    await cal.press('End');
    for (let i = 0; i < 3; i++) {
      await frame();
      await el.updateComplete;
    }
    const last = el.shadowRoot!.activeElement as HTMLElement;
    expect(last.getAttribute('aria-posinset')).to.equal('10000');
    const box = last.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight + 1);
    check();
    scrollTo(0, 0);
  });

  it('wraps a long title to two lines, clamped, with the full title in the row', async () => {
    for (const lang of ['en', 'ja']) {
      const cal = await opened(
        html`<twin-event-calendar lang=${lang} view="list" .data=${longTitles()}></twin-event-calendar>`,
        390,
      );
      for (const id of ['long-en', 'long-ja']) {
        const row = cal.$(`[role="option"][data-event="${id}"]`)!;
        const what = row.querySelector<HTMLElement>('.what')!;
        const line = parseFloat(getComputedStyle(what).lineHeight);
        const h = what.getBoundingClientRect().height;
        expect(h, `${id} in ${lang}: two lines`).to.be.within(1.8 * line, 2.2 * line);
        expect(what.scrollHeight, `${id}: more than fits`).to.be.above(h);
        expect(row.textContent).to.contain(id === 'long-en' ? 'green energy' : 'つどい');
        expect(what.title, 'the full title on hover').to.contain(id === 'long-en' ? 'green energy' : 'つどい');
        // Nothing of the row spills out of it.
        expect(what.getBoundingClientRect().bottom).to.be.at.most(row.getBoundingClientRect().bottom + 0.5);
      }
    }
  });

  it('draws the bands of month- and year-only events as calendar rows, not as a list of links', async () => {
    const cal = await opened(
      html`<twin-event-calendar lang="en" view="month" date="2021-07" .data=${longTitles()}></twin-event-calendar>`,
      390,
    );
    for (const kind of ['month', 'year'] as const) {
      const band = cal.$(`details[data-band="${kind}"]`)!;
      expect(getComputedStyle(band).borderTopStyle).to.equal('solid');
      const button = cal.bandButton(kind, 0);
      const style = getComputedStyle(button);
      expect(style.textDecorationLine, 'no underline').to.equal('none');
      expect(parseFloat(style.borderInlineStartWidth), 'an accent bar like the grid chips').to.be.above(2);
      expect(button.getBoundingClientRect().right).to.be.at.most(band.getBoundingClientRect().right);
    }
  });
});
