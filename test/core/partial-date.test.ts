import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  comparePartialDates,
  earliest,
  formatPartialDate,
  isBefore,
  knownToTheDay,
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
  it("names countries in the reader's language", () => {
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

describe('what partial dates tell about order', () => {
  const d = (raw: string) => parsePartialDate(raw)!;

  it('a date is before another only when its whole period ends before the other begins', () => {
    expect(isBefore(d('1990'), d('1991-02'))).to.equal(true);
    expect(isBefore(d('1991'), d('1991-02')), 'the year holds February').to.equal(false);
    expect(isBefore(d('1991-02'), d('1991')), 'nor is February before the year').to.equal(false);
    expect(isBefore(d('1991-01'), d('1991-02'))).to.equal(true);
    expect(isBefore(d('1991-02-13'), d('1991-02-14'))).to.equal(true);
    expect(isBefore(d('1991-02'), d('1991-02-14'))).to.equal(false);
    expect(isBefore(d('2021-07-15T09:00+10:00'), d('2021-07-15T10:00+10:00'))).to.equal(true);
    expect(isBefore(d('2021-07-15T10:00+10:00'), d('2021-07-15T10:00+10:00'))).to.equal(false);
    // An instant and a day compare by the instant's own calendar day.
    expect(isBefore(d('2021-07-14T23:30+10:00'), d('2021-07-15'))).to.equal(true);
    expect(isBefore(d('2021-07-15T08:00+10:00'), d('2021-07-15'))).to.equal(false);
  });

  it('the earliest of several is every date nothing is known to precede (never one picked by a guess)', () => {
    const ids = (list: string[]) => earliest(list, d);
    expect(ids(['1993', '1991', '1992'])).to.deep.equal(['1991']);
    expect(ids(['1991', '1991-02', '1991-11', '1992'])).to.deep.equal(['1991', '1991-02']);
    expect(ids(['1991-02', '1991-02-14', '1991-03'])).to.deep.equal(['1991-02', '1991-02-14']);
    expect(ids([])).to.deep.equal([]);
    expect(ids(['2021-07-15T10:00+10:00', '2021-07-15', '2021-07-15T09:00+10:00'])).to.deep.equal([
      '2021-07-15',
      '2021-07-15T09:00+10:00',
    ]);
    expect(ids(['2021-07-14T23:30+10:00', '2021-07-15', '2021-07'])).to.deep.equal([
      '2021-07-14T23:30+10:00',
      '2021-07',
    ]);
  });

  it('the earliest are exactly the dates no other is before, for any mix of precisions and time zones', () => {
    // The definition, pair by pair, against `earliest`'s two passes.
    const date = fc
      .tuple(
        fc.integer({min: 1990, max: 1992}),
        fc.integer({min: 1, max: 12}),
        fc.integer({min: 1, max: 28}),
        fc.integer({min: 0, max: 23}),
        fc.constantFrom('Z', '+10:00', '-05:00', '+14:00'),
        fc.constantFrom('year', 'month', 'day', 'time'),
      )
      .map(([y, m, day, h, zone, precision]) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const ym = `${y}-${p2(m)}`;
        if (precision === 'year') return String(y);
        if (precision === 'month') return ym;
        if (precision === 'day') return `${ym}-${p2(day)}`;
        return `${ym}-${p2(day)}T${p2(h)}:00${zone}`;
      });
    fc.assert(
      fc.property(fc.array(fc.option(date, {nil: 'not a date'}), {maxLength: 12}), (raws) => {
        const dateOf = (r: string) => parsePartialDate(r);
        const dated = raws.filter((r) => dateOf(r));
        const expected = dated.filter((a) => !dated.some((b) => b !== a && isBefore(dateOf(b)!, dateOf(a)!)));
        expect(earliest(raws, dateOf)).to.deep.equal(expected);
      }),
      {numRuns: 2000},
    );
  });

  it('knows which dates give their day', () => {
    expect(['2021', '2021-07', '2021-07-15', '2021-07-15T10:00Z'].map((r) => knownToTheDay(d(r)))).to.deep.equal([
      false,
      false,
      true,
      true,
    ]);
  });
});
