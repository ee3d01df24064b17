import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {forPartner, type ValidatedFeed} from '../../src/core/merge.js';
import {mergeFeeds} from '../../src/core/merge-feeds.js';
import {validateFeed, validateFeedText} from '../../src/core/validate.js';
import {safeHref} from '../../src/core/links.js';
import {resolveText} from '../../src/core/localized-text.js';

const base = (publisher: string, lang: string, extra: object = {}) => ({
  schemaVersion: 1,
  publisher: {city: publisher, name: publisher},
  defaultLanguage: lang,
  timeZone: 'Asia/Vladivostok',
  cities: [
    {id: 'khabarovsk', name: 'Хабаровск', country: 'RU', coordinates: [135.07, 48.48]},
    {id: 'niigata', name: lang === 'ja' ? '新潟市' : 'Ниигата', country: 'JP', coordinates: [139.04, 37.92]},
  ],
  ...extra,
});
const validated = (source: string, feed: unknown): ValidatedFeed => {
  const r = validateFeed(feed, source);
  return {source, feed: r.feed!, problems: r.problems, skipped: r.skipped};
};

describe('mergeFeeds', () => {
  const kh = base('khabarovsk', 'ru', {
    partnerships: [{city: 'niigata', type: 'sister', since: '1965'}],
    events: [{id: 'a', title: 'Встреча', start: '2021-06', format: 'online', cities: ['niigata']}],
  });
  const ni = base('niigata', 'ja', {
    partnerships: [{city: 'khabarovsk', type: 'sister', since: '1965'}],
    events: [
      {id: 'a', title: '交流会', start: '2021-06', format: 'online', cities: ['khabarovsk']},
      {id: 'b', title: '写真展', start: '2021-09-10', format: 'offline', cities: ['khabarovsk', 'niigata']},
    ],
  });
  const data = mergeFeeds([validated('kh.json', kh), validated('ni.json', ni)]);

  it("makes the first feed's publisher the home city", () => {
    expect(data.home!.id).to.equal('khabarovsk');
    expect(data.defaultLanguage).to.equal('ru');
    expect(data.feeds.map((f) => f.source)).to.deep.equal(['kh.json', 'ni.json']);
  });

  it("keeps each plain-string text in its own feed's language", () => {
    const b = data.events.find((e) => e.id === 'b')!;
    expect(resolveText(b.title, 'en', data.defaultLanguage)).to.deep.equal({text: '写真展', lang: 'ja'});
    const niigata = data.cityById.get('niigata')!;
    expect(resolveText(niigata.name, 'ja', 'ru')).to.deep.equal({text: '新潟市', lang: 'ja'});
    expect(resolveText(niigata.name, 'ru', 'ru')).to.deep.equal({text: 'Ниигата', lang: 'ru'});
  });

  it('joins an event both feeds publish (same id, same start) into one, with the texts of both', () => {
    expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    const a = data.events[0]!;
    expect(resolveText(a.title, 'ja', 'ru')).to.deep.equal({text: '交流会', lang: 'ja'});
    expect(resolveText(a.title, 'ru', 'ru')).to.deep.equal({text: 'Встреча', lang: 'ru'});
    expect(a.cities).to.have.members(['niigata', 'khabarovsk']);
    expect(a.source).to.equal('kh.json');
    expect(data.problems.filter((p) => p.code === 'duplicate-id')).to.deep.equal([]);
  });

  it('keeps the first of two different events that share an id, and says so', () => {
    const clash = base('niigata', 'ja', {events: [{id: 'a', title: '別の行事', start: '2021-08-01'}]});
    const merged = mergeFeeds([validated('kh.json', kh), validated('ni2.json', clash)]);
    expect(merged.events).to.have.length(1);
    expect(resolveText(merged.events[0]!.title, 'ja', 'ru')?.text).to.equal('Встреча');
    const dup = merged.problems.find((p) => p.code === 'duplicate-id')!;
    expect(dup.source).to.equal('ni2.json');
    expect(dup.value).to.equal('"a"');
    expect(dup.reason).to.deep.equal({id: 'duplicateAcrossFeeds', kind: 'event'});
  });

  it('keeps a partnership declared by both sides once', () => {
    expect(data.partnerships).to.have.length(1);
    expect(data.partnerships[0]).to.include({from: 'khabarovsk', city: 'niigata'});
  });

  it('parses dates once, at merge', () => {
    expect(data.events[1]!.startDate).to.include({precision: 'day', day: 10});
  });

  it('narrows to one partner', () => {
    const only = forPartner(data, 'niigata');
    expect(only.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(forPartner(data, 'khabarovsk').partnerships).to.have.length(1);
    expect(forPartner(data, 'atlantis').events).to.deep.equal([]);
  });
});

describe("mergeFeeds: a partner city's own feed", () => {
  const vladivostok = {id: 'vladivostok', name: 'ウラジオストク', country: 'RU', coordinates: [131.89, 43.12]};
  const kh = base('khabarovsk', 'ru', {
    events: [{id: 'kh-1', title: 'Онлайн-встреча', start: '2021-06', cities: ['khabarovsk', 'niigata']}],
    delegations: [{id: 'kh-d', direction: 'outgoing', cities: ['niigata'], start: '2021-10', purpose: 'Визит'}],
  });
  const ni = base('niigata', 'ja', {
    cities: [...base('niigata', 'ja').cities, vladivostok],
    events: [
      // Niigata's own feed leaves Niigata out of `cities`: its publisher takes part all the same.
      {id: 'ni-1', title: '写真展', start: '2021-09-10', cities: ['khabarovsk']},
      {id: 'ni-2', title: 'ウラジオストクとの会議', start: '2021-11', cities: ['vladivostok']},
    ],
    delegations: [
      {id: 'ni-d1', direction: 'outgoing', cities: ['khabarovsk'], start: '2021-08', purpose: '訪問'},
      {id: 'ni-d2', direction: 'incoming', cities: ['khabarovsk', 'vladivostok'], start: '2021-12', purpose: '来訪'},
      {id: 'ni-d3', direction: 'outgoing', cities: ['vladivostok'], start: '2021-05', purpose: '訪問'},
    ],
  });
  const data = mergeFeeds([validated('kh.json', kh), validated('ni.json', ni)]);

  it("turns the partner's delegations to the home city's side", () => {
    const d1 = data.delegations.find((d) => d.id === 'ni-d1')!;
    expect(d1).to.include({direction: 'incoming', source: 'ni.json'});
    expect(d1.cities).to.deep.equal(['niigata']);
    const d2 = data.delegations.find((d) => d.id === 'ni-d2')!;
    expect(d2.direction).to.equal('outgoing');
    expect(d2.cities).to.deep.equal(['niigata', 'vladivostok']);
    expect(data.delegations.find((d) => d.id === 'kh-d')).to.include({direction: 'outgoing'});
  });

  it('leaves out, and reports, a delegation the home city takes no part in', () => {
    expect(data.delegations.map((d) => d.id)).to.not.include('ni-d3');
    const p = data.problems.find((q) => q.code === 'not-home')!;
    expect(p).to.include({severity: 'warning', source: 'ni.json'});
    expect(p.path).to.deep.equal(['delegations', 2]);
    expect(p.value).to.equal('"ni-d3"');
  });

  it('narrows to what the home city and the partner share', () => {
    const only = forPartner(data, 'niigata');
    expect(only.events.map((e) => e.id)).to.deep.equal(['kh-1', 'ni-1']);
    expect(only.delegations.map((d) => d.id)).to.deep.equal(['kh-d', 'ni-d1', 'ni-d2']);
    // Everything stays in the whole model: only the partner view leaves Niigata's other partners out.
    expect(data.events.map((e) => e.id)).to.deep.equal(['kh-1', 'ni-1', 'ni-2']);
    expect(forPartner(data, 'vladivostok').events).to.deep.equal([]);
  });
});

describe('safeHref', () => {
  it('lets through only https, http, mailto and tel', () => {
    expect(safeHref('https://khabarovskadm.ru/')).to.equal('https://khabarovskadm.ru/');
    expect(safeHref('mailto:intl@example.org')).to.equal('mailto:intl@example.org');
    expect(safeHref('tel:+74212000000')).to.equal('tel:+74212000000');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example',
      'relative/path',
    ]) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });
  it('refuses control and bidi characters that disguise a link', () => {
    expect(safeHref('https://example.org/\u202Egnp.exe')).to.equal(undefined);
    expect(safeHref('java\nscript:alert(1)')).to.equal(undefined);
    expect(safeHref(42)).to.equal(undefined);
  });
});

describe('validateFeedText on arbitrary text (property)', () => {
  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => j.slice(0, Math.floor(j.length / 2))),
        ),
        (text) => {
          const r = validateFeedText(text);
          expect(r.feed !== null || r.problems.length > 0).to.equal(true);
        },
      ),
      {numRuns: 500},
    );
  });
});
