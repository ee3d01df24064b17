import {expect} from '@open-wc/testing';
import {
  comparePartialDates,
  formatPartialDate,
  formatPartialRange,
  parsePartialDate,
  periodEnd,
  periodStart,
} from '../../src/core/partial-date.js';
import {countryName, firstDayOfWeek, formatNumber, formatPercent} from '../../src/core/format.js';

const d = (s: string) => parsePartialDate(s)!;
const parts = (s: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', timeZone: 'UTC'}).formatToParts(periodStart(d(s)));

describe('partial dates', () => {
  it('parses each precision and refuses impossible ones', () => {
    expect(d('2021').precision).to.equal('year');
    expect(d('2021-07')).to.include({precision: 'month', year: 2021, month: 7});
    expect(d('2021-07-15')).to.include({precision: 'day', day: 15});
    expect(d('2021-07-15T10:00+10:00').instant).to.equal(Date.UTC(2021, 6, 15, 0, 0));
    expect(parsePartialDate('2021-02-29')).to.equal(undefined);
    expect(parsePartialDate('July 2021')).to.equal(undefined);
  });

  it('formats a month without inventing a day, in every locale', () => {
    expect(formatPartialDate(d('2021-07'), 'en')).to.equal('July 2021');
    expect(formatPartialDate(d('2021-07'), 'ru')).to.equal('июль 2021 г.');
    expect(formatPartialDate(d('2021-07'), 'ja')).to.equal('2021年7月');
    expect(formatPartialDate(d('2021-07'), 'ko')).to.equal('2021년 7월');
    expect(formatPartialDate(d('2021-07'), 'zh-Hans')).to.equal('2021年7月');
    for (const locale of ['en', 'ru', 'ja', 'ko', 'zh-Hans']) {
      expect(parts('2021-07', locale).some((p) => p.type === 'day')).to.equal(false);
    }
    expect(formatPartialDate(d('2021'), 'ru')).to.equal('2021');
    expect(formatPartialDate(d('2021'), 'ja')).to.equal('2021年');
    expect(formatPartialDate(d('2021-07-15'), 'ja')).to.equal('2021年7月15日');
  });

  it('shows a date-time in the feed time zone, with the zone', () => {
    const text = formatPartialDate(d('2021-07-15T10:00+10:00'), 'en', 'Asia/Vladivostok');
    expect(text).to.contain('July 15, 2021');
    expect(text).to.contain('10:00');
    expect(text).to.match(/GMT\+10/);
  });

  it('formats ranges at their own precision', () => {
    expect(formatPartialRange(d('2021-07'), d('2021-08'), 'en')).to.equal('July – August 2021');
    expect(formatPartialRange(d('2021-07-12'), d('2021-07-14'), 'en')).to.equal('July 12 – 14, 2021');
    expect(formatPartialRange(d('2021-07'), d('2021-07-20'), 'en')).to.equal('July 2021 – July 20, 2021');
    expect(formatPartialRange(d('2021-07'), undefined, 'en')).to.equal('July 2021');
  });

  it('orders by the start of the period, coarser first on a tie', () => {
    const sorted = ['2021-07-01', '2021-07', '2021', '2021-06-30', '2021-12'].map(d).sort(comparePartialDates);
    expect(sorted.map((x) => x.raw)).to.deep.equal(['2021', '2021-06-30', '2021-07', '2021-07-01', '2021-12']);
    expect(periodEnd(d('2021-12'))).to.equal(Date.UTC(2022, 0, 1));
    expect(periodEnd(d('2021'))).to.equal(Date.UTC(2022, 0, 1));
  });
});

describe('Intl helpers', () => {
  it('names countries in the reader\'s language', () => {
    expect(countryName('JP', 'ru')).to.equal('Япония');
    expect(countryName('KR', 'ja')).to.equal('韓国');
    expect(countryName('CN', 'ko')).to.equal('중국');
    expect(countryName('AM', 'en')).to.equal('Armenia');
    expect(countryName('ZZ', 'en')).to.be.a('string');
  });
  it('formats numbers and shares', () => {
    expect(formatNumber(10000, 'ru')).to.equal('10\u00a0000');
    expect(formatPercent(0.75, 'en')).to.equal('75%');
  });
  it('knows where the week starts', () => {
    expect(firstDayOfWeek('ru')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('ja')).to.equal(7);
  });
});
