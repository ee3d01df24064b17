import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/partner-map/define.js';
import type {TwinSelectEvent} from '../../src/core/events.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';
import {mountMap, type MapObject} from '../helpers/map-object.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';
type RawFeed = {
  cities: Array<{id: string}>;
  partnerships: Array<{city: string; type: string}>;
  events: Array<{cities?: string[]; placeCity?: string}>;
  delegations: Array<{cities: string[]}>;
};
let feed: RawFeed;

/** A map on the real feed, in English unless `attrs` (`name="value"` pairs) say otherwise. */
const real = (attrs = '') => {
  const el = document.createElement('twin-partner-map');
  el.setAttribute('lang', 'en');
  el.setAttribute('src', FEED);
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  return html`${el}`;
};

before(async () => {
  feed = (await (await fetch(FEED)).json()) as RawFeed;
  await setViewport({width: 1100, height: 900});
  await emulateMedia({reducedMotion: 'reduce'});
});

describe('<twin-partner-map> on the Khabarovsk feed', () => {
  it('sums the partners up and shows every one of them, grouped where they crowd', async () => {
    const map = await mountMap(real());
    expect(map.summary).to.equal(
      'Khabarovsk: 16 partners in 8 countries. Sister cities: 5, Friendly cities: 11. The oldest relationship is with Niigata, since 1965.',
    );
    expect(map.placesShown, 'the 16 partners and the home city').to.equal(17);
    expect(map.groups.length, 'Harbin, Jiamusi, Hegang and Fuyuan crowd around Khabarovsk').to.be.greaterThan(0);
    expect(map.$('[part="map"]')!.getAttribute('role')).to.equal('region');
    expect(map.$('[part="map"]')!.getAttribute('aria-label')).to.equal('Map of partner cities');
    await expect(map.el).to.be.accessible();
  });

  it('puts markers on their own countries, with the Pacific in the middle', async () => {
    const map = await mountMap(real());
    const places: Array<[string, string]> = [
      ['niigata', 'JP'],
      ['portland', 'US'],
      ['victoria', 'CA'],
      ['mogilev', 'BY'],
      ['gyumri', 'AM'],
      ['busan', 'KR'],
      ['harbin', 'CN'],
      ['chongjin', 'KP'],
    ];
    for (const [id, code] of places) {
      // A chosen partner always has a marker of its own.
      map.el.partner = id;
      await map.el.updateComplete;
      await map.idle();
      const marker = map.marker(id)!;
      expect(marker, id).to.not.equal(null);
      expect(map.onCountry(code, map.centre(marker)), `${id} lies in ${code}`).to.equal(true);
    }
    // Where a partner is from home, both measured in the same view.
    const fromHome = async (id: string): Promise<[number, number]> => {
      map.el.partner = id;
      await map.idle();
      const [x, y] = map.centre(map.marker(id)!);
      const [hx, hy] = map.centre(map.$('.marker.home, .marker.with-home')!);
      return [x - hx, y - hy];
    };
    const portland = await fromHome('portland');
    const mogilev = await fromHome('mogilev');
    const victoria = await fromHome('victoria');
    expect(portland[0], 'Portland east of Khabarovsk: the Pacific is in the middle').to.be.greaterThan(0);
    expect(mogilev[0], 'Mogilev west of Khabarovsk').to.be.lessThan(0);
    expect(victoria[1], 'Victoria north of Portland').to.be.lessThan(portland[1]);
    expect(victoria[0], 'Victoria west of Portland').to.be.lessThan(portland[0]);
    // The fitted view shows every partner.
    await map.el.resetView();
    await map.idle();
    const frame = map.frameRect;
    for (const m of map.markers) {
      const [x, y] = map.centre(m);
      expect(
        x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom,
        `${map.nameOf(m)} in the frame`,
      ).to.equal(true);
    }
  });

  it('draws each arc as one unbroken great-circle path from the home city to the partner', async () => {
    const map = await mountMap(real());
    expect(map.arcs).to.have.length(16);
    const home = map.centre(map.$('.marker.home, .marker.with-home')!);
    for (const arc of map.arcs) {
      const d = arc.getAttribute('d')!;
      expect(d.match(/M/g), `${arc.dataset['city']}: one subpath`).to.have.length(1);
      const [start] = map.arcEnds(arc);
      expect(
        Math.hypot(start[0] - home[0], start[1] - home[1]),
        `${arc.dataset['city']} starts at home`,
      ).to.be.lessThan(1.5);
    }
    // Across the Pacific: the arc to Portland bends north of both ends (a great circle, not a straight line).
    const portland = map.arcs.find((a) => a.dataset['city'] === 'portland')!;
    const [a, b] = map.arcEnds(portland);
    const mid = portland.getPointAtLength(portland.getTotalLength() / 2);
    const svgPoint = portland.ownerSVGElement!.createSVGPoint();
    svgPoint.x = mid.x;
    svgPoint.y = mid.y;
    const m = svgPoint.matrixTransform(portland.getScreenCTM()!);
    expect(m.y).to.be.lessThan(Math.min(a[1], b[1]));
    expect(b[0]).to.be.greaterThan(a[0]);
  });

  it('opens a partner card with what the feed says about it, fires twin-select, and Escape returns focus', async () => {
    const map = await mountMap(real('partner="niigata"'));
    expect(map.cardTitle, 'partner="niigata" preselects Niigata').to.equal('Niigata');
    const niigata = map.marker('niigata')!;
    expect(niigata, 'the chosen partner has a marker of its own').to.not.equal(null);
    expect(niigata.getAttribute('aria-expanded')).to.equal('true');
    const events = feed.events.filter((e) => e.cities?.includes('niigata') || e.placeCity === 'niigata').length;
    const delegations = feed.delegations.filter((d) => d.cities.includes('niigata')).length;
    const facts = map.cardFacts;
    expect(facts['Country']).to.match(/^Japan/);
    expect(facts['Relation']).to.equal('Sister city');
    expect(facts['Since']).to.equal('1965');
    // Counted as the report counts them for a partner, with the years they fall in.
    expect(facts['Joint events']).to.equal(`${events} (2021)`);
    expect(facts['Delegations']).to.equal(String(delegations));
    expect(facts['Distance']).to.match(/^1,2\d\d km, south$/);
    expect(map.$('#card-title span')!.getAttribute('lang')).to.equal('en');
    expect(map.arcs.find((a) => a.dataset['city'] === 'niigata')!.classList.contains('selected')).to.equal(true);
    await expect(map.el).to.be.accessible();

    // Clearing `partner` closes the card it opened; setting it again opens it.
    map.el.removeAttribute('partner');
    await map.el.updateComplete;
    expect(map.card === null, 'partner removed: no card').to.equal(true);
    expect(
      map.arcs.some((a) => a.classList.contains('selected')),
      'no arc selected',
    ).to.equal(false);
    map.el.setAttribute('partner', 'niigata');
    await map.el.updateComplete;
    expect(map.cardTitle, 'partner="niigata" again').to.equal('Niigata');

    // Close, then open Portland by keyboard from its marker.
    map.$<HTMLButtonElement>('[part="card"] .close')!.click();
    await map.el.updateComplete;
    expect(map.card).to.equal(null);
    const selected: TwinSelectEvent[] = [];
    map.el.addEventListener('twin-select', (e) => selected.push(e));
    await map.el.resetView();
    await map.idle();
    let target = map.marker('mogilev')!;
    target.focus();
    await sendKeys({press: 'Enter'});
    await map.el.updateComplete;
    await map.idle();
    expect(map.cardTitle).to.equal('Mogilev');
    expect(map.focused?.id, 'focus moves to the card').to.equal('card-title');
    expect(selected.map((e) => e.detail)).to.deep.equal([{kind: 'city', id: 'mogilev'}]);
    expect(selected[0]!.composed && selected[0]!.bubbles).to.equal(true);
    await sendKeys({press: 'Escape'});
    await map.el.updateComplete;
    await map.idle();
    expect(map.card).to.equal(null);
    target = map.marker('mogilev')!;
    expect(map.focused, 'focus returns to the marker').to.equal(target);
  });

  it('has one Tab stop for the markers; arrows move between them by direction; Enter on a group zooms in', async () => {
    const map = await mountMap(real());
    expect(map.tabbable).to.have.length(1);
    map.tabbable[0]!.focus();
    const start = map.focused!;
    const [sx] = map.centre(start);
    await sendKeys({press: 'ArrowRight'});
    await map.idle();
    const right = map.focused!;
    expect(right).to.not.equal(start);
    expect(map.centre(right)[0]).to.be.greaterThan(sx);
    expect(map.tabbable).to.deep.equal([right]);
    await sendKeys({press: 'Home'});
    await map.idle();
    const west = map.focused!;
    expect(map.centre(west)[0]).to.equal(Math.min(...map.markers.map((m) => map.centre(m)[0])));
    await sendKeys({press: 'End'});
    await map.idle();
    expect(map.centre(map.focused!)[0]).to.equal(Math.max(...map.markers.map((m) => map.centre(m)[0])));

    // A group: Enter zooms in, focus stays on the map's markers.
    const group = map.groups.find((g) => !g.classList.contains('with-home')) ?? map.groups[0]!;
    const before = map.el.zoom;
    const size = map.groupSize(group);
    group.focus();
    await sendKeys({press: 'Enter'});
    await map.idle();
    expect(map.el.zoom).to.be.greaterThan(before);
    expect(map.focused?.classList.contains('marker')).to.equal(true);
    expect(map.announcement).to.equal(`Zoomed in on ${size} partners.`);
    expect(map.placesShown).to.equal(17);
  });

  it('zooms and pans with the buttons and the keyboard, and resets', async () => {
    const map = await mountMap(real());
    const [k0, x0, y0] = map.transform;
    map.button('zoom-in').click();
    await map.idle();
    expect(map.transform[0]).to.be.closeTo(k0 * 2, k0 * 0.01);
    map.button('zoom-out').click();
    await map.idle();
    expect(map.transform[0]).to.be.closeTo(k0, k0 * 0.01);
    map.button('pan-left').click();
    await map.idle();
    expect(map.transform[1]).to.be.greaterThan(x0);
    map.button('pan-down').click();
    await map.idle();
    expect(map.transform[2]).to.be.lessThan(y0);
    map.tabbable[0]!.focus();
    await sendKeys({press: '+'});
    await map.idle();
    expect(map.transform[0]).to.be.closeTo(k0 * 2, k0 * 0.01);
    await sendKeys({press: 'Shift+ArrowRight'});
    await map.idle();
    const moved = map.transform;
    await sendKeys({press: '-'});
    await map.idle();
    expect(map.transform[0]).to.be.closeTo(k0, k0 * 0.01);
    expect(moved[1]).to.not.equal(x0);
    await sendKeys({press: '0'});
    await map.idle();
    const [k1, x1, y1] = map.transform;
    expect(k1).to.be.closeTo(k0, 1e-4);
    expect(x1).to.be.closeTo(x0, 0.01);
    expect(y1).to.be.closeTo(y0, 0.01);
    for (const b of map.$$('.controls button')) {
      const r = b.getBoundingClientRect();
      expect(r.width >= 24 && r.height >= 24, `${b.getAttribute('aria-label')} is at least 24 px`).to.equal(true);
    }
  });

  it('lets the page scroll past it: the wheel zooms only with Ctrl or ⌘ or once the map is activated', async () => {
    const map = await mountMap(real());
    const frame = map.$('.frame')!;
    const r = map.frameRect;
    const wheel = (init: WheelEventInit) => {
      const e = new WheelEvent('wheel', {
        deltaY: -200,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
        bubbles: true,
        cancelable: true,
        composed: true,
        ...init,
      });
      frame.dispatchEvent(e);
      return e;
    };
    const k0 = map.transform[0];
    const plain = wheel({});
    expect(plain.defaultPrevented, 'a plain wheel scrolls the page').to.equal(false);
    await map.el.updateComplete;
    expect(map.transform[0]).to.equal(k0);
    expect(map.text(map.$('.hint'))).to.equal('Hold Ctrl and scroll to zoom the map.');
    const ctrl = wheel({ctrlKey: true});
    expect(ctrl.defaultPrevented).to.equal(true);
    expect(map.transform[0]).to.be.greaterThan(k0);
    // Activated by a press on the map: the plain wheel zooms until the pointer leaves.
    frame.dispatchEvent(
      new PointerEvent('pointerdown', {
        pointerId: 1,
        button: 0,
        pointerType: 'mouse',
        clientX: r.left + 10,
        clientY: r.top + 10,
        bubbles: true,
        composed: true,
      }),
    );
    frame.dispatchEvent(
      new PointerEvent('pointerup', {
        pointerId: 1,
        button: 0,
        pointerType: 'mouse',
        clientX: r.left + 10,
        clientY: r.top + 10,
        bubbles: true,
        composed: true,
      }),
    );
    const k1 = map.transform[0];
    expect(wheel({deltaY: 200}).defaultPrevented).to.equal(true);
    expect(map.transform[0]).to.be.lessThan(k1);
    frame.dispatchEvent(new PointerEvent('pointerleave', {pointerId: 1, pointerType: 'mouse'}));
    expect(wheel({}).defaultPrevented).to.equal(false);
  });

  it('pans by dragging without opening the marker under the pointer, and zooms with a pinch', async () => {
    const map = await mountMap(real());
    const frame = map.$('.frame')!;
    const target = map.marker('mogilev')!;
    const [mx, my] = map.centre(target);
    const [, x0, y0] = map.transform;
    const ev = (type: string, id: number, x: number, y: number, pointerType = 'mouse') =>
      new PointerEvent(type, {
        pointerId: id,
        pointerType,
        button: 0,
        clientX: x,
        clientY: y,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
    target.dispatchEvent(ev('pointerdown', 1, mx, my));
    for (let i = 1; i <= 5; i++) target.dispatchEvent(ev('pointermove', 1, mx + i * 20, my - i * 10));
    target.dispatchEvent(ev('pointerup', 1, mx + 100, my - 50));
    target.click();
    await map.idle();
    expect(map.card, 'a drag is not a click').to.equal(null);
    const [, x1, y1] = map.transform;
    expect(x1 - x0).to.be.closeTo(100, 1);
    expect(y1 - y0).to.be.closeTo(-50, 1);
    // Once the gesture ends the basemap is drawn at the new view, not just moved as a picture.
    const [dk, dx, dy] = map.drawn;
    expect(dk).to.be.closeTo(map.transform[0], 1e-4);
    expect(dx).to.be.closeTo(x1, 0.01);
    expect(dy).to.be.closeTo(y1, 0.01);
    expect(map.$<SVGSVGElement>('.basemap')!.style.transform).to.equal('');
    // Two fingers apart: zoom in.
    const r = map.frameRect;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const k0 = map.transform[0];
    frame.dispatchEvent(ev('pointerdown', 11, cx - 40, cy, 'touch'));
    frame.dispatchEvent(ev('pointerdown', 12, cx + 40, cy, 'touch'));
    frame.dispatchEvent(ev('pointermove', 12, cx + 120, cy, 'touch'));
    frame.dispatchEvent(ev('pointerup', 11, cx - 40, cy, 'touch'));
    frame.dispatchEvent(ev('pointerup', 12, cx + 120, cy, 'touch'));
    expect(map.transform[0]).to.be.closeTo(k0 * 2, k0 * 0.02);
  });

  it('filters by relation, in sync with the summary, the markers, the arcs and the table', async () => {
    const map = await mountMap(real());
    expect(map.chip('sister')!.textContent).to.match(/Sister cities\s*5/);
    expect(map.chip('friendly')!.textContent).to.match(/Friendly cities\s*11/);
    expect(map.chip('other'), 'no chip for a relation the feed does not have').to.equal(null);
    await map.toggle('sister');
    expect(map.chip('sister')!.getAttribute('aria-pressed')).to.equal('true');
    expect(map.summary).to.match(/^Khabarovsk: 5 partners in 5 countries\. Sister cities: 5\./);
    expect(map.announcement).to.equal('5 partners');
    expect(map.arcs).to.have.length(5);
    expect(map.placesShown).to.equal(6);
    await map.showList();
    expect(map.listShown).to.equal(true);
    expect(map.$('.frame'), 'the table replaces the map').to.equal(null);
    expect(map.rows).to.have.members(['Niigata', 'Portland', 'Victoria', 'Harbin', 'Bucheon']);
    await map.toggle('friendly');
    expect(map.rows).to.have.length(16);
    await map.toggle('sister');
    expect(map.rows).to.have.length(11);
    await expect(map.el).to.be.accessible();
  });

  it('prints the table instead of the map', async () => {
    const map = await mountMap(real());
    expect(map.$('table'), 'no hidden table while on screen').to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    expect(map.$('table'), 'rendered before the print layout').to.not.equal(null);
    expect(map.rows).to.have.length(16);
    window.dispatchEvent(new Event('afterprint'));
    await map.el.updateComplete;
    expect(map.$('table')).to.equal(null);
  });

  it('presets the filter with relation=, and says so when nothing matches', async () => {
    const map = await mountMap(real('relation="friendly" view="list"'));
    expect(map.rows).to.have.length(11);
    const none = await mountMap(real('relation="other"'));
    expect(none.text(none.$('[part~="empty"]'))).to.equal('No partners match the filter.');
    none.$<HTMLButtonElement>('button.clear')!.click();
    await none.settle();
    expect(none.placesShown).to.equal(17);
  });

  it('lists the partners in a sortable table with distance and direction from home', async () => {
    const map = await mountMap(real('view="list"'));
    expect(map.text(map.$('caption'))).to.equal('Partners of Khabarovsk');
    expect(map.sortState('distance')).to.equal('ascending');
    expect(map.rows[0]).to.equal('Fuyuan');
    expect(map.rows.at(-1)).to.equal('Portland');
    expect(map.rowCells('portland')).to.deep.equal([
      'Portland',
      'United States',
      'Sister city',
      '1988',
      '7,136 km',
      'north-east',
      '4',
      '0',
    ]);
    expect(map.rowCells('mogilev').slice(1, 6)).to.deep.equal([
      'Belarus',
      'Friendly city',
      '—',
      '6,629 km',
      'north-west',
    ]);
    await map.sortBy('name');
    expect(map.sortState('name')).to.equal('ascending');
    expect(map.sortState('distance')).to.equal('none');
    const names = map.rows;
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await map.sortBy('name');
    expect(map.sortState('name')).to.equal('descending');
    expect(map.rows).to.deep.equal([...names].reverse());
    await map.sortBy('since');
    expect(map.rows.slice(0, 5)).to.deep.equal(['Niigata', 'Portland', 'Victoria', 'Harbin', 'Bucheon']);
    // A row opens the card; Escape returns to the row's button.
    const button = map.$<HTMLButtonElement>('tr[data-city="harbin"] button')!;
    button.focus();
    button.click();
    await map.el.updateComplete;
    await map.idle();
    expect(map.cardTitle).to.equal('Harbin');
    await sendKeys({press: 'Escape'});
    await map.idle();
    expect(map.focused).to.equal(map.$('tr[data-city="harbin"] button'));
    await expect(map.el).to.be.accessible();
  });

  it('speaks the page language: names with their own lang, countries through Intl', async () => {
    const map = await mountMap(real('lang="ja" view="list"'));
    expect(map.summary).to.contain('ハバロフスク');
    expect(map.rowCells('niigata').slice(0, 2)).to.deep.equal(['新潟市', '日本']);
    expect(map.$('tr[data-city="niigata"] th span[lang]')!.getAttribute('lang')).to.equal('ja');
    expect(map.text(map.$('thead'))).to.not.match(/Partner|Distance/);
    const ru = await mountMap(html`<twin-partner-map lang="ru" src=${FEED}></twin-partner-map>`);
    expect(ru.summary).to.match(/^Хабаровск: 16 партнёров в 8 странах\./);
  });

  it('names each marker in its language: a place and a pair in one language carry it, a mixed pair the map’s', async () => {
    const label = (map: MapObject, id: string) => map.$(`.marker[data-id="${id}"] .label`)!;
    const ja = await mountMap(real('lang="ja"'));
    expect(label(ja, 'mogilev').getAttribute('lang')).to.equal('ja');
    expect(ja.text(label(ja, 'niigata'))).to.equal('新潟市、武蔵野市');
    expect(label(ja, 'niigata').getAttribute('lang')).to.equal('ja');
    // Musashino with an English name only: the pair's label has no language of its own, and takes the map's.
    const raw = structuredClone(feed);
    Object.assign(
      raw.cities.find((c) => c.id === 'musashino')!,
      {name: {en: 'Musashino'}},
    );
    const mixed = await mountMap(html`<twin-partner-map lang="ja" .data=${raw}></twin-partner-map>`);
    const pair = label(mixed, 'niigata');
    expect(mixed.text(pair)).to.equal('新潟市、Musashino');
    expect(pair.hasAttribute('lang')).to.equal(false);
    expect(mixed.el.getAttribute('lang')).to.equal('ja');
    // The marker's name begins with the words shown (label in name), whatever their language.
    expect(pair.closest('.marker')!.getAttribute('aria-label')).to.match(/^新潟市、Musashino。2のパートナー：/);
  });

  it('fits any container: a narrow phone frame keeps every marker inside and nothing overflows', async () => {
    const map = await mountMap(real(), 340);
    const frame = map.frameRect;
    // The element's own padding (--twin-inset) frames the map.
    const style = getComputedStyle(map.el);
    expect(frame.width).to.be.closeTo(340 - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), 1);
    // As tall as the partners need on a phone, and no strip.
    expect(frame.height).to.be.at.least(frame.width * 0.5);
    expect(map.el.scrollWidth).to.be.at.most(map.el.clientWidth);
    for (const m of map.markers) {
      const [x, y] = map.centre(m);
      expect(x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom).to.equal(true);
    }
    await expect(map.el).to.be.accessible();
    // The table is wider than a phone: it scrolls in its own box, the element keeps its width.
    await map.showList();
    const wrap = map.$('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect(wrap.getBoundingClientRect().right).to.be.at.most(map.el.getBoundingClientRect().right + 0.5);
    expect(map.$('[part="summary"]')!.getBoundingClientRect().width).to.be.at.most(341);
  });

  it('works inside nested shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
    const a = outer.attachShadow({mode: 'open'});
    const inner = document.createElement('div');
    a.append(inner);
    const b = inner.attachShadow({mode: 'open'});
    const el = document.createElement('twin-partner-map');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', FEED);
    b.append(el);
    const map = new (await import('../helpers/map-object.js')).MapObject(el);
    await map.settle();
    expect(map.placesShown).to.equal(17);
    map.marker('mogilev')!.click();
    await map.el.updateComplete;
    expect(map.cardTitle).to.equal('Mogilev');
  });

  it('keeps 500 partners usable: grouped markers, every one accounted for, every arc drawn', async () => {
    const big = syntheticFeed({events: 100, partners: 493});
    const map = await mountMap(html`<twin-partner-map lang="en" .data=${big}></twin-partner-map>`);
    expect(map.el.shownPartners).to.have.length(500);
    expect(map.placesShown).to.equal(501);
    expect(map.markers.length, 'crowded maps group more widely').to.be.at.most(120);
    // Hundreds of arcs are a few paths, one per relation and status: every arc is one of their subpaths.
    expect(map.arcs.length, 'one path per relation and status').to.be.at.most(12);
    const subpaths = map.arcs.reduce((n, a) => n + (a.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
    expect(subpaths, 'every arc drawn').to.equal(500);
    expect(map.tabbable).to.have.length(1);
    const statuses = new Set(map.el.shownPartners.map((p) => p.status));
    expect([...statuses].sort()).to.deep.equal(['active', 'ended', 'planned', 'suspended']);
  });

  it('lists partners that share one place instead of zooming in for ever', async () => {
    const map = await mountMap(html`<twin-partner-map
      lang="en"
      .data=${{
        schemaVersion: 1,
        publisher: {city: 'home', name: 'Home'},
        defaultLanguage: 'en',
        timeZone: 'UTC',
        cities: [
          {id: 'home', name: 'Home', country: 'RU', coordinates: [135, 48]},
          {id: 'city', name: 'Sapporo', country: 'JP', coordinates: [141.35, 43.06]},
          {id: 'prefecture', name: 'Hokkaido', kind: 'prefecture', country: 'JP', coordinates: [141.35, 43.06]},
        ],
        partnerships: [
          {city: 'city', type: 'sister'},
          {city: 'prefecture', type: 'other', status: 'planned'},
        ],
      }}
    ></twin-partner-map>`);
    const group = map.groups.find((g) => !g.classList.contains('with-home'))!;
    expect(map.nameOf(group)).to.contain('Sapporo').and.to.contain('Hokkaido');
    group.focus();
    await sendKeys({press: 'Enter'});
    await map.idle();
    expect(map.cardTitle, 'one place: the group is listed').to.equal('2 partners');
    const hokkaido = map
      .$$<HTMLButtonElement>('[part="card"] button.city')
      .find((b) => b.textContent!.includes('Hokkaido'))!;
    hokkaido.click();
    await map.el.updateComplete;
    expect(map.cardTitle).to.equal('Hokkaido');
    expect(map.cardFacts['Kind']).to.equal('Prefecture');
    expect(map.cardFacts['Relation']).to.equal('Other partnership, Planned');
    await expect(map.el).to.be.accessible();
  });

  it('shows the empty and error states', async () => {
    const empty = await mountMap(html`<twin-partner-map
      lang="en"
      .data=${{schemaVersion: 1, publisher: {city: 'k', name: 'K'}, defaultLanguage: 'en', timeZone: 'UTC', cities: [{id: 'k', name: 'K', country: 'RU', coordinates: [135, 48]}]}}
    ></twin-partner-map>`);
    expect(empty.text(empty.$('[part~="empty"]'))).to.contain('This feed names no partner cities.');
    const broken = await mountMap(html`<twin-partner-map lang="en" src="/__fault/404"></twin-partner-map>`);
    expect(broken.text(broken.$('[role="alert"]'))).to.contain('The feed was not found at this address (404).');
    await expect(broken.el).to.be.accessible();
  });

  it('animates zoom unless the visitor prefers reduced motion', async () => {
    const map = await mountMap(real());
    const k0 = map.transform[0];
    map.button('zoom-in').click();
    expect(map.transform[0], 'reduced motion: at once').to.be.closeTo(k0 * 2, k0 * 0.01);
    await emulateMedia({reducedMotion: 'no-preference'});
    try {
      map.button('zoom-out').click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const mid = map.transform[0];
      expect(mid, 'on the way').to.be.lessThan(k0 * 2);
      expect(mid).to.be.greaterThan(k0);
      await map.idle();
      expect(map.transform[0]).to.be.closeTo(k0, k0 * 0.01);
    } finally {
      await emulateMedia({reducedMotion: 'reduce'});
    }
  });

  it('is accessible in the dark theme with a card open', async () => {
    const map: MapObject = await mountMap(real('theme="dark" partner="portland"'));
    expect(map.cardTitle).to.equal('Portland');
    await expect(map.el).to.be.accessible();
  });
});
