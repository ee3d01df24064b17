/**
 * The map as a cartographer would draw it, on crowded real layouts: names that never overlap one another
 * or other markers, groups that say what they hold, a phone view fitted to the partners, a card that
 * never covers the place it describes, and headings in the page's outline.
 */
import {expect, html} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../../src/partner-map/define.js';
import {project} from '../../src/partner-map/geo.js';
import {mountMap, type MapObject} from '../helpers/map-object.js';

const KHABAROVSK = '/data-schema/feeds/khabarovsk-2021.json';
const BUSAN = '/test/fixtures/busan-partners.json';

const mount = (src: string, lang: string, width: number, attrs: Record<string, string> = {}) => {
  const el = document.createElement('twin-partner-map');
  el.setAttribute('lang', lang);
  el.setAttribute('src', src);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return mountMap(html`${el}`, width);
};

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** No two names overlap, no name covers another marker's symbol, every name lies inside the frame. */
function expectClearLabels(map: MapObject, what: string): void {
  const labels = map.labels;
  const frame = map.frameRect;
  for (const [i, a] of labels.entries()) {
    expect(
      a.rect.left >= frame.left - 0.5 && a.rect.right <= frame.right + 0.5,
      `${what}: ${a.text} inside the frame`,
    ).to.equal(true);
    expect(a.rect.top >= frame.top - 0.5 && a.rect.bottom <= frame.bottom + 0.5, `${what}: ${a.text}`).to.equal(true);
    for (const b of labels.slice(i + 1))
      expect(overlap(a.rect, b.rect), `${what}: "${a.text}" overlaps "${b.text}"`).to.equal(false);
    for (const m of map.markers) {
      if (m === a.marker) continue;
      for (const r of map.symbolRects(m))
        expect(overlap(a.rect, r), `${what}: "${a.text}" covers the marker of ${map.nameOf(m)}`).to.equal(false);
    }
    const size = parseFloat(getComputedStyle(a.marker.querySelector('.label')!).fontSize);
    expect(size, `${what}: ${a.text} readable`).to.be.at.least(12);
  }
}

before(async () => {
  await setViewport({width: 1300, height: 900});
  await emulateMedia({reducedMotion: 'reduce'});
});

describe('<twin-partner-map> cartography', () => {
  for (const [name, src] of [
    ['Khabarovsk', KHABAROVSK],
    ['Busan', BUSAN],
  ] as const) {
    for (const lang of ['en', 'ru', 'ja']) {
      for (const width of [390, 1280]) {
        it(`${name}, ${lang}, ${width} px: names never overlap each other or other markers`, async () => {
          const map = await mount(src, lang, width);
          expectClearLabels(map, `${name} ${lang} ${width}`);
          expect(map.labels.length, 'half the markers or more are named').to.be.at.least(map.markers.length / 2);
          // Zoomed in, the names are placed again, and still none overlaps.
          await map.el.zoomBy(2);
          await map.idle();
          expectClearLabels(map, `${name} ${lang} ${width} zoomed in`);
        });
      }
    }
  }

  it('names the home city, and groups only what collides, saying what each group holds (Khabarovsk, 1280 px)', async () => {
    const map = await mount(KHABAROVSK, 'en', 1280);
    const labels = map.labels.map((l) => l.text);
    expect(
      labels.some((t) => t.startsWith('Khabarovsk')),
      'the home city is named',
    ).to.equal(true);
    // Names show wherever they fit: on a partner's own marker, or in the words beside a group.
    const shown = labels.join(' | ');
    const names = map.el.shownPartners.map((p) => (p.city.name as Record<string, string>)['en']!);
    expect(names.filter((n) => shown.includes(n)).length, `partners named on the map: ${shown}`).to.be.at.least(13);
    for (const g of map.groups) {
      const label = map.text(g.querySelector('.label'));
      expect(label, 'a group says what it holds').to.match(/ and /);
      expect(map.nameOf(g)).to.match(/partners|places/);
    }
    const pair = map.groups.find((g) => /Niigata and Musashino/.test(map.text(g.querySelector('.label'))))!;
    expect(pair, 'Niigata and Musashino collide, and their group says so').to.not.equal(undefined);
    expect(map.legendText).to.contain('Partners close together: choose to zoom in');
    if (map.groups.some((g) => g.classList.contains('with-home')))
      expect(map.legendText).to.contain('The home city and partners next to it');
    await expect(map.el).to.be.accessible();
    // Choosing the group zooms in until both are named on their own, clear of each other.
    pair.click();
    await map.idle();
    const named = map.labels.map((l) => l.text);
    expect(named).to.include.members(['Niigata', 'Musashino']);
    expectClearLabels(map, 'zoomed in on Niigata');
  });

  it('on a ja page names 新潟市 and 武蔵野市 without overlap, at 1280 px and zoomed in', async () => {
    const map = await mount(KHABAROVSK, 'ja', 1280);
    expect(map.labels.map((l) => l.text).join(' ')).to.contain('新潟市');
    await map.el.zoomBy(4);
    await map.idle();
    map.el.partner = 'musashino';
    await map.idle();
    expectClearLabels(map, 'ja zoomed');
  });

  it('fits a phone to the partners: every one in the frame, no Antarctica, taller than a strip', async () => {
    for (const src of [KHABAROVSK, BUSAN]) {
      const map = await mount(src, 'en', 390);
      const frame = map.frameRect;
      expect(frame.height, src).to.be.at.least(0.35 * frame.width);
      for (const m of map.markers) {
        const [x, y] = map.centre(m);
        expect(x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom, map.nameOf(m)).to.equal(
          true,
        );
      }
      const v = map.el.mapTransform;
      const basemap = map.el.places.basemap;
      const south = project(basemap, [basemap.centre, -60])![1] * v.k + v.y;
      expect(south, `${src}: 60° S is below the frame`).to.be.at.least(frame.height - 1);
      expect(map.placesShown).to.equal(map.el.shownPartners.length + 1);
    }
  });

  it('opens the card beside the map on wide containers and as a sheet under it on phones, never over the chosen place', async () => {
    const wide = await mount(KHABAROVSK, 'en', 1280, {partner: 'portland'});
    for (const p of wide.el.shownPartners) {
      wide.el.partner = p.city.id;
      await wide.idle();
      const card = wide.card!.getBoundingClientRect();
      for (const r of wide.symbolRects(wide.marker(p.city.id)!))
        expect(overlap(card, r), `the card leaves ${p.city.id} in view`).to.equal(false);
      for (const l of wide.labels) expect(overlap(card, l.rect), `${l.text} is not under the card`).to.equal(false);
    }
    const narrow = await mount(KHABAROVSK, 'en', 390, {partner: 'portland'});
    await narrow.idle();
    expect(narrow.card!.getBoundingClientRect().top).to.be.at.least(narrow.frameRect.bottom);
  });

  it('keeps its headings in the page outline: level 2 by default, below heading-level', async () => {
    const map = await mount(KHABAROVSK, 'en', 960, {partner: 'niigata'});
    const levels = () => map.$$('[role="heading"]').map((h) => h.getAttribute('aria-level'));
    expect(map.$$('h1, h2, h3, h4, h5, h6')).to.have.length(0);
    expect(levels()).to.deep.equal(['2', '2']);
    await expect(map.el).to.be.accessible();
    const nested = await mount(KHABAROVSK, 'en', 960, {partner: 'niigata', 'heading-level': '3'});
    expect(nested.$$('[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
  });
});
