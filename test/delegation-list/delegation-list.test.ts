import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/delegation-list/define.js';
import type {TwinDelegationList} from '../../src/delegation-list/delegation-list.js';
import type {TwinSelectEvent} from '../../src/core/events.js';
import {csvField, toCsv} from '../../src/delegation-list/csv.js';
import {buildRows} from '../../src/delegation-list/model.js';
import {mergeFeeds} from '../../src/core/merge-feeds.js';
import {validateFeed} from '../../src/core/validate.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';
import {LIST_FEED, ListObject, mountList} from '../helpers/delegation-list-object.js';

const FEED = LIST_FEED;
const mount = mountList;

/** By date; rows of the same period keep the feed's order (the report's). */
const KHV = [
  '2021-bucheon-tourism-conference',
  '2021-07-mogilev-delegation',
  '2021-07-bucheon-sejong-meeting',
  '2021-08-harbin-mayors-talks',
  '2021-11-victoria-meeting',
];

before(async () => {
  await setViewport({width: 1100, height: 900});
});

describe('<twin-delegation-list> on the Khabarovsk feed', () => {
  it('lists the five delegations and meetings by date, under their year, with a summary', async () => {
    const list = await mount();
    expect(list.ids).to.deep.equal(KHV);
    expect(list.years).to.deep.equal(['2021']);
    expect(list.summary).to.equal('5 delegations and meetings: 0 incoming, 5 outgoing; countries: 4; online: 75%.');
    expect(list.cells('2021-07-mogilev-delegation').slice(0, 4)).to.deep.equal([
      'July 2021',
      '↗ Outgoing',
      'Mogilev (Belarus)',
      'In person',
    ]);
    expect(list.cells('2021-11-victoria-meeting')[3]).to.equal('Format not stated');
    expect(list.$('table')!.getAttribute('aria-rowcount')).to.equal('7');
    await expect(list.el).to.be.accessible();
  });

  it("writes a partner's country in the reader's brackets: full-width in Japanese and Chinese, no space before", async () => {
    const partnerCell = async (lang: string) => (await mount(`lang="${lang}"`)).cells('2021-07-mogilev-delegation')[2];
    expect(await partnerCell('ja')).to.match(/^[^\s(（]+（ベラルーシ）$/);
    expect(await partnerCell('zh-Hans')).to.match(/^[^\s(（]+（白俄罗斯）$/);
    expect(await partnerCell('ko')).to.match(/^[^\s(（]+ \(벨라루스\)$/);
    expect(await partnerCell('ru')).to.equal('Могилёв (Беларусь)');
  });

  it('sorts by date either way, by partner city and by country', async () => {
    const list = await mount();
    await list.sort('-date');
    expect(list.ids).to.deep.equal([
      '2021-11-victoria-meeting',
      '2021-08-harbin-mayors-talks',
      '2021-07-mogilev-delegation',
      '2021-07-bucheon-sejong-meeting',
      '2021-bucheon-tourism-conference',
    ]);
    expect(list.$('th[aria-sort="descending"]')!.textContent).to.equal('Date');
    await list.sort('city');
    expect(list.ids.map((id) => list.cells(id)[2]!.split(' ')[0])).to.deep.equal([
      'Bucheon',
      'Bucheon',
      'Harbin',
      'Mogilev',
      'Victoria',
    ]);
    expect(list.years, 'years head the rows only when sorted by date').to.deep.equal([]);
    await list.sort('country');
    expect(list.ids.map((id) => list.cells(id)[2]!.replace(/^.*\((.*)\)$/, '$1'))).to.deep.equal([
      'Belarus',
      'Canada',
      'China',
      'South Korea',
      'South Korea',
    ]);
  });

  it('filters by direction, year, country, partner city and format, with counts, and announces the result', async () => {
    const list = await mount();
    await list.openFilters();
    expect(list.text(list.chip('directions', 'outgoing'))).to.equal('Outgoing 5');
    expect(list.chip('directions', 'incoming'), 'no chip for what no row has').to.equal(null);
    expect(list.text(list.chip('formats', 'online'))).to.equal('Online 3');
    expect(list.text(list.chip('countries', 'KR'))).to.equal('South Korea 2');
    expect(list.text(list.chip('years', '2021'))).to.equal('2021 5');
    await list.press('formats', 'online');
    expect(list.ids).to.deep.equal([
      '2021-bucheon-tourism-conference',
      '2021-07-bucheon-sejong-meeting',
      '2021-08-harbin-mayors-talks',
    ]);
    expect(list.summary).to.equal('3 delegations and meetings: 0 incoming, 3 outgoing; countries: 2; online: 100%.');
    expect(list.announcement).to.equal(list.summary);
    // Faceted: the country counts follow the format filter.
    expect(list.chip('countries', 'BY'), 'no online delegation went to Belarus').to.equal(null);
    await list.press('cities', 'harbin');
    expect(list.ids).to.deep.equal(['2021-08-harbin-mayors-talks']);
    await list.press('cities', 'harbin');
    await list.press('countries', 'KR');
    expect(list.ids).to.have.length(2);
    await list.press('years', '2021');
    expect(list.ids).to.have.length(2);
    list.$<HTMLButtonElement>('.filters button.clear')!.click();
    await list.el.updateComplete;
    expect(list.ids).to.have.length(5);
    await expect(list.el).to.be.accessible();
  });

  it('never shows rows outside a preset search, not even before the search code arrives', async () => {
    const el = document.createElement('twin-delegation-list') as TwinDelegationList;
    el.setAttribute('lang', 'en');
    el.setAttribute('src', FEED);
    el.setAttribute('q', 'harbin');
    const seen = new Set<string>();
    const record = () =>
      el.shadowRoot?.querySelectorAll<HTMLElement>('tr.row').forEach((r) => seen.add(r.dataset['id']!));
    const observer = new MutationObserver(record);
    const box = await fixture(html`<div style="width: 1000px"></div>`);
    box.append(el);
    // The shadow root exists once connected; the feed (and every render with rows) comes later.
    observer.observe(el.shadowRoot!, {childList: true, subtree: true});
    const list = new ListObject(el);
    await list.settle();
    record();
    observer.disconnect();
    expect(list.ids).to.deep.equal(['2021-08-harbin-mayors-talks']);
    expect([...seen]).to.deep.equal(['2021-08-harbin-mayors-talks']);
    expect(list.summary).to.match(/^1 delegation or meeting/);
  });

  it('searches every language in the feed, ignoring case and accents', async () => {
    const list = await mount();
    await list.search('МОГИЛЁВА');
    expect(list.ids).to.deep.equal(['2021-07-mogilev-delegation']);
    await list.search('могилева');
    expect(list.ids, 'ё and е are one letter for search').to.deep.equal(['2021-07-mogilev-delegation']);
    await list.search('ハルビン');
    expect(list.ids).to.deep.equal(['2021-08-harbin-mayors-talks']);
    await list.search('bucheon online');
    expect(list.ids).to.deep.equal(['2021-bucheon-tourism-conference', '2021-07-bucheon-sejong-meeting']);
    await list.search('atlantis');
    expect(list.text(list.$('[part~="empty"]'))).to.contain('Nothing matches the search and filters.');
    list.$<HTMLButtonElement>('button.clear')!.click();
    await list.el.updateComplete;
    expect(list.ids).to.have.length(5);
  });

  it('presets filters, search and sort by attribute; partner narrows to one city', async () => {
    expect((await mount('format="online" sort="-date"')).ids).to.deep.equal([
      '2021-08-harbin-mayors-talks',
      '2021-07-bucheon-sejong-meeting',
      '2021-bucheon-tourism-conference',
    ]);
    expect((await mount('partner="harbin"')).ids).to.deep.equal(['2021-08-harbin-mayors-talks']);
    expect((await mount('q="tourism"')).ids).to.deep.equal(['2021-bucheon-tourism-conference']);
    const none = await mount('direction="incoming"');
    expect(none.ids).to.deep.equal([]);
    expect(none.text(none.$('[part~="empty"]'))).to.contain('Nothing matches');
  });

  it('opens a row in place with Enter, fires twin-select, and links its events', async () => {
    const list = await mount();
    const selected: TwinSelectEvent[] = [];
    list.el.addEventListener('twin-select', (e) => selected.push(e));
    const id = '2021-07-mogilev-delegation';
    expect(list.toggle(KHV[0]!).tabIndex, 'the list is one Tab stop').to.equal(0);
    list.toggle(id).focus();
    await sendKeys({press: 'Enter'});
    await list.el.updateComplete;
    expect(list.toggle(id).getAttribute('aria-expanded')).to.equal('true');
    const details = list.$(`#details-${id}`)!;
    expect(list.toggle(id).getAttribute('aria-controls')).to.equal(details.id);
    expect(list.text(details))
      .to.contain('Delegation')
      .and.to.contain('To take part in the events marking Mogilev City Day');
    expect(selected.map((e) => e.detail)).to.deep.equal([{kind: 'delegation', id}]);
    details.querySelector<HTMLButtonElement>('button.event')!.click();
    expect(selected.at(-1)!.detail).to.deep.equal({kind: 'event', id: '2021-07-mogilev-city-day'});
    await sendKeys({press: 'Space'});
    await list.el.updateComplete;
    expect(list.$(`#details-${id}`)).to.equal(null);
    // Arrows move between rows.
    await sendKeys({press: 'ArrowDown'});
    await list.el.updateComplete;
    expect(list.focused?.closest('tr')?.dataset['id']).to.equal(KHV[2]);
    await sendKeys({press: 'Home'});
    await list.el.updateComplete;
    expect(list.focused?.closest('tr')?.dataset['id']).to.equal(KHV[0]);
    await expect(list.el).to.be.accessible();
  });

  it('becomes a list of labelled cards in a narrow container', async () => {
    const list = await mount('', 360);
    const row = list.$('tr.row')!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(getComputedStyle(row.querySelector('td')!, '::before').content).to.equal('"Date: "');
    expect(list.el.scrollWidth).to.be.at.most(list.el.clientWidth);
    await expect(list.el).to.be.accessible();
  });

  it('keeps the sort control and every column inside the widget, in Russian, in a 256 px column and at 768 px', async () => {
    for (const width of [256, 752]) {
      const list = await mount('lang="ru"', width);
      const box = list.el.getBoundingClientRect();
      const inside = (el: Element, what: string) => {
        const r = el.getBoundingClientRect();
        expect(r.right, `${what} at ${width} px`).to.be.at.most(box.right);
        expect(r.left, `${what} at ${width} px`).to.be.at.least(box.left);
      };
      inside(list.$('label.sort')!, 'the sort control');
      inside(list.$('select')!, 'the sort choice');
      for (const cell of list.$$('tr.row td, thead th')) {
        const r = cell.getBoundingClientRect();
        for (const t of cell.querySelectorAll('span, time')) {
          inside(t, `«${list.text(t)}»`);
          // Within its own column, too (no text runs into the next one).
          if (width > 600) expect(t.getBoundingClientRect().right, list.text(t)).to.be.at.most(r.right + 0.5);
        }
      }
      expect(list.el.scrollWidth, `scroll width at ${width} px`).to.be.at.most(list.el.clientWidth);
    }
  });

  it('shows the empty and error states', async () => {
    const empty = await mount('', 800, {
      schemaVersion: 1,
      publisher: {city: 'k', name: 'K'},
      defaultLanguage: 'en',
      timeZone: 'UTC',
      cities: [{id: 'k', name: 'K', country: 'RU', coordinates: [135, 48]}],
    });
    expect(empty.text(empty.$('[part~="empty"]'))).to.contain('This feed lists no delegations or meetings.');
    // One sentence takes the room of a few lines, not the ~550 px reserved while the list was loading.
    expect(empty.el.getBoundingClientRect().height, 'the empty list’s height').to.be.below(160);
    const broken = await mount('src="/__fault/404"');
    expect(broken.text(broken.$('[role="alert"]'))).to.contain('(404)');
  });
});

describe('<twin-delegation-list> with 100,000 rows', () => {
  const big = syntheticFeed({events: 0, delegations: 100_000, years: 5});

  it('renders only the rows in view, with the full row count for assistive technology', async () => {
    const list = await mount('', 1000, big);
    expect(list.el.shownDelegations).to.have.length(100_000);
    const rendered = list.$$('tr.row');
    expect(rendered.length).to.be.lessThan(80);
    const count = Number(list.$('table')!.getAttribute('aria-rowcount'));
    expect(count, 'every row, the five year headings and the header').to.equal(100_000 + 5 + 1);
    const box = list.$('.scroll')!;
    box.scrollTop = box.scrollHeight / 2;
    box.dispatchEvent(new Event('scroll'));
    await list.el.updateComplete;
    const index = Number(list.$('tr.row')!.getAttribute('aria-rowindex'));
    expect(index).to.be.greaterThan(40_000);
    expect(index).to.be.lessThan(60_000);
  });

  it('keeps the focus on its row while the keyboard moves and the list scrolls away', async () => {
    const list = await mount('', 1000, big);
    list.$<HTMLButtonElement>('tr.row .toggle')!.focus();
    for (let i = 0; i < 5; i++) {
      await sendKeys({press: 'PageDown'});
    }
    await list.el.updateComplete;
    const id = list.focused?.closest('tr')?.dataset['id'];
    expect(id, 'focus is on a row').to.be.a('string');
    expect(list.el.shownDelegations.findIndex((r) => r.d.id === id)).to.equal(50);
    // Scroll far away with the mouse: the focused row stays in the document, and focused.
    const box = list.$('.scroll')!;
    box.scrollTop = box.scrollHeight - box.clientHeight;
    box.dispatchEvent(new Event('scroll'));
    await list.el.updateComplete;
    expect(list.focused?.closest('tr')?.dataset['id']).to.equal(id);
    await sendKeys({press: 'ArrowDown'});
    await list.el.updateComplete;
    expect(list.el.shownDelegations.findIndex((r) => r.d.id === list.focused?.closest('tr')?.dataset['id'])).to.equal(
      51,
    );
  });

  it('prints every row', async () => {
    const list = await mount('', 1000, syntheticFeed({events: 0, delegations: 1000}));
    expect(list.$$('tr.row').length).to.be.lessThan(100);
    window.dispatchEvent(new Event('beforeprint'));
    expect(list.$$('tr.row')).to.have.length(1000);
    window.dispatchEvent(new Event('afterprint'));
    await list.el.updateComplete;
    expect(list.$$('tr.row').length).to.be.lessThan(100);
  });
});

/** RFC 4180 parser, for reading the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('writes UTF-8 with a BOM and CRLF, quotes what needs quoting, and reads back', async () => {
    const feed = (await (await fetch(FEED)).json()) as Record<string, unknown>;
    const data = mergeFeeds([{source: 'x', ...validateFeed(feed)} as never]);
    const csv = toCsv(buildRows(data), data, 'ru');
    expect(csv.startsWith('\uFEFFid,start,end,direction')).to.equal(true);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).to.have.length(6);
    const mogilev = rows.find((r) => r[0] === '2021-07-mogilev-delegation')!;
    const col = (name: string) => mogilev[rows[0]!.indexOf(name)];
    expect(col('start')).to.equal('2021-07');
    expect(col('cities')).to.equal('Могилёв');
    expect(col('countries')).to.equal('BY');
    expect(col('format')).to.equal('offline');
    expect(col('purpose')).to.equal('Участие в мероприятиях, посвящённых Дню города Могилёва');
    expect(col('events')).to.equal('2021-07-mogilev-city-day');
    expect(csvField('a "b", c')).to.equal('"a ""b"", c"');
    expect(csvField('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).to.equal('-5');
    expect(parseCsv(`${csvField('a "b",\r\nc')},x\r\n`)).to.deep.equal([['a "b",\r\nc', 'x']]);
  });
});
