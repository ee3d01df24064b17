/**
 * The report as a reader sees it on a page: no sideways scrolling on phones, the same count of joint
 * events as the map's card, a newsroom's hierarchy (headline figures, the report's own, charts), long
 * lists collapsed, and headings that fit the page's outline (`heading-level`).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/report-summary/define.js';
import '../../src/partner-map/define.js';
import type {TwinReportSummary} from '../../src/report-summary/report-summary.js';
import {REPORT_FEED, SummaryObject, mountSummary} from '../helpers/report-summary-object.js';
import {MapObject, mountMap} from '../helpers/map-object.js';

const PORTLAND = `${REPORT_FEED} /demo/feeds/portland-sample.json`;

describe('<twin-report-summary> on a plain page', () => {
  afterEach(() => setViewport({width: 1000, height: 800}));

  for (const width of [320, 390])
    for (const lang of ['en', 'ru', 'ja'])
      it(`never makes a ${width} px page scroll sideways (${lang}): the hidden chart tables take no room`, async () => {
        await setViewport({width, height: 700});
        const el = await fixture<TwinReportSummary>(
          html`<twin-report-summary lang=${lang} src=${REPORT_FEED}></twin-report-summary>`,
        );
        const s = new SummaryObject(el);
        await s.settle();
        expect(s.$$('figure.chart').length, 'the charts are drawn').to.be.greaterThan(3);
        expect(document.scrollingElement!.scrollWidth).to.be.at.most(window.innerWidth);
      });
});

describe('<twin-report-summary> and the map count the same joint events', () => {
  it('on the Portland page: the report’s figure for 2021 and Portland’s card on the map', async () => {
    const s = await mountSummary(`partner="portland" compact src="${PORTLAND}"`, undefined, 'en', 300);
    const report = s.figures()['Joint events in 2021']!.value;
    const map: MapObject = await mountMap(
      html`<twin-partner-map src=${PORTLAND} partner="portland"></twin-partner-map>`,
    );
    await map.idle();
    const card = map.cardFacts['Joint events']!;
    // All six are of 2021: the school meetings, the e-sports matches, the gymnastics master class, the
    // festival both feeds list (once), and the two items of Portland's sample feed with Khabarovsk; not
    // the Sapporo garden event of Portland's feed, which Khabarovsk has no part in.
    expect(report).to.equal('6');
    expect(card).to.equal('6 (2021)');
  });
});

describe('<twin-report-summary> reads like a newsroom summary', () => {
  it('puts each number above what it counts, the headline figures larger than the report’s own', async () => {
    const s = await mountSummary();
    for (const part of ['figures', 'stated']) {
      const fig = s.$(`[part="${part}"] .figure`)!;
      expect(s.$('.value', fig)!.getBoundingClientRect().bottom, part).to.be.at.most(
        s.$('dt', fig)!.getBoundingClientRect().top + 1,
      );
    }
    const size = (sel: string) => parseFloat(getComputedStyle(s.$(sel)!).fontSize);
    expect(size('[part="figures"] .value')).to.be.greaterThan(size('[part="stated"] .value') * 1.4);
    const first = s.$('[part="figures"]')!.getBoundingClientRect();
    expect(first.top, 'headline figures before the report’s own').to.be.below(
      s.$('[part="stated"]')!.getBoundingClientRect().top,
    );
  });

  it('sorts bars by value where the order is not time, with what is not known last; months stay in order', async () => {
    const s = await mountSummary();
    for (const id of ['category', 'country', 'format']) {
      const values = Object.values(s.bars(id));
      const known = id === 'format' ? values.slice(0, -1) : values;
      expect(known, id).to.deep.equal([...known].sort((a, b) => b - a));
    }
    expect(s.barLabels('format')).to.deep.equal(['Online', 'Hybrid', 'In person', 'Format not stated']);
    expect(s.barLabels('month').slice(0, 3)).to.deep.equal(['January', 'February', 'March']);
    expect(s.barLabels('month').at(-1)).to.equal('Month not stated');
  });

  it('writes each value at the end of its bar', async () => {
    const s = await mountSummary();
    const chart = s.chart('country');
    const bars = s.$$('svg.bar rect', chart);
    const values = s.$$('.bars .n', chart);
    bars.forEach((bar, i) => {
      const b = bar.getBoundingClientRect();
      const v = values[i]!.getBoundingClientRect();
      expect(v.left - b.right, `value ${i} right after its bar`).to.be.within(0, 8);
      expect(Math.abs((v.top + v.bottom) / 2 - (b.top + b.bottom) / 2)).to.be.below(4);
    });
  });

  it('collapses a long list behind “Show all (n)”, and opens it from the keyboard', async () => {
    const s = await mountSummary();
    expect(s.visibleItems('plans')).to.have.length(3);
    expect(s.visibleItems('sections')).to.have.length(3);
    const button = s.moreButton('plans')!;
    expect(s.text(button)).to.equal('Show all (9)');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({press: 'Enter'});
    await s.el.updateComplete;
    expect(s.visibleItems('plans')).to.have.length(9);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(s.text(button)).to.equal('Show fewer');
    await sendKeys({press: 'Space'});
    await s.el.updateComplete;
    expect(s.visibleItems('plans')).to.have.length(3);
    // A short list has no button.
    expect(s.moreButton('awards')).to.equal(null);
  });

  it('keeps a 390 px phone’s scroll to a few screens', async () => {
    const s = await mountSummary('', undefined, 'en', 366);
    expect(s.el.getBoundingClientRect().height).to.be.below(6000);
  });

  it('takes its heading levels from heading-level, in order below the page’s heading', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><h2>Our city abroad</h2><twin-report-summary heading-level="3" lang="en" src=${REPORT_FEED}></twin-report-summary></div>`,
    );
    const s = new SummaryObject(wrap.querySelector('twin-report-summary')!);
    await s.settle();
    const outline = s.outline();
    expect(outline[0]).to.deep.equal([3, 'International activities of the Khabarovsk City Administration in 2021']);
    expect(outline.find(([, t]) => t === '2021 in figures')![0]).to.equal(4);
    expect(outline.find(([, t]) => t === 'As stated in the report')![0]).to.equal(5);
    expect(outline.find(([, t]) => t === 'What was done')![0]).to.equal(4);
    expect(outline.find(([, t]) => t === 'Plans for 2022')![0]).to.equal(4);
    for (let i = 1; i < outline.length; i++)
      expect(outline[i]![0] - outline[i - 1]![0], `${outline[i]![1]}`).to.be.at.most(1);
    expect(s.$$('h1, h2, h3, h4, h5, h6')).to.have.length(0);
    await expect(wrap).to.be.accessible();
  });
});
