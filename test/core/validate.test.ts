import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {validateFeed, validateFeedText} from '../../src/core/validate.js';
import {formatPath} from '../../src/core/paths.js';

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
    const bad = validateFeed(feed({events: [event('x', {start: '2021-02-29'}), event('y', {start: '2021-07-15T10:00'})]}));
    expect(bad.feed!.events).to.have.length(0);
    expect(bad.problems[0]!.message).to.equal('names a day that does not exist in that month');
    const leap = validateFeed(feed({events: ['2020-02-29', '2000-02-29', '2100-02-29', '2021-04-31', '2021-12-31'].map((s, i) => event(`l${i}`, {start: s}))}));
    expect(leap.feed!.events.map((e) => e.start)).to.deep.equal(['2020-02-29', '2000-02-29', '2021-12-31']);
    // A year before 1000 is a slip ("0021" for 2021), and would be shown as 1921 by date arithmetic.
    const early = validateFeed(feed({events: ['0000', '0021-07', '0999-12-31', '1000', '9999-12-31T23:59:59.999Z'].map((s, i) => event(`y${i}`, {start: s}))}));
    expect(early.feed!.events.map((e) => e.start)).to.deep.equal(['1000', '9999-12-31T23:59:59.999Z']);
    expect(early.problems.map((p) => formatPath(p.path))).to.deep.equal(['$.events[0].start', '$.events[1].start', '$.events[2].start']);
  });

  it('requires whole numbers where the schema says integer (found by the zod agreement property)', () => {
    const d = (size: number) => ({id: `d${size}`, direction: 'incoming', cities: ['kh'], start: '2021', purpose: 'x', size});
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
          {id: 'd', direction: 'incoming', cities: ['kh'], start: '2021', format: 'offline', purpose: 'x', events: ['nope']},
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
        partnerships: [{city: 'ni', type: 'sister'}, {city: 'nowhere', type: 'sister'}],
        events: [event('x', {start: '2021-13'}), event('y'), event('z', {cities: ['kh', 'nigata']})],
        delegations: [{id: 'bad'}, {id: 'd', direction: 'incoming', cities: ['ni', 'bad'], start: '2021', purpose: 'p', events: ['x']}],
      }),
    );
    expect(paths(r)).to.include.members([
      '$.events[2].cities[1]',
      '$.partnerships[1].city',
      '$.delegations[1].cities[1]',
      '$.delegations[1].events[0]',
    ]);
    expect(r.problems.find((p) => formatPath(p.path) === '$.partnerships[1].city')!.skipped).to.deep.include({index: 1});
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
      fc.record({id: fc.string(), title: fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.string())), start: fc.string(), format: fc.string()}),
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
          expect(kept + r.problems.filter((p) => p.skipped && (p.skipped.collection === 'events' || p.skipped.collection === 'delegations')).length).to.equal(total);
        },
      ),
      {numRuns: 200},
    );
  });
});
