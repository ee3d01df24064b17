import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {mergeFeeds, forPartner, type ValidatedFeed} from '../../src/core/merge.js';
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

  it('makes the first feed\'s publisher the home city', () => {
    expect(data.home!.id).to.equal('khabarovsk');
    expect(data.defaultLanguage).to.equal('ru');
    expect(data.feeds.map((f) => f.source)).to.deep.equal(['kh.json', 'ni.json']);
  });

  it('keeps each plain-string text in its own feed\'s language', () => {
    const b = data.events.find((e) => e.id === 'b')!;
    expect(resolveText(b.title, 'en', data.defaultLanguage)).to.deep.equal({text: '写真展', lang: 'ja'});
    const niigata = data.cityById.get('niigata')!;
    expect(resolveText(niigata.name, 'ja', 'ru')).to.deep.equal({text: '新潟市', lang: 'ja'});
    expect(resolveText(niigata.name, 'ru', 'ru')).to.deep.equal({text: 'Ниигата', lang: 'ru'});
  });

  it('keeps one copy of an event both feeds list, and says so', () => {
    expect(data.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    const dup = data.problems.find((p) => p.code === 'duplicate-id')!;
    expect(dup.source).to.equal('ni.json');
    expect(dup.message).to.contain('"a"');
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

describe('safeHref', () => {
  it('lets through only https, http, mailto and tel', () => {
    expect(safeHref('https://khabarovskadm.ru/')).to.equal('https://khabarovskadm.ru/');
    expect(safeHref('mailto:intl@example.org')).to.equal('mailto:intl@example.org');
    expect(safeHref('tel:+74212000000')).to.equal('tel:+74212000000');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example', 'relative/path']) {
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
      fc.property(fc.oneof(fc.string(), fc.json(), fc.json().map((j) => j.slice(0, Math.floor(j.length / 2)))), (text) => {
        const r = validateFeedText(text);
        expect(r.feed !== null || r.problems.length > 0).to.equal(true);
      }),
      {numRuns: 500},
    );
  });
});
