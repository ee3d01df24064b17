import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {mergeFeeds} from '../../src/core/merge-feeds.js';
import {validateFeed} from '../../src/core/validate.js';
import {
  bearing,
  buildPartners,
  compassPoint,
  distanceKm,
  filterPartners,
  groupPoints,
  nextInDirection,
  parseRelations,
  sortPartners,
  summarize,
} from '../../src/partner-map/model.js';
import {geoInterpolate, geoNaturalEarth1Raw} from 'd3-geo';
import {
  arcPath,
  basemapFor,
  clampView,
  fitView,
  greatCircle,
  minZoom,
  naturalEarth1,
  project,
  zoomAround,
} from '../../src/partner-map/geo.js';
import {fixed2} from '../../src/partner-map/detail-basemap.js';

const city = (id: string, country: string, lon: number, lat: number) => ({
  id,
  name: {en: id[0]!.toUpperCase() + id.slice(1)},
  country,
  coordinates: [lon, lat],
});
const feedOf = (publisher: string, cities: unknown[], partnerships: unknown[], extra: object = {}) => {
  const r = validateFeed({
    schemaVersion: 1,
    publisher: {city: publisher, name: publisher},
    defaultLanguage: 'en',
    timeZone: 'UTC',
    cities,
    partnerships,
    ...extra,
  });
  expect(r.problems.filter((p) => p.skipped)).to.deep.equal([]);
  return {source: publisher, feed: r.feed!, problems: r.problems, skipped: r.skipped};
};

describe('partner map model', () => {
  it('measures great-circle distance and initial bearing', () => {
    // Khabarovsk → Niigata: about 1,217 km to the south (a little east).
    const kh: [number, number] = [135.0719, 48.4808];
    const ni: [number, number] = [139.0364, 37.9161];
    expect(distanceKm(kh, ni)).to.be.closeTo(1217, 5);
    expect(bearing(kh, ni)).to.be.closeTo(164, 2);
    expect(compassPoint(bearing(kh, ni))).to.equal('s');
    // Across the antimeridian the short way: Khabarovsk → Portland heads north-east.
    expect(compassPoint(bearing(kh, [-122.68, 45.52]))).to.equal('ne');
    expect(distanceKm([0, 0], [180, 0])).to.be.closeTo(Math.PI * 6371.0088, 0.01);
    expect(compassPoint(359)).to.equal('n');
    expect(compassPoint(337.4)).to.equal('nw');
  });

  it('builds one partner per city from merged feeds, closest relation first, with counts of what involves it', () => {
    const kh = feedOf(
      'khabarovsk',
      [
        city('khabarovsk', 'RU', 135.07, 48.48),
        city('niigata', 'JP', 139.04, 37.92),
        city('harbin', 'CN', 126.53, 45.8),
      ],
      [
        {city: 'niigata', type: 'sister', since: '1965'},
        {city: 'harbin', type: 'friendly', status: 'planned'},
      ],
      {
        events: [
          {id: 'a', title: 'A', start: '2021', cities: ['niigata', 'harbin']},
          {id: 'b', title: 'B', start: '2021', placeCity: 'niigata'},
          {id: 'c', title: 'C', start: '2021', cities: ['khabarovsk']},
        ],
        delegations: [{id: 'd', direction: 'incoming', cities: ['harbin', 'harbin'], start: '2021', purpose: 'x'}],
      },
    );
    // Niigata's own feed: the same partnership seen from the other side, and one of Niigata's own partners.
    const ni = feedOf(
      'niigata',
      [
        city('niigata', 'JP', 139.04, 37.92),
        city('khabarovsk', 'RU', 135.07, 48.48),
        city('galveston', 'US', -94.8, 29.3),
      ],
      [
        {city: 'khabarovsk', type: 'sister', since: '1965'},
        {city: 'galveston', type: 'sister', since: '1960'},
      ],
    );
    const data = mergeFeeds([kh, ni]);
    const partners = buildPartners(data);
    const byId = Object.fromEntries(partners.map((p) => [p.city.id, p]));
    expect(Object.keys(byId).sort()).to.deep.equal(['galveston', 'harbin', 'niigata']);
    expect(byId['niigata']!.partnerships, 'declared twice, kept once').to.have.length(1);
    expect(byId['niigata']!.events).to.equal(2);
    expect(byId['harbin']!.events).to.equal(1);
    expect(byId['harbin']!.delegations, 'a city named twice counts once').to.equal(1);
    expect(byId['harbin']!.status).to.equal('planned');
    expect(byId['galveston']!.of?.id, "Niigata's partner, not Khabarovsk's").to.equal('niigata');
    expect(byId['galveston']!.distanceKm, 'distance is from the home city').to.be.greaterThan(9000);
    const all = summarize(partners);
    expect(all.partners, "no home city: every current partner counts (Harbin's relation is only planned)").to.equal(2);
    // With the home city: Niigata's own sister city is on the map but not counted as Khabarovsk's, and
    // Galveston's 1960 is not Khabarovsk's oldest relationship.
    const s = summarize(partners, data.home);
    // Harbin's relation is planned: not yet a partner, said apart.
    expect(s.partners).to.equal(1);
    expect(s.countries).to.equal(1);
    expect(s.byStatus.get('planned')?.map((p) => p.city.id)).to.deep.equal(['harbin']);
    expect(s.oldest.map((o) => [o.partner.city.id, o.since.raw])).to.deep.equal([['niigata', '1965']]);
    expect(s.others.map((g) => [g.of.id, g.partners.map((p) => p.city.id)])).to.deep.equal([
      ['niigata', ['galveston']],
    ]);
    expect(filterPartners(partners, parseRelations('friendly')).map((p) => p.city.id)).to.deep.equal(['harbin']);
    expect(filterPartners(partners, parseRelations('')).length).to.equal(3);
    expect([...parseRelations('sister, bogus other')]).to.deep.equal(['sister', 'other']);
  });

  it('sorts by any column, missing values last either way', () => {
    const data = mergeFeeds([
      feedOf(
        'home',
        [city('home', 'RU', 135, 48), city('a', 'JP', 139, 38), city('b', 'CN', 126, 45), city('c', 'US', -122, 45)],
        [
          {city: 'a', type: 'friendly', since: '2001'},
          {city: 'b', type: 'sister'},
          {city: 'c', type: 'other', since: '1990-05'},
        ],
      ),
    ]);
    const partners = buildPartners(data);
    const names = new Map(partners.map((p) => [p.city.id, p.city.id]));
    const countries = new Map([
      ['JP', 'Japan'],
      ['CN', 'China'],
      ['US', 'United States'],
    ]);
    const ids = (key: Parameters<typeof sortPartners>[1], desc = false) =>
      sortPartners(partners, key, desc, names, countries, 'en').map((p) => p.city.id);
    expect(ids('since')).to.deep.equal(['c', 'a', 'b']);
    expect(ids('since', true)).to.deep.equal(['a', 'c', 'b']);
    expect(ids('relation')).to.deep.equal(['b', 'a', 'c']);
    expect(ids('country')).to.deep.equal(['b', 'a', 'c']);
    expect(ids('distance')).to.deep.equal(['b', 'a', 'c']);
    expect(ids('name', true)).to.deep.equal(['c', 'b', 'a']);
  });

  it('groups points closer than the radius, each point in exactly one group, leaders far enough apart', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({x: fc.double({min: 0, max: 500, noNaN: true}), y: fc.double({min: 0, max: 300, noNaN: true})}),
          {maxLength: 200},
        ),
        fc.double({min: 1, max: 60, noNaN: true}),
        (raw, radius) => {
          const points = raw.map((p, i) => ({id: String(i), ...p}));
          const groups = groupPoints(points, radius);
          const members = groups.flatMap((g) => g.members).sort();
          expect(members).to.deep.equal(points.map((p) => p.id).sort());
          const byId = new Map(points.map((p) => [p.id, p]));
          for (const g of groups) {
            const lead = byId.get(g.id)!;
            for (const m of g.members) {
              const p = byId.get(m)!;
              expect(Math.hypot(p.x - lead.x, p.y - lead.y)).to.be.lessThan(radius);
            }
          }
          for (let i = 0; i < groups.length; i++) {
            for (let j = i + 1; j < groups.length; j++) {
              const a = byId.get(groups[i]!.id)!;
              const b = byId.get(groups[j]!.id)!;
              expect(Math.hypot(a.x - b.x, a.y - b.y), 'two leaders are never within the radius').to.be.at.least(
                radius,
              );
            }
          }
        },
      ),
      {numRuns: 60},
    );
  });

  it('moves by arrow to the nearest marker in that direction, and nowhere at the edge', () => {
    const m = (id: string, x: number, y: number) => ({id, x, y});
    const centre = m('c', 0, 0);
    const all = [centre, m('right-far', 100, 0), m('right-near-off-axis', 30, 40), m('up', 0, -50), m('left', -40, 0)];
    expect(nextInDirection(centre, all, 'right')?.id).to.equal('right-far');
    expect(nextInDirection(centre, all, 'up')?.id).to.equal('up');
    expect(nextInDirection(centre, all, 'left')?.id).to.equal('left');
    expect(nextInDirection(centre, all, 'down')?.id).to.equal('right-near-off-axis');
    expect(nextInDirection(all[1]!, all, 'right')).to.equal(undefined);
  });
});

describe('partner map geography', () => {
  it('centres the projection on the home meridian and never cuts arcs from home', () => {
    const map = basemapFor(135.07);
    // Centres are rounded to a tenth of a degree, so that nearby home cities share one basemap.
    const [x, y] = project(map, [135.1, 0])!;
    expect(x).to.be.closeTo(map.width / 2, 0.01);
    expect(y).to.be.closeTo(map.height / 2, 0.5);
    // Any partner anywhere: the arc from home is one subpath.
    fc.assert(
      fc.property(
        fc.double({min: -180, max: 180, noNaN: true}),
        fc.double({min: -85, max: 85, noNaN: true}),
        (lon, lat) => {
          const d = arcPath(map, [135.07, 48.48], [lon, lat]);
          expect(d.match(/M/g)?.length ?? 0, `${lon},${lat}`).to.be.at.most(1);
        },
      ),
      {numRuns: 300},
    );
    expect(basemapFor(135.12) === map, 'one basemap per centre, shared').to.equal(true);
    expect(map.land.length).to.be.greaterThan(10_000);
    expect(map.country('JP')).to.match(/^M/);
    expect(map.country('ZZ')).to.equal('');
  });

  it('writes path coordinates exactly as JavaScript writes them rounded to two decimals', () => {
    const same = (v: number): void => {
      expect(fixed2(v), String(v)).to.equal(String(Math.round(v * 100) / 100));
    };
    fc.assert(fc.property(fc.double({min: -1e4, max: 1e4, noNaN: true}), same), {numRuns: 2000});
    fc.assert(fc.property(fc.double({min: -1e12, max: 1e12, noNaN: true}), same), {numRuns: 500});
    fc.assert(
      fc.property(fc.integer({min: -1e6, max: 1e6}), (n) => same(n / 100)),
      {numRuns: 500},
    );
    for (const v of [0, -0, -0.004, 0.005, -0.005, 0.1, 0.5, 0.999, -12.345, 1e11 + 0.07, -1e12, NaN]) same(v);
  });

  it('writes path data with the numbers of the projected points, each in that two-decimal form', () => {
    const map = basemapFor(135.07);
    const lonLat = fc.tuple(fc.double({min: -180, max: 180, noNaN: true}), fc.double({min: -85, max: 85, noNaN: true}));
    fc.assert(
      fc.property(lonLat, (to) => {
        const d = arcPath(map, [135.07, 48.48], to);
        const tokens = d.match(/-?[\d.]+/g)!;
        for (const t of tokens) expect(t, d).to.equal(fixed2(Number(t)));
        // It starts at home and ends at the partner.
        const [x0, y0] = project(map, [135.07, 48.48])!;
        expect(d.startsWith(`M${fixed2(x0)},${fixed2(y0)}L`), d).to.equal(true);
        const [x1, y1] = project(map, to)!;
        expect(d.endsWith(`L${fixed2(x1)},${fixed2(y1)}`) || /M/.test(d.slice(1)), d).to.equal(true);
      }),
      {numRuns: 300},
    );
    // The basemap's paths too: every number in its shortest form, every command a letter of M L Z.
    for (const d of [map.land, map.borders, map.graticule, map.country('JP')]) {
      expect(d.replace(/-?\d+(\.\d\d?)?/g, '')).to.match(/^[MLZ,]+$/);
      for (const t of d.match(/-?[\d.]+/g)!.slice(0, 5000)) expect(t).to.equal(fixed2(Number(t)));
    }
  });

  it('projects and interpolates as d3-geo does', () => {
    fc.assert(
      fc.property(
        fc.double({min: -Math.PI, max: Math.PI, noNaN: true}),
        fc.double({min: -Math.PI / 2, max: Math.PI / 2, noNaN: true}),
        (l, p) => {
          const [x, y] = naturalEarth1(l, p);
          const [dx, dy] = geoNaturalEarth1Raw(l, p);
          expect(x).to.be.closeTo(dx, 1e-12);
          expect(y).to.be.closeTo(dy, 1e-12);
        },
      ),
    );
    const lonLat = fc.tuple(fc.double({min: -180, max: 180, noNaN: true}), fc.double({min: -89, max: 89, noNaN: true}));
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        // d3's interpolation loses precision within a degree of the antipode; compared below that.
        fc.pre(distanceKm(a, b) < (179 / 180) * Math.PI * 6371.0088);
        const points = greatCircle(a, b);
        expect(points[0]).to.deep.equal(a);
        expect(points.at(-1)).to.deep.equal(b);
        const n = points.length - 1;
        const d3 = geoInterpolate(a, b);
        for (let i = 1; i < n; i++) {
          const [lon, lat] = d3(i / n);
          const [x, y] = points[i]!;
          expect(y).to.be.closeTo(lat, 1e-6);
          // Longitude is undefined at the poles.
          if (Math.abs(lat) < 89.9) expect(Math.abs(((x - lon + 540) % 360) - 180)).to.be.closeTo(0, 1e-6);
        }
      }),
      {
        numRuns: 1000,
        examples: [
          [
            [10, 20],
            [10, 20],
          ],
        ],
      },
    );
    // Near the antipode, exactly along the equator: longitudes evenly spaced.
    const points = greatCircle([0, 0], [-179.999, 0]);
    const n = points.length - 1;
    points.forEach(([lon, lat], i) => {
      expect(lat).to.be.closeTo(0, 1e-9);
      expect(lon).to.be.closeTo((-179.999 * i) / n, 1e-9);
    });
  });

  it('fills land across the edge of the world and around the south pole, and leaves the sea empty', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const at = (centre: number, lonLat: [number, number]) => {
      const map = basemapFor(centre);
      const [x, y] = project(map, lonLat)!;
      return ctx.isPointInPath(new Path2D(map.land), x, y);
    };
    // Centred on Khabarovsk the edge runs through Greenland, at 45° W.
    expect(at(135.07, [-40, 75]), 'Greenland east of the edge').to.equal(true);
    expect(at(135.07, [-50, 75]), 'Greenland west of the edge').to.equal(true);
    expect(at(135.07, [0, -85]), 'Antarctica').to.equal(true);
    expect(at(135.07, [135, -80]), 'Antarctica below the centre').to.equal(true);
    expect(at(135.07, [-150, 0]), 'the Pacific').to.equal(false);
    expect(at(135.07, [-30, 30]), 'the Atlantic').to.equal(false);
    expect(at(135.07, [100, 60]), 'Siberia').to.equal(true);
    // Centred on Greenwich the edge runs through Chukotka and Antarctica.
    expect(at(0, [175, 66]), 'Chukotka west of the edge').to.equal(true);
    expect(at(0, [-175, 66]), 'Chukotka east of the edge').to.equal(true);
    expect(at(0, [0, -85])).to.equal(true);
    expect(at(0, [-160, 20]), 'the Pacific').to.equal(false);
    // Borders: inside the land, not around it.
    const map = basemapFor(135.07);
    expect(map.borders.length).to.be.greaterThan(1000);
    const outside = new Path2D(map.outside);
    const [cx, cy] = project(map, [135, 0])!;
    expect(ctx.isPointInPath(outside, cx, cy, 'evenodd'), 'the world is not covered').to.equal(false);
    expect(ctx.isPointInPath(outside, -5, -5, 'evenodd'), 'beyond its edge is').to.equal(true);
  });

  it('keeps the zoom in range and part of the world in view', () => {
    const map = basemapFor(0);
    const size = {width: 800, height: 400};
    const k0 = minZoom(map, size);
    const clamped = clampView({k: k0 / 10, x: 1e6, y: -1e6}, map, size);
    expect(clamped.k).to.equal(k0);
    // The whole world, centred in the frame.
    expect(clamped.x + (map.width * k0) / 2).to.be.closeTo(size.width / 2, 1e-9);
    expect(clamped.y + (map.height * k0) / 2).to.be.closeTo(size.height / 2, 1e-9);
    // Zoomed in, the world covers the frame: no panning past its edges.
    const near = clampView({k: k0 * 4, x: 1e6, y: -1e6}, map, size);
    expect(near.x).to.equal(0);
    expect(near.y).to.equal(size.height - map.height * k0 * 4);
    const start = {k: k0 * 4, x: -1000, y: -400};
    const zoomed = zoomAround(start, 2, 400, 200, map, size);
    expect(zoomed.k).to.be.closeTo(k0 * 8, 1e-9);
    // The point under the cursor stays put.
    expect((400 - zoomed.x) / zoomed.k).to.be.closeTo((400 - start.x) / start.k, 1e-6);
    expect((200 - zoomed.y) / zoomed.k).to.be.closeTo((200 - start.y) / start.k, 1e-6);
    const fit = fitView(
      [
        [100, 100],
        [200, 150],
      ],
      map,
      size,
      20,
    );
    expect(100 * fit.k + fit.x).to.be.at.least(19.9);
    expect(200 * fit.k + fit.x).to.be.at.most(780.1);
  });
});
