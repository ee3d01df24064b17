/**
 * The built-in feed against the report (../shared/seeds/000_8ef31685a64e18d4.txt), counted by hand from
 * the report's text, independently of the feed.
 */
import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/core/validate.js';
import {parsePartialDate} from '../../src/core/partial-date.js';
import type {Feed} from '../../data-schema/schema.js';

let feed: Feed;
const raw = async () => (await (await fetch('/data-schema/feeds/khabarovsk-2021.json')).json()) as unknown;

describe('the Khabarovsk 2021 feed', () => {
  before(async () => {
    const r = validateFeed(await raw());
    expect(r.problems.map((p) => `${p.path.join('.')}: ${p.message}`)).to.deep.equal([]);
    feed = r.feed!;
  });

  it('has the five sister cities and the eleven friendly cities the report lists', () => {
    const by = (type: string) =>
      feed.partnerships
        .filter((p) => p.type === type)
        .map((p) => p.city)
        .sort();
    expect(by('sister')).to.deep.equal(['bucheon', 'harbin', 'niigata', 'portland', 'victoria']);
    // "Мусасино (Япония), Пусан, Иксан (Республика Корея), Чхонджин (КНДР), Шаньтоу, Цзямусы, Фуюань, Хэган,
    // Вэйхай (КНР), Могилев (Республика Беларусь) и Гюмри (Республика Армения)"
    expect(by('friendly')).to.have.length(11);
    const countries = new Set(feed.partnerships.map((p) => feed.cities.find((c) => c.id === p.city)!.country));
    expect([...countries].sort()).to.deep.equal(['AM', 'BY', 'CA', 'CN', 'JP', 'KP', 'KR', 'US']);
  });

  it('dates events exactly as precisely as the report: months where it names one, the year otherwise, never a day', () => {
    const precision = (p: string) => feed.events.filter((e) => parsePartialDate(e.start)!.precision === p).length;
    expect(precision('day') + precision('time')).to.equal(0);
    // April 1, May 4, June 3, July 2, August 2, September 1, October 2, November 2, December 1.
    expect(precision('month')).to.equal(18);
    const byMonth: Record<string, number> = {};
    for (const e of feed.events) if (e.start.length === 7) byMonth[e.start] = (byMonth[e.start] ?? 0) + 1;
    expect(byMonth).to.deep.equal({
      '2021-04': 1,
      '2021-05': 4,
      '2021-06': 3,
      '2021-07': 2,
      '2021-08': 2,
      '2021-09': 1,
      '2021-10': 2,
      '2021-11': 2,
      '2021-12': 1,
    });
    // Festival, exhibition, Instagram account, school meetings, e-sports, ESCAP, RAPP, nine tourism
    // meetings, "Лучшая муниципальная практика".
    expect(precision('year')).to.equal(17);
  });

  it('records the format only where the report states it', () => {
    const count = (f: string | undefined) => feed.events.filter((e) => e.format === f).length;
    expect(count('hybrid')).to.equal(1); // «Новые имена стран АТР - 2021»: очно-заочный
    expect(count('offline')).to.equal(1); // the delegation to Mogilev's City Day
    // заочно (2), ВКС (2), онлайн встреча, Instagram, Интернет, онлайн (festival, conference, seminar), видеоконференцсвязь
    expect(count('online')).to.equal(11);
    expect(count(undefined)).to.equal(22);
    for (const e of feed.events.filter((x) => x.format === undefined)) {
      expect((e as Record<string, unknown>)['formatNote'], e.id).to.exist;
    }
  });

  it('has the delegations and official meetings, the two awards and the 2022 plans', () => {
    expect(feed.delegations.map((d) => d.cities[0]).sort()).to.deep.equal([
      'bucheon',
      'bucheon',
      'harbin',
      'mogilev',
      'victoria',
    ]);
    const report = feed.reports[0]!;
    expect(report.year).to.equal(2021);
    expect(report.sections).to.have.length(10);
    expect(report.awards.map((a) => a.level).sort()).to.deep.equal(['international', 'regional']);
    expect(report.plans.filter((p) => p.kind === 'direction')).to.have.length(5);
    expect(report.plans.filter((p) => p.kind === 'event')).to.have.length(4);
    expect(report.plans.every((p) => p.year === 2022)).to.equal(true);
    expect(report.metrics.map((m) => m.value)).to.include.members([163, 20, 26]);
  });

  it('names every city and titles every event in the five languages', () => {
    for (const c of feed.cities)
      expect(Object.keys(c.name as object), c.id).to.include.members(['ru', 'en', 'zh-Hans', 'ja', 'ko']);
    for (const e of feed.events)
      expect(Object.keys(e.title as object), e.id).to.include.members(['ru', 'en', 'zh-Hans', 'ja', 'ko']);
  });

  it('puts every event and delegation in a section of the report', () => {
    const inSections = new Set(feed.reports[0]!.sections.flatMap((s) => [...s.events, ...s.delegations]));
    for (const e of feed.events) expect(inSections.has(e.id), e.id).to.equal(true);
    for (const d of feed.delegations) expect(inSections.has(d.id), d.id).to.equal(true);
  });
});
