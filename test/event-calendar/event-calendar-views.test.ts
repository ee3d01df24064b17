import {expect, html} from '@open-wc/testing';
import '../../src/event-calendar/define.js';
import type {TwinSelectEvent} from '../../src/core/events.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';
import {mountCalendar} from '../helpers/calendar-object.js';
import {base} from './fixtures.js';

const calendar = mountCalendar;
const feed = base();

describe('<twin-event-calendar> filters', () => {
  it('counts each option, filters on click, announces the result and clears', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    await cal.openFilters();
    expect(cal.chipCount('formats', 'online')).to.equal('4');
    expect(cal.chipCount('formats', 'unstated')).to.equal('1');
    expect(cal.chipCount('categories', 'culture')).to.equal('4');
    expect(cal.chipCount('cities', 'harbin')).to.equal('3');
    expect(cal.chipCount('countries', 'JP')).to.equal('4');
    expect(cal.chip('cities', 'khabarovsk'), 'the home city is no filter').to.equal(null);
    await cal.toggle('formats', 'online');
    expect(cal.chip('formats', 'online')!.getAttribute('aria-pressed')).to.equal('true');
    expect(cal.eventsOn('2021-07-15')).to.deep.equal(['Football match', 'Mayors talk']);
    expect(cal.band('month')).to.deep.equal(['School meeting']);
    expect(cal.band('year')).to.deep.equal([]);
    expect(cal.announcement).to.equal('Shown: 4 events');
    // Faceted counts: categories now count only online events.
    expect(cal.chipCount('categories', 'culture')).to.equal('1');
    await cal.toggle('formats', 'offline');
    expect(cal.eventsOn('2021-07-15')).to.deep.equal(['Photo exhibition', 'Football match', 'Mayors talk']);
    await cal.toggle('cities', 'bucheon');
    expect(cal.eventsOn('2021-07-15')).to.deep.equal(['Football match']);
    expect(cal.announcement).to.equal('Shown: 2 events');
    cal.root.querySelector<HTMLButtonElement>('button.clear')!.click();
    await cal.el.updateComplete;
    await cal.el.updateComplete;
    expect(cal.eventsOn('2021-07-15')).to.have.length(2); // and "+2 more"
    await expect(cal.el).to.be.accessible();
  });

  it('takes presets from the category and format attributes', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" category="sport" format="offline" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.eventsOn('2021-07-15')).to.deep.equal([]);
    expect(cal.eventsOn('2021-07-21')).to.deep.equal(['Youth camp']);
    expect(cal.root.querySelector('details[part="filters"] summary')!.textContent).to.contain('(2 selected)');
  });

  it('narrows to one partner with the partner attribute', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" partner="niigata" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.eventsOn('2021-07-15')).to.deep.equal(['Photo exhibition']);
    expect(cal.band('month')).to.deep.equal(['School meeting']);
    expect(cal.band('year')).to.deep.equal([]);
  });

  it('says when nothing matches, and how to get events back', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" category="sport" format="hybrid" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.root.querySelector('[part~="empty"]')!.textContent).to.contain('No events match the filters.');
    await expect(cal.el).to.be.accessible();
  });

  it('says when the feed has no events at all', async () => {
    const empty = {...base(), events: []};
    const cal = await calendar(html`<twin-event-calendar lang="ja" .data=${empty}></twin-event-calendar>`);
    expect(cal.root.querySelector('[part~="empty"]')!.textContent!.trim()).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('<twin-event-calendar> details dialog', () => {
  it('shows everything known about the event, each text in its language, and restores focus', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    let selected = '';
    cal.el.addEventListener('twin-select', (e: TwinSelectEvent) => (selected = e.detail.id));
    const button = cal.bandButton('month', 0);
    button.focus();
    button.click();
    await cal.waitDialog();
    expect(selected).to.equal('jul-month');
    expect(cal.dialogTitle).to.equal('School meeting');
    expect(cal.dialogField('Date')).to.equal('July 2021 (day not given)');
    expect(cal.dialogField('Format')).to.equal('Online');
    expect(cal.dialogField('Participants')).to.equal('Niigata (Japan)');
    await expect(cal.el).to.be.accessible();
    cal.dialog.querySelector<HTMLButtonElement>('button.close')!.click();
    await cal.waitDialog(false);
    expect(cal.focused).to.equal(button);
  });

  it('offers the link, the place, the description and a single-event .ics', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="ja" date="2021-07" .data=${feed}></twin-event-calendar>`,
    );
    (cal.root.querySelector('[data-event="jul15-a"]') as HTMLElement).click();
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('写真展');
    expect(cal.dialog.querySelector('#dialog-title [lang]')!.getAttribute('lang')).to.equal('ja');
    const link = cal.dialog.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/photo');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(cal.dialog.textContent, "no Japanese place name: English before the feed's own Russian").to.contain(
      'City museum',
    );
    expect(cal.dialog.querySelector('.description [lang="en"]')!.textContent).to.equal(
      'Photographs of Niigata.\nFree entry.',
    );
    expect(cal.dialog.textContent).to.contain('新潟市');
    // Each participant's country in Japanese brackets, straight after the name.
    expect(cal.dialogField('参加都市・国')).to.match(/^\S+（ロシア）\s*新潟市（日本）$/);
  });

  it('never turns an unsafe link into a link', async () => {
    const hostile = base();
    hostile.events = [
      {id: 'x', title: '<img src=x onerror=alert(1)>', start: '2021-07-02', url: 'javascript:alert(1)'},
    ];
    const cal = await calendar(
      html`<twin-event-calendar lang="en" date="2021-07" .data=${hostile}></twin-event-calendar>`,
    );
    expect(cal.root.querySelector('img')).to.equal(null);
    (cal.root.querySelector('[data-event="x"]') as HTMLElement).click();
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('<img src=x onerror=alert(1)>');
    expect(cal.dialog.querySelector('a')).to.equal(null);
    expect(cal.dialogField('Format')).to.equal('Format not stated');
  });
});

describe('<twin-event-calendar> list view', () => {
  it('lists events in order, grouped by month, partial dates at the start of their period and labelled', async () => {
    const cal = await calendar(html`<twin-event-calendar lang="en" view="list" .data=${feed}></twin-event-calendar>`);
    expect(cal.view).to.equal('list');
    expect(cal.listGroups()).to.deep.equal(['2021, during the year', 'July 2021', 'August 2021']);
    const rows = cal.listRows().map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.match(/^2021 \(month and day not given\) E-sports league/);
    expect(rows[1]).to.match(/^July 2021 \(day not given\) School meeting Online$/);
    // The precision is spoken; on screen the group header says it once.
    expect(cal.listRows()[1]!.querySelector('.visually-hidden')!.textContent).to.equal(' (day not given)');
    expect(rows[2]).to.match(/^July 15, 2021 Photo exhibition In person$/);
    expect(cal.listRows()[0]!.getAttribute('aria-setsize')).to.equal('9');
    await expect(cal.el).to.be.accessible();
  });

  it('is one Tab stop; arrows, Home and End move, Enter opens', async () => {
    const cal = await calendar(html`<twin-event-calendar lang="en" view="list" .data=${feed}></twin-event-calendar>`);
    const tabbable = cal.listRows().filter((r) => r.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    tabbable[0]!.focus();
    await cal.press('ArrowDown');
    expect((cal.focused as HTMLElement).dataset['event']).to.equal('jul-month');
    await cal.press('End');
    expect((cal.focused as HTMLElement).dataset['event']).to.equal('aug');
    await cal.press('Home');
    await cal.press('Enter');
    await cal.waitDialog();
    expect(cal.dialogTitle).to.equal('E-sports league');
  });

  it('renders only the rows in view for 10,000 events, and keeps focus on the row it moves to', async () => {
    const big = syntheticFeed({events: 10_000});
    const cal = await calendar(html`<twin-event-calendar lang="en" view="list" .data=${big}></twin-event-calendar>`);
    const rows = cal.listRows();
    expect(rows.length).to.be.below(100);
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('10000');
    rows.find((r) => r.tabIndex === 0)!.focus();
    await cal.press('End');
    await cal.el.updateComplete;
    const focused = cal.focused as HTMLElement;
    expect(focused.getAttribute('aria-posinset')).to.equal('10000');
    expect(cal.listRows().length).to.be.below(100);
    await cal.press('PageUp');
    expect((cal.focused as HTMLElement).getAttribute('aria-posinset')).to.equal('9990');
  });

  it('switches to the list by itself in a narrow container, unless a view is set', async () => {
    const narrow = await calendar(html`<twin-event-calendar lang="en" .data=${feed}></twin-event-calendar>`, 400);
    await new Promise((r) => setTimeout(r, 50));
    await narrow.el.updateComplete;
    expect(narrow.view).to.equal('list');
    const fixed = await calendar(
      html`<twin-event-calendar lang="en" view="month" date="2021-07" .data=${feed}></twin-event-calendar>`,
      400,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(fixed.view).to.equal('month');
    await expect(fixed.el).to.be.accessible();
  });
});

describe('<twin-event-calendar> year view', () => {
  it('shows twelve months with their counts, and opens a month', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="en" view="year" date="2021" .data=${feed}></twin-event-calendar>`,
    );
    expect(cal.title).to.equal('2021');
    const months = cal.yearMonths();
    expect(months).to.have.length(12);
    expect(months[6]).to.deep.equal({name: 'July', count: '6 events'});
    expect(months[7]).to.deep.equal({name: 'August', count: '2 events'});
    expect(months[0]).to.deep.equal({name: 'January', count: '0 events'});
    expect(cal.band('year')).to.deep.equal(['E-sports league']);
    await expect(cal.el).to.be.accessible();
    await cal.clickYearMonth(6);
    expect(cal.view).to.equal('month');
    expect(cal.title).to.equal('July 2021');
  });
});

describe('<twin-event-calendar> the Khabarovsk 2021 feed', () => {
  it('July 2021 shows the delegation to Mogilev and the online meeting on heart surgeries with Bucheon', async () => {
    const cal = await calendar(
      html`<twin-event-calendar lang="ru" date="2021-07" src="/data-schema/feeds/khabarovsk-2021.json"></twin-event-calendar>`,
    );
    const july = cal.band('month');
    expect(july).to.have.length(2);
    expect(july.some((t) => t.includes('Могилёва'))).to.equal(true);
    expect(july.some((t) => t.includes('заболеваниями сердца') && t.includes('Пучон'))).to.equal(true);
    expect(cal.root.querySelectorAll('td [data-event]')).to.have.length(0);
    expect(cal.band('year')).to.have.length(6); // the first six of 17, with "show all"
    expect(cal.bandSummary('year')).to.contain('(17)');
    await expect(cal.el).to.be.accessible();
  });

  for (const lang of ['en', 'zh-Hans', 'ja', 'ko']) {
    it(`reads in ${lang}, every title in its own language`, async () => {
      const cal = await calendar(
        html`<twin-event-calendar lang=${lang} date="2021-07" theme="dark" src="/data-schema/feeds/khabarovsk-2021.json"></twin-event-calendar>`,
      );
      const titles = [...cal.root.querySelectorAll('details[data-band="month"] [data-event] [lang]')].map((s) =>
        s.getAttribute('lang'),
      );
      expect(titles).to.deep.equal([lang, lang]);
      await expect(cal.el).to.be.accessible();
    });
  }
});
