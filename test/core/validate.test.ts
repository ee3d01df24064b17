import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {validateFeed, validateFeedText} from '../../src/core/validate.js';
import {formatPath, formatProblem} from '../../src/core/paths.js';

const header = () => ({
  schemaVersion: 1,
  publisher: {city: 'kh', name: {ru: 'Хабаровск', en: 'Khabarovsk'}},
  defaultLanguage: 'ru',
  timeZone: 'Asia/Vladivostok',
});
const city = (id: string, extra: object = {}) => ({id, name: id, country: 'RU', coordinates: [135, 48.5], ...extra});
const event = (id: string, extra: object = {}) => ({id, title: id, start: '2021-07', format: 'online', ...extra});
const feed = (extra: object = {}) => ({...header(), cities: [city('kh')], ...extra});
const paths = (r: ReturnType<typeof validateFeed>) => r.problems.map((p) => formatPath(p.path));

describe('validateFeed', () => {
  it('accepts a clean feed and fills the documented defaults', () => {
    const r = validateFeed(feed({events: [event('a')]}));
    expect(r.problems).to.deep.equal([]);
    expect(r.feed!.events[0]).to.include({status: 'scheduled'});
    expect(r.feed!.events[0]!.categories).to.deep.equal([]);
    expect(r.feed!.delegations).to.deep.equal([]);
  });

  it('skips an invalid event, says where and why, and keeps the others', () => {
    const r = validateFeed(
      feed({events: [event('a'), event('b', {start: '2021-13'}), event('c', {format: 'in-person'}), event('d')]}),
    );
    expect(r.feed!.events.map((e) => e.id)).to.deep.equal(['a', 'd']);
    expect(r.skipped).to.equal(2);
    expect(paths(r)).to.deep.equal(['$.events[1].start', '$.events[2].format']);
    expect(r.problems[0]!.message).to.contain('as precise as known');
    expect(r.problems[1]!.message).to.equal('must be one of "online", "offline", "hybrid"');
    expect(r.problems[0]!.skipped).to.deep.equal({collection: 'events', index: 1, id: 'b'});
  });

  it('accepts every precision the report uses and rejects days that do not exist', () => {
    const starts = ['2021', '2021-07', '2021-07-15', '2021-07-15T10:00+10:00', '2021-07-15T10:00:30.5Z'];
    const r = validateFeed(feed({events: starts.map((s, i) => event(`e${i}`, {start: s}))}));
    expect(r.problems).to.deep.equal([]);
    const bad = validateFeed(
      feed({events: [event('x', {start: '2021-02-29'}), event('y', {start: '2021-07-15T10:00'})]}),
    );
    expect(bad.feed!.events).to.have.length(0);
    expect(bad.problems[0]!.message).to.equal('names a day that does not exist in that month');
    const leap = validateFeed(
      feed({
        events: ['2020-02-29', '2000-02-29', '2100-02-29', '2021-04-31', '2021-12-31'].map((s, i) =>
          event(`l${i}`, {start: s}),
        ),
      }),
    );
    expect(leap.feed!.events.map((e) => e.start)).to.deep.equal(['2020-02-29', '2000-02-29', '2021-12-31']);
    // A year before 1000 is a slip ("0021" for 2021), and would be shown as 1921 by date arithmetic.
    const early = validateFeed(
      feed({
        events: ['0000', '0021-07', '0999-12-31', '1000', '9999-12-31T23:59:59.999Z'].map((s, i) =>
          event(`y${i}`, {start: s}),
        ),
      }),
    );
    expect(early.feed!.events.map((e) => e.start)).to.deep.equal(['1000', '9999-12-31T23:59:59.999Z']);
    expect(early.problems.map((p) => formatPath(p.path))).to.deep.equal([
      '$.events[0].start',
      '$.events[1].start',
      '$.events[2].start',
    ]);
  });

  it('requires whole numbers where the schema says integer (found by the zod agreement property)', () => {
    const d = (size: number) => ({
      id: `d${size}`,
      direction: 'incoming',
      cities: ['kh'],
      start: '2021',
      purpose: 'x',
      size,
    });
    const r = validateFeed(feed({delegations: [d(3), d(1.0000000000000002), d(2.5)]}));
    expect(r.feed!.delegations.map((x) => x.size)).to.deep.equal([3]);
    expect(r.problems.map((p) => `${formatPath(p.path)}: ${p.message}`)).to.deep.equal([
      '$.delegations[1].size: must be an integer, not a number',
      '$.delegations[2].size: must be an integer, not a number',
    ]);
  });

  it('drops unsafe links but keeps their item, and reports each', () => {
    const r = validateFeed(
      feed({
        events: [
          event('a', {
            url: 'javascript:alert(1)',
            links: [{url: 'data:text/html,<b>x</b>'}, {url: 'https://example.org/ok'}, {url: 'vbscript:msgbox'}],
          }),
        ],
      }),
    );
    const e = r.feed!.events[0]!;
    expect(e.url).to.equal(undefined);
    expect(e.links).to.deep.equal([{url: 'https://example.org/ok'}]);
    expect(paths(r)).to.deep.equal(['$.events[0].url', '$.events[0].links[0].url', '$.events[0].links[2].url']);
    expect(r.problems.every((p) => p.severity === 'warning' && p.code === 'invalid-link')).to.equal(true);
  });

  it('reports duplicate ids and unknown references instead of dropping them silently', () => {
    const r = validateFeed(
      feed({
        events: [event('a', {cities: ['kh', 'atlantis']}), event('a')],
        delegations: [
          {
            id: 'd',
            direction: 'incoming',
            cities: ['kh'],
            start: '2021',
            format: 'offline',
            purpose: 'x',
            events: ['nope'],
          },
        ],
      }),
    );
    expect(r.feed!.events).to.have.length(1);
    expect(r.feed!.events[0]!.cities).to.deep.equal(['kh']);
    expect(r.feed!.delegations[0]!.events).to.deep.equal([]);
    expect(paths(r)).to.include.members(['$.events[1].id', '$.events[0].cities[1]', '$.delegations[0].events[0]']);
  });

  it('points a reference problem at the item as written, even after items before it were skipped', () => {
    const r = validateFeed(
      feed({
        cities: [city('kh'), city('bad', {coordinates: [200, 0]}), city('ni')],
        partnerships: [
          {city: 'ni', type: 'sister'},
          {city: 'nowhere', type: 'sister'},
        ],
        events: [event('x', {start: '2021-13'}), event('y'), event('z', {cities: ['kh', 'nigata']})],
        delegations: [
          {id: 'bad'},
          {id: 'd', direction: 'incoming', cities: ['ni', 'bad'], start: '2021', purpose: 'p', events: ['x']},
        ],
      }),
    );
    expect(paths(r)).to.include.members([
      '$.events[2].cities[1]',
      '$.partnerships[1].city',
      '$.delegations[1].cities[1]',
      '$.delegations[1].events[0]',
    ]);
    expect(r.problems.find((p) => formatPath(p.path) === '$.partnerships[1].city')!.skipped).to.deep.include({
      index: 1,
    });
  });

  it('keeps unknown fields (forward compatibility) without letting them break anything', () => {
    const r = validateFeed(feed({futureThing: {a: 1}, events: [event('a', {rating: 5})]}));
    expect(r.problems).to.deep.equal([]);
    expect((r.feed as unknown as Record<string, unknown>)['futureThing']).to.deep.equal({a: 1});
    expect((r.feed!.events[0] as unknown as Record<string, unknown>)['rating']).to.equal(5);
  });

  it('reads a newer schemaVersion as version 1, with a warning', () => {
    const r = validateFeed({...feed(), schemaVersion: 2});
    expect(r.feed).to.not.equal(null);
    expect(r.problems.map((p) => p.code)).to.deep.equal(['newer-version']);
  });

  it('removes prototype keys and never pollutes Object.prototype', () => {
    const hostile = JSON.parse(
      `{"schemaVersion":1,"publisher":{"city":"kh","name":"K"},"defaultLanguage":"ru","timeZone":"UTC","cities":[{"id":"kh","name":"K","country":"RU","coordinates":[1,2],"__proto__":{"polluted":true}}],"constructor":{"prototype":{"polluted":true}}}`,
    );
    const r = validateFeed(hostile);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(r.feed!.cities).to.have.length(1);
    expect(paths(r)).to.include.members(['$.cities[0].__proto__', '$.constructor']);
  });

  it('cuts deep nesting and huge strings without throwing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const huge = 'x'.repeat(1_000_000);
    const r = validateFeed(feed({events: [event('a', {title: huge}), event('b', {extra: deep})]}));
    expect(r.feed!.events.map((e) => e.id)).to.deep.equal(['b']);
    expect(r.problems.some((p) => p.code === 'too-deep')).to.equal(true);
    expect(r.problems.find((p) => p.code === 'invalid-item')!.message).to.not.contain('xxxx');
  });

  it('says what is wrong with a feed that is not an object or has a broken header', () => {
    expect(validateFeed([]).problems[0]!.message).to.contain('must be a JSON object, not an array');
    expect(validateFeed(null).feed).to.equal(null);
    const r = validateFeed({...feed(), timeZone: 'Mars/Olympus Mons', publisher: {}});
    expect(r.feed).to.equal(null);
    expect(paths(r)).to.include.members(['$.publisher.city', '$.publisher.name', '$.timeZone']);
    const notList = validateFeed(feed({events: {a: 1}}));
    expect(paths(notList)).to.deep.equal(['$.events']);
    expect(notList.problems[0]!.message).to.contain('must be an array');
  });

  it('turns invalid JSON text into one problem', () => {
    const r = validateFeedText('{"schemaVersion": 1, "cities": [');
    expect(r.feed).to.equal(null);
    expect(r.problems[0]!.message).to.match(/^is not valid JSON/);
  });

  it('never throws and never returns a polluted feed, whatever JSON it gets (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({maxDepth: 6}), (value) => {
        const r = validateFeed(value);
        expect(r.problems.length > 0 || r.feed !== null).to.equal(true);
      }),
      {numRuns: 300},
    );
  });

  it('never throws on feeds with random items in every collection (property)', () => {
    const anyItem = fc.oneof(
      fc.jsonValue({maxDepth: 4}),
      fc.record({
        id: fc.string(),
        title: fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.string())),
        start: fc.string(),
        format: fc.string(),
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          events: fc.array(anyItem, {maxLength: 8}),
          cities: fc.array(anyItem, {maxLength: 4}),
          delegations: fc.array(anyItem, {maxLength: 4}),
          reports: fc.array(anyItem, {maxLength: 2}),
        }),
        (collections) => {
          const r = validateFeed({...feed(), ...collections});
          const kept = r.feed ? r.feed.events.length + r.feed.delegations.length : 0;
          const total = collections.events.length + collections.delegations.length;
          // Every item is either kept or accounted for by a problem.
          expect(
            kept +
              r.problems.filter(
                (p) => p.skipped && (p.skipped.collection === 'events' || p.skipped.collection === 'delegations'),
              ).length,
          ).to.equal(total);
        },
      ),
      {numRuns: 200},
    );
  });
});

describe('validateFeed: what does not make sense though it has the right shape', () => {
  const NOW = Date.UTC(2026, 11, 2);
  const check = (extra: object) => validateFeed(feed(extra), undefined, {now: NOW});
  const lines = (r: ReturnType<typeof validateFeed>) => r.problems.map((p) => `${p.severity} ${formatProblem(p)}`);
  const cities = [city('kh'), city('ni', {country: 'JP'}), city('ha', {country: 'CN'})];

  it('an event or delegation that ends before it starts: a warning, the end ignored, the item kept', () => {
    const r = check({
      cities,
      events: [
        event('a', {start: '2021-07-12', end: '2021-07-10'}),
        event('b', {start: '2021-07-15', end: '2021-07'}),
        event('c', {start: '2021-07-15T10:00+10:00', end: '2021-07-15T09:00+10:00'}),
      ],
      delegations: [
        {id: 'd', direction: 'incoming', cities: ['ni'], start: '2021-06', end: '2021-05-31', purpose: 'p'},
      ],
    });
    expect(lines(r)).to.deep.equal([
      'warning $.events[0].end "2021-07-10": ends before it starts ("2021-07-12"); the end is ignored',
      'warning $.events[2].end "2021-07-15T09:00+10:00": ends before it starts ("2021-07-15T10:00+10:00"); the end is ignored',
      'warning $.delegations[0].end "2021-05-31": ends before it starts ("2021-06"); the end is ignored',
    ]);
    expect(r.feed!.events.map((e) => e.end)).to.deep.equal([undefined, '2021-07', undefined]);
    expect(r.feed!.delegations[0]!.end).to.equal(undefined);
    // "In July" as the end of something that starts on 15 July is not before it.
    expect(r.problems.every((p) => p.code === 'end-before-start')).to.equal(true);
  });

  it('a partnership whose end is before its start: the end ignored', () => {
    const r = check({
      cities,
      partnerships: [
        {city: 'ni', type: 'sister', status: 'ended', since: '1991-02', until: '1990'},
        {city: 'ha', type: 'sister', since: '1991', until: '1991-02'},
      ],
    });
    expect(lines(r)).to.deep.equal([
      'warning $.partnerships[0].until "1990": is before the relationship began ("1991-02"); this end date is ignored',
    ]);
    expect(r.feed!.partnerships[0]!.until).to.equal(undefined);
    expect(r.feed!.partnerships[1]!.until, 'within the same year: not known to be before').to.equal('1991-02');
  });

  it('a partnership of the publisher with itself is skipped', () => {
    const r = check({
      cities,
      partnerships: [
        {city: 'kh', type: 'sister', since: '1991'},
        {city: 'ni', type: 'sister'},
      ],
    });
    expect(lines(r)).to.deep.equal([
      'error $.partnerships[0].city "kh": is the publisher itself: a city is not its own partner; the partnership was skipped',
    ]);
    expect(r.skipped).to.equal(1);
    expect(r.feed!.partnerships.map((p) => p.city)).to.deep.equal(['ni']);
  });

  it('two partnerships that repeat each other: the second skipped; a renewal after an end, or another type, kept', () => {
    const r = check({
      cities,
      partnerships: [
        {city: 'ni', type: 'sister', since: '1965'},
        {city: 'ha', type: 'friendly', status: 'ended', since: '1988', until: '1990'},
        {city: 'ni', type: 'sister', since: '1965'},
        {city: 'ha', type: 'friendly', since: '1993'},
        {city: 'ni', type: 'friendly', since: '1960'},
      ],
    });
    expect(lines(r)).to.deep.equal([
      'error $.partnerships[2].city "ni": repeats the partnership at $.partnerships[0] (the same partner, type and period); this one was skipped',
    ]);
    expect(r.feed!.partnerships).to.have.length(4);
    expect(r.problems[0]!.skipped).to.deep.equal({collection: 'partnerships', index: 2});
  });

  it('a three-party agreement: unknown parties reported, the publisher or the partner among them dropped', () => {
    const r = check({cities, partnerships: [{city: 'ni', type: 'other', parties: ['ha', 'kh', 'ni', 'atlantis']}]});
    expect(r.feed!.partnerships[0]!.parties).to.deep.equal(['ha']);
    expect(lines(r)).to.deep.equal([
      'warning $.partnerships[0].parties[1] "kh": is already a party of this partnership (the publisher or its city); it was dropped',
      'warning $.partnerships[0].parties[2] "ni": is already a party of this partnership (the publisher or its city); it was dropped',
      'warning $.partnerships[0].parties[3] "atlantis": is not a city in this feed; the reference was dropped',
    ]);
  });

  it('a country code that is well-formed but not assigned (UK, XX) is a warning; XK and TW are kept as the owner states them', () => {
    const r = check({
      cities: [city('kh'), city('lo', {country: 'UK'}), city('pr', {country: 'XK'}), city('ka', {country: 'TW'})],
      events: [event('a', {countries: ['XX', 'PS', 'EH']})],
    });
    expect(lines(r)).to.deep.equal([
      'warning $.cities[1].country "UK": is not an assigned ISO 3166-1 country code; did you mean "GB"?',
      'warning $.events[0].countries[0] "XX": is not an assigned ISO 3166-1 country code',
    ]);
    expect(r.feed!.cities.map((c) => c.country)).to.deep.equal(['RU', 'UK', 'XK', 'TW']);
  });

  it('past-tense dates far in the future: a partnership begun in 2999, an award, a report year, the feed updated', () => {
    const r = check({
      updated: '2999-01',
      cities,
      partnerships: [
        {city: 'ni', type: 'sister', since: '2999'},
        {city: 'ha', type: 'friendly', status: 'planned', since: '2030'},
      ],
      reports: [{id: 'r', year: 2031, title: 'R', awards: [{id: 'aw', title: 'A', competition: 'C', date: '2999-05'}]}],
    });
    expect(lines(r)).to.deep.equal([
      'warning $.partnerships[0].since "2999": is far in the future for a relationship that has already begun',
      'warning $.updated "2999-01": is far in the future for when the feed was last updated',
      'warning $.reports[0].year 2031: is far in the future for a report on a past year',
      'warning $.reports[0].awards[0].date "2999-05": is far in the future for an award already received',
    ]);
    // A planned relation may begin in a later year; a date a few months ahead is no slip either.
    expect(check({cities, partnerships: [{city: 'ni', type: 'sister', since: '2027-03'}]}).problems).to.deep.equal([]);
  });

  it("an event or delegation in a year's report that did not happen in that year", () => {
    const r = check({
      cities,
      events: [
        event('in', {start: '2021-03'}),
        event('before', {start: '2020-11'}),
        event('across', {start: '2020-12-28', end: '2021-01-05'}),
      ],
      delegations: [{id: 'd', direction: 'incoming', cities: ['ni'], start: '2022-02', purpose: 'p'}],
      reports: [
        {
          id: 'r',
          year: 2021,
          title: 'R',
          sections: [{id: 's', title: 'S', events: ['in', 'before', 'across'], delegations: ['d']}],
        },
      ],
    });
    expect(lines(r)).to.deep.equal([
      'warning $.reports[0].sections[0].events[1] "before": is an event of 2020, outside this report\'s year (2021)',
      'warning $.reports[0].sections[0].delegations[0] "d": is a delegation of 2022, outside this report\'s year (2021)',
    ]);
  });

  it('one id for two kinds of thing is a warning at the later one', () => {
    const r = check({cities, categories: [{id: 'ni', name: 'N'}], events: [event('ha'), event('x')]});
    expect(lines(r)).to.deep.equal([
      'warning $.categories[0].id "ni": is also the id of a city ($.cities[1].id); give each thing its own id',
      'warning $.events[0].id "ha": is also the id of a city ($.cities[2].id); give each thing its own id',
    ]);
  });

  it('every path points at the field, a single reference too (placeCity, not placeCity[0])', () => {
    const r = check({cities, events: [event('a', {placeCity: 'nigata'})]});
    expect(lines(r)).to.deep.equal([
      'warning $.events[0].placeCity "nigata": is not a city in this feed; the reference was dropped',
    ]);
  });

  it('quotes the offending value shortly, with control and direction characters escaped', () => {
    const r = check({cities, events: [event('a', {start: `2021\u202e${'x'.repeat(200)}`})]});
    const value = r.problems[0]!.value!;
    expect(value.length).to.be.at.most(60);
    expect(value).to.match(/^"2021\\u202ex+/);
    expect(value).to.not.contain('\u202e');
  });
});
