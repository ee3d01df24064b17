/**
 * Another city's feed (demo/feeds/vladivostok-sample.json: a sample made for these tests, not official
 * data), in the four elements, in English, Russian and Japanese: the sentences and orders a reader sees
 * where the data is only partly known (year-only and month-only dates, a lost date, dates two sources
 * give differently), where partners are not cities (a province, a prefecture, an organization), with a
 * three-party agreement, a domestic twin, planned, suspended and ended relations, Kosovo's and Taiwan's
 * codes, and partners named only in Russian and English. Runs in Firefox too (npm run test:firefox):
 * no command that needs the DevTools protocol.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/twinning-kit.js';
import {mountMap} from '../helpers/map-object.js';
import {settle, squash as text} from '../helpers/element-object.js';
import {CalendarObject} from '../helpers/calendar-object.js';
import type {TwinEventCalendar} from '../../src/event-calendar/event-calendar.js';

const FEED = '/demo/feeds/vladivostok-sample.json';

/** Mounts an element on the feed and waits until it has drawn its data (scrolled to, as a reader would, if out of sight). */
async function mount<T extends HTMLElement>(tag: string, lang: string, attrs: Record<string, string> = {}): Promise<T> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 1100px"></div>`);
  const el = document.createElement(tag) as T;
  el.setAttribute('lang', lang);
  el.setAttribute('src', FEED);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  await settle(el);
  return el;
}

describe('another city’s feed: the partner map', () => {
  it('says which relationships are the oldest only as far as the dates tell, counts current partners, names the others', async () => {
    const map = await mountMap(html`<twin-partner-map lang="en" src=${FEED}></twin-partner-map>`, 1100);
    expect(map.summary).to.equal(
      'Vladivostok: 14 partners in 7 countries. Sister cities: 5, Friendly cities: 5, Other partners: 4. ' +
        'The oldest relationships are with San Diego (1991), Juneau (1991), and Niigata (February 1991): their dates do not tell which came first. ' +
        'Suspended: Juneau. Planned: Incheon. Ended: Ulsan.',
    );
    // Tacoma (November 1991) comes after Niigata (February 1991): certainly not among the oldest.
    expect(map.summary).to.not.contain('Tacoma');
  });

  it('sorts by “since” without claiming an order it cannot know: a year-only date among exact ones says so; a lost date is “date not known”', async () => {
    const map = await mountMap(html`<twin-partner-map lang="en" view="list" src=${FEED}></twin-partner-map>`, 1100);
    await map.sortBy('since');
    const rows = map.$$('tbody tr').map((tr) => [map.text(tr.querySelector('th')), map.text(tr.children[3])]);
    expect(rows).to.deep.equal([
      ['Juneau', '1991 (year only)'],
      ['San Diego', '1991 (year only)'],
      ['Niigata', 'February 1991 (month only)'],
      ['Tacoma', 'November 1991 (month only)'],
      ['Hakodate', 'July 27, 1992'],
      ['Gangwon, province', '1993 (year only)'],
      ['Toyama Prefecture', 'August 1994 (month only)'],
      ['Association of North East Asia Regional Governments, organization', '1996 (year only)'],
      ['Ulsan', '2000 (year only)'],
      ['Kaliningrad', '2005 (year only)'],
      ['Hunchun', 'August 2013 (month only)'],
      ['Rason', 'August 2013 (month only)'],
      ['Prizren', '2019 (year only)'],
      ['Incheon', '2027 (year only)'],
      // No date: the lost one and the one not given go last, by name.
      ['Busan', 'date not known'],
      ['Dalian', '—'],
    ]);
    // Countries as the owners write them: Kosovo for XK, a domestic twin in Russia.
    expect(map.rowCells('prizren')[1]).to.equal('Kosovo');
    expect(map.rowCells('kaliningrad')[1]).to.equal('Russia');
    await map.sortBy('since');
    expect(map.rows.slice(0, 3), 'descending: the latest first, missing dates still last').to.deep.equal([
      'Incheon',
      'Prizren',
      'Hunchun',
    ]);
    expect(map.rows.slice(-2)).to.deep.equal(['Busan', 'Dalian']);
  });

  it('shows in the card what other sources say, the other parties of an agreement, and when a relation was suspended', async () => {
    const map = await mountMap(html`<twin-partner-map lang="en" view="list" src=${FEED}></twin-partner-map>`, 1100);
    const open = async (id: string) => {
      map.$<HTMLButtonElement>(`tr[data-city="${id}"] button.city`)!.click();
      await map.el.updateComplete;
      return map.cardFacts;
    };
    expect((await open('niigata'))['Since']).to.equal(
      'February 1991 Other sources give: November 1990 (Niigata City website).',
    );
    expect((await open('rason'))['Relation']).to.equal('Other partnership; an agreement also with Hunchun');
    expect((await open('hunchun'))['Relation']).to.equal('Other partnership; an agreement also with Rason');
    expect((await open('juneau'))['Relation']).to.equal('Sister city, Suspended: March 2022');
    expect((await open('busan'))['Since']).to.equal('date not known');
    expect(await open('dalian')).to.not.have.property('Since');
  });

  it('in Japanese: English names where the feed has no Japanese one (not Cyrillic), Japanese punctuation', async () => {
    const map = await mountMap(html`<twin-partner-map lang="ja" view="list" src=${FEED}></twin-partner-map>`, 1100);
    expect(map.summary).to.contain(
      '最も古くからの交流先はサンディエゴ（1991年）、Juneau（1991年）、新潟市（1991年2月）です',
    );
    expect(map.summary).to.contain('休止中：Juneau。');
    const hakodate = map.$('tr[data-city="hakodate"] th [lang]')!;
    expect([hakodate.getAttribute('lang'), text(hakodate)]).to.deep.equal(['en', 'Hakodate']);
    expect(map.$('tbody')!.textContent).to.not.match(/[а-яё]/i);
    // 江原道 says "province" itself (道); the organization's kind follows its name.
    expect(map.rowCells('gangwon')[0]).to.equal('江原道');
    expect(map.rowCells('near')[0]).to.equal('北東アジア地域自治体連合（団体）');
    expect(map.rowCells('busan')[3]).to.equal('日付不明');
    // Notes in Japanese brackets, straight after what they are said of.
    await map.sortBy('since');
    expect(map.rowCells('juneau')[3]).to.equal('1991年（年のみ）');
    expect(map.rowCells('niigata')[3]).to.equal('1991年2月（月のみ）');
    expect(map.rowCells('juneau')[2]).to.match(/^姉妹都市（[^）]+）$/);
  });

  it('in Russian', async () => {
    const map = await mountMap(html`<twin-partner-map lang="ru" src=${FEED}></twin-partner-map>`, 1100);
    expect(map.summary).to.contain(
      'Самые давние партнёрства: Сан-Диего (1991), Джуно (1991) и Ниигата (февраль 1991 г.) — по датам нельзя сказать, какое из них старше.',
    );
    expect(map.summary).to.contain('Приостановлено: Джуно.');
  });
});

describe('another city’s feed: the event calendar', () => {
  it('names partners with their kind in the filters, notes another source’s date, and asks before a download with month-only events', async () => {
    const el = await mount<TwinEventCalendar>('twin-event-calendar', 'en', {view: 'list'});
    const cal = new CalendarObject(el);
    await cal.openFilters();
    const chips = [...el.shadowRoot!.querySelectorAll('button[data-group="cities"]')].map((b) =>
      text(b).replace(/ \d+$/, ''),
    );
    expect(chips).to.include.members([
      'Gangwon, province',
      'Toyama Prefecture',
      'Association of North East Asia Regional Governments, organization',
      'Hunchun',
    ]);
    const exportButton = el.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!;
    exportButton.click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.export-choice button')].map(text)).to.deep.equal([
      'All events (9)',
      'Only events with a known day (4)',
    ]);
    el.shadowRoot!.querySelector<HTMLElement>('[data-event="tumen-forum-2023"]')!.click();
    await cal.waitDialog();
    expect(text(cal.dialog)).to.contain(
      'July 15 – 17, 2023 Other sources give: July 14, 2023 (Administration press release).',
    );
    expect(text(cal.dialog)).to.contain('Hunchun (China)');
  });

  it('in Japanese the kind of a partner that is not a city, and the choice, in Japanese', async () => {
    const el = await mount<TwinEventCalendar>('twin-event-calendar', 'ja', {view: 'list'});
    await new CalendarObject(el).openFilters();
    const chips = [...el.shadowRoot!.querySelectorAll('button[data-group="cities"]')].map((b) =>
      text(b).replace(/ \d+$/, ''),
    );
    expect(chips).to.include.members(['江原道', '富山県', '北東アジア地域自治体連合（団体）']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.export-choice button')].map(text)).to.deep.equal([
      'すべての行事（9）',
      '日付が確定している行事のみ（4）',
    ]);
  });
});

describe('another city’s feed: the delegation list and the report', () => {
  it('names the partner’s kind in the list, in English and in Russian', async () => {
    const en = await mount<HTMLElement>('twin-delegation-list', 'en');
    const partners = (root: ShadowRoot) => [...root.querySelectorAll('tr.row')].map((tr) => text(tr.children[2]));
    expect(partners(en.shadowRoot!)).to.deep.equal([
      'Niigata (Japan)',
      'Association of North East Asia Regional Governments, organization (South Korea)',
      'Gangwon, province (South Korea)',
    ]);
    const ru = await mount<HTMLElement>('twin-delegation-list', 'ru');
    expect(partners(ru.shadowRoot!)).to.include('Канвондо, провинция (Республика Корея)');
  });

  it('notes in a delegation’s details the date another source gives', async () => {
    const el = await mount<HTMLElement & {updateComplete: Promise<unknown>}>('twin-delegation-list', 'en');
    el.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-id="niigata-visit-2019"] button.toggle')!.click();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('tr.details'); i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(text(el.shadowRoot!.querySelector('tr.details'))).to.contain(
      'September 4 – 6, 2019 Other sources give: September 3, 2019 (Niigata City website).',
    );
  });

  it('draws every year of the feed’s range in the chart by year, a year without events as zero', async () => {
    const el = await mount<HTMLElement>('twin-report-summary', 'en');
    const rows = [...el.shadowRoot!.querySelectorAll('figure[data-chart="year"] tbody tr')].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('td')),
    ]);
    expect(rows).to.deep.equal([
      ['2019', '1'],
      ['2020', '0'],
      ['2021', '2'],
      ['2022', '1'],
      ['2023', '5'],
    ]);
    const ja = await mount<HTMLElement>('twin-report-summary', 'ja', {partner: 'gangwon'});
    expect(text(ja.shadowRoot!.querySelector('.lead'))).to.contain('江原道');
    const ru = await mount<HTMLElement>('twin-report-summary', 'ru', {partner: 'near'});
    expect(text(ru.shadowRoot!.querySelector('.lead'))).to.contain(', организация');
  });
});
