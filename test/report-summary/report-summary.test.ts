import {expect} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../../src/report-summary/define.js';
import type {TwinSelectEvent} from '../../src/core/events.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';
import {REPORT_FEED, mountSummary} from '../helpers/report-summary-object.js';

const FEED = REPORT_FEED;
const mount = mountSummary;

interface RawFeed {
  publisher: {city: string};
  cities: Array<{id: string; country: string}>;
  events: Array<{
    start: string;
    format?: string;
    cities?: string[];
    placeCity?: string;
    countries?: string[];
    categories?: string[];
  }>;
  delegations: Array<{start: string; direction: string; cities: string[]}>;
  reports: Array<{year: number; awards: Array<{date: string}>; metrics: unknown[]}>;
}

describe('<twin-report-summary> on the Khabarovsk feed', () => {
  let raw: RawFeed;
  before(async () => {
    raw = (await (await fetch(FEED)).json()) as RawFeed;
  });

  it('counts its figures from the feed, as a reader would count them', async () => {
    const s = await mount();
    const f = s.figures();
    // Counted here from the raw feed, independently of the element's model.
    const events = raw.events.filter((e) => e.start.startsWith('2021'));
    const delegations = raw.delegations.filter((d) => d.start.startsWith('2021'));
    const home = raw.publisher.city;
    const country = new Map(raw.cities.map((c) => [c.id, c.country]));
    const partners = new Set(
      [
        ...events.flatMap((e) => [...(e.cities ?? []), ...(e.placeCity ? [e.placeCity] : [])]),
        ...delegations.flatMap((d) => d.cities),
      ].filter((id) => id !== home),
    );
    const countries = new Set([
      ...[...partners].map((id) => country.get(id)!),
      ...events.flatMap((e) => e.countries ?? []),
    ]);
    const online = events.filter((e) => e.format === 'online').length;
    const stated = events.filter((e) => e.format).length;
    expect(f['Joint events in 2021']!.value).to.equal(String(events.length));
    expect(f['Partner cities']!.value).to.equal(String(partners.size));
    expect(f['Countries']!.value).to.equal(String(countries.size));
    expect(f['Held online']!.value).to.equal(`${Math.round((online / stated) * 100)}%`);
    expect(f['Delegations and meetings']!.value).to.equal(String(delegations.length));
    expect(f['Awards']!.value).to.equal(String(raw.reports[0]!.awards.length));
    expect(s.$$('[part="stated"] .figure')).to.have.length(raw.reports[0]!.metrics.length);
  });

  it('shows the 2021 figures as counted from the report', async () => {
    const s = await mount();
    const f = s.figures();
    // From the report: 35 dated activities; 11 held online, the festival in a mixed format, the
    // Mogilev City Day visit in person, the rest without a stated format; 5 outgoing delegations and
    // meetings, none incoming; two awards (the "City You Want to Live In" diploma and first place in
    // the regional stage of "Best Municipal Practice").
    expect(f['Joint events in 2021']!.value).to.equal('35');
    expect(f['Held online']!.value).to.equal('85%');
    expect(f['Held online']!.note).to.equal('11 of 13 events whose format the feed states; hybrid: 1; in person: 1.');
    expect(f['Delegations and meetings']).to.deep.equal({value: '5', note: 'Incoming: 0; outgoing: 5.'});
    expect(f['Awards']!.value).to.equal('2');
    expect(s.text(s.$('[part="title"]'))).to.equal(
      'International activities of the Khabarovsk City Administration in 2021',
    );
    const awards = s.$$('.awards li').map((li) => s.text(li));
    expect(awards[0]).to.contain('A City You Want to Live In');
    expect(awards[1]).to.contain('Best Municipal Practice');
    expect(s.text(s.$('#plans-title'))).to.equal('Plans for 2022');
    expect(s.$$('.plans li')).to.have.length(9);
    expect(s.$$('[part="section"]')).to.have.length(10);
  });

  it('draws every chart from the same numbers as its table, and never puts an event on an invented month', async () => {
    const s = await mount();
    for (const id of ['month', 'category', 'format', 'country']) {
      const bars = s.bars(id);
      expect(bars, id).to.deep.equal(s.table(id));
      const values = Object.values(bars);
      const widths = s.barWidths(id);
      const max = Math.max(...values);
      widths.forEach((w, i) => expect(w, `${id} bar ${i}`).to.be.closeTo((values[i]! / max) * 100, 1e-9));
    }
    const months = s.table('month');
    expect(months['Month not stated'], 'events the report dates to the year only').to.equal(17);
    expect(Object.values(months).reduce((a, b) => a + b, 0)).to.equal(35);
    expect(s.table('format')).to.deep.equal({Online: 11, Hybrid: 1, 'In person': 1, 'Format not stated': 22});
    expect(s.table('category')['Official meetings and talks']).to.equal(11);
    expect(s.text(s.$('#chart-format-summary'))).to.equal('The most: Format not stated (22).');
    expect(s.text(s.$('#chart-country-summary'))).to.equal('The most: South Korea (10).');
    expect(s.$('table', s.chart('country'))!.getAttribute('aria-describedby')).to.equal('chart-country-summary');
  });

  it('turns a chart into its table and back; the table is always there for screen readers', async () => {
    const s = await mount();
    const chart = s.chart('format');
    const table = s.$('table', chart)!;
    expect(s.$('.bars', chart)!.getAttribute('aria-hidden')).to.equal('true');
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(true);
    const button = s.$<HTMLButtonElement>('.as-table', chart)!;
    button.click();
    await s.el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(s.$<HTMLElement>('.bars', chart)!.hidden).to.equal(true);
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(false);
    expect(table.getBoundingClientRect().height).to.be.greaterThan(40);
    button.click();
    await s.el.updateComplete;
    expect(s.$<HTMLElement>('.bars', chart)!.hidden).to.equal(false);
  });

  it('shows one section with its events and what it lists besides', async () => {
    const s = await mount('section="tourism"');
    const sections = s.$$('[part="section"]');
    expect(sections).to.have.length(1);
    expect(s.text(s.$('[role="heading"]', sections[0]))).to.equal('Tourism development');
    expect(s.$$('button.event', sections[0])).to.have.length(10);
    expect(s.$$('li', sections[0])).to.have.length(10 + 1 + 8);
    expect(s.$('[part="figures"]')).to.equal(null);
    const missing = await mount('section="nowhere"');
    expect(missing.text(missing.$('[part~="empty"]'))).to.contain('The report for 2021 has no section "nowhere".');
  });

  it('narrowed to a partner: its events only, and nothing report-wide that is not about it', async () => {
    const s = await mount('partner="niigata"');
    const involved = raw.events.filter(
      (e) => e.start.startsWith('2021') && ((e.cities ?? []).includes('niigata') || e.placeCity === 'niigata'),
    );
    expect(s.figures()['Joint events in 2021']!.value).to.equal(String(involved.length));
    expect(s.figures()['Awards']!.value).to.equal('0');
    expect(s.$('[part="stated"]'), 'the report’s own figures are not about Niigata').to.equal(null);
    expect(s.text(s.$('.lead'))).to.equal('Only what involves Niigata.');
    const listed = s.$$('[part="section"] button.event').length;
    expect(listed).to.equal(involved.length);
    expect(s.$$('[part="section"] li').length, 'no report-wide items').to.equal(involved.length);
  });

  it('fires twin-select for an event of a section', async () => {
    const s = await mount('section="sport"');
    const fired = new Promise<TwinSelectEvent>((r) =>
      s.el.addEventListener('twin-select', (e) => r(e as TwinSelectEvent), {once: true}),
    );
    s.$<HTMLButtonElement>('button.event')!.click();
    const e = await fired;
    expect(e.detail.kind).to.equal('event');
    expect(raw.events.map((x) => (x as {id?: string}).id)).to.include(e.detail.id);
  });

  it('compact: four headline figures in a 300 px sidebar, no paragraphs, no charts', async () => {
    const s = await mount('compact', undefined, 'en', 300);
    expect(Object.keys(s.figures())).to.deep.equal([
      'Joint events in 2021',
      'Partner cities',
      'Countries',
      'Delegations and meetings',
    ]);
    expect(s.$$('figure.chart')).to.have.length(0);
    expect(s.$$('[part="section"]')).to.have.length(0);
    expect(s.$$('.note, p:not([role="status"]), [part="stated"], [part="copy-button"]')).to.have.length(0);
    // Two figures a row: the whole summary is about one phone screen tall, not a column of cards.
    const columns = getComputedStyle(s.$('[part="figures"]')!).gridTemplateColumns.split(' ');
    expect(columns).to.have.length(2);
    expect(s.el.getBoundingClientRect().height).to.be.below(400);
  });

  it('prints tables instead of charts, sections without their lists, no buttons', async () => {
    const s = await mount();
    await emulateMedia({media: 'print'});
    try {
      const chart = s.chart('month');
      expect(getComputedStyle(s.$('.bars', chart)!).display).to.equal('none');
      expect(getComputedStyle(s.$('.as-table', chart)!).display).to.equal('none');
      expect(getComputedStyle(s.$('[part="copy-button"]')!).display).to.equal('none');
      expect(s.$('table', chart)!.getBoundingClientRect().height).to.be.greaterThan(100);
      // Sections keep their title and summary; their lists are for the screen (one or two pages in all).
      const section = s.$('[part="section"]')!;
      expect(getComputedStyle(s.$('ul', section)!).display).to.equal('none');
      expect(getComputedStyle(s.$('p', section)!).display).to.equal('block');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('copies the figures as plain text and says so', async () => {
    const s = await mount();
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', {configurable: true, value: async (t: string) => void (copied = t)});
    try {
      s.$<HTMLButtonElement>('[part="copy-button"]')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await s.el.updateComplete;
      expect(copied.split('\n')[0]).to.equal('International activities of the Khabarovsk City Administration in 2021');
      expect(copied).to.contain('Joint events in 2021: 35.');
      expect(copied).to.contain('Languages of the Khabarovsk tourist website: 5 languages.');
      expect(s.text(s.$('[role="status"]'))).to.equal('The figures are copied.');
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: async () => Promise.reject(new Error('denied')),
      });
      s.$<HTMLButtonElement>('[part="copy-button"]')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await s.el.updateComplete;
      expect(s.text(s.$('[role="status"]'))).to.contain('could not be copied');
    } finally {
      delete (clipboard as unknown as {writeText?: unknown}).writeText;
    }
  });

  it('speaks Japanese: month names and numbers through Intl, texts with their own lang', async () => {
    const s = await mount('', undefined, 'ja');
    expect(Object.keys(s.table('month'))[6]).to.equal('7月');
    expect(s.$('[part="title"]')!.getAttribute('lang')).to.equal('ja');
    expect(s.text(s.$('[part="title"]'))).to.equal('ハバロフスク市行政府の国際活動（2021年）');
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const s = await mount('', undefined, 'en', 300);
      expect(s.el.scrollWidth).to.be.at.most(s.el.clientWidth + 1);
    } finally {
      await setViewport({width: 1000, height: 800});
    }
  });
});

describe('<twin-report-summary> over several years', () => {
  const feed = syntheticFeed({events: 600, years: 4, firstYear: 2018, reports: true});

  it('shows the latest year, compares it with the year before, and switches years', async () => {
    const s = await mount('', feed);
    const count = (year: number) => feed.events!.filter((e) => e.start.startsWith(String(year))).length;
    expect(s.figures()['Joint events in 2021']!.value).to.equal(String(count(2021)));
    expect(s.figures()['Joint events in 2021']!.note).to.contain(`2020: ${count(2020)}.`);
    const byYear = s.table('year');
    expect(byYear).to.deep.equal({2018: count(2018), 2019: count(2019), 2020: count(2020), 2021: count(2021)});
    const select = s.$<HTMLSelectElement>('select')!;
    select.value = '2019';
    select.dispatchEvent(new Event('change'));
    await s.el.updateComplete;
    expect(s.figures()['Joint events in 2019']!.value).to.equal(String(count(2019)));
    expect(s.text(s.$('#figures-title'))).to.equal('2019 in figures');
  });

  it('shows a year without a report from its events alone', async () => {
    const s = await mount('year="2020"', {...feed, reports: feed.reports!.filter((r) => r.year !== 2020)});
    expect(s.text(s.$('[part="title"]'))).to.equal('International activity in 2020');
    expect(s.$('[part="stated"]')).to.equal(null);
    expect(s.$$('figure.chart').length).to.be.greaterThan(3);
  });
});

describe('<twin-report-summary> states', () => {
  it('says so when the feed has nothing to summarize, and when it cannot be loaded', async () => {
    const empty = await mount('', {
      schemaVersion: 1,
      publisher: {city: 'k', name: 'K'},
      defaultLanguage: 'en',
      timeZone: 'UTC',
      cities: [{id: 'k', name: 'K', country: 'RU', coordinates: [135, 48]}],
    });
    expect(empty.text(empty.$('[part~="empty"]'))).to.contain('This feed has no report and nothing dated yet.');
    const broken = await mount('src="/__fault/404"');
    expect(broken.text(broken.$('[role="alert"]'))).to.contain('(404)');
  });
});
