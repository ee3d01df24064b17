import {expect, html} from '@open-wc/testing';
import '../../src/partner-map/define.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';
import {mountMap} from '../helpers/map-object.js';

describe('<twin-partner-map> first render', () => {
  it('is drawn once, already styled for its card and table (no restyle of the whole map after it appears)', async () => {
    const el = document.createElement('twin-partner-map');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    // The map on the page, its feed still on the way: the card and table chunk arrives meanwhile.
    await import('../../src/partner-map/parts.js');
    await el.updateComplete;
    const root = el.shadowRoot!;
    let sheetsWhenDrawn = -1;
    const watch = new MutationObserver(() => {
      if (sheetsWhenDrawn < 0 && root.querySelector('.frame')) sheetsWhenDrawn = root.adoptedStyleSheets.length;
    });
    watch.observe(root, {childList: true, subtree: true});
    const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
    el.data = syntheticFeed({events: 20, partners: 40});
    await loaded;
    await el.updateComplete;
    watch.disconnect();
    try {
      expect(sheetsWhenDrawn, 'the map was drawn').to.be.greaterThan(0);
      expect(root.adoptedStyleSheets.length, 'no style sheet added once the map is drawn').to.equal(sheetsWhenDrawn);
      expect(root.querySelectorAll('.marker').length).to.be.greaterThan(1);
    } finally {
      el.remove();
    }
  });
});

describe('<twin-partner-map> with hundreds of arcs', () => {
  it('draws them as one path per relation and status, the chosen partner’s arc on its own and on top', async () => {
    const big = syntheticFeed({events: 20, partners: 193});
    const map = await mountMap(html`<twin-partner-map lang="en" .data=${big}></twin-partner-map>`);
    const kinds = new Set(map.el.shownPartners.map((p) => `${p.relation} ${p.status}`));
    expect(map.arcs, 'one path per relation and status').to.have.length(kinds.size);
    for (const arc of map.arcs) {
      const [relation, status] = [...arc.classList].filter((c) => c !== 'arc');
      const n = map.el.shownPartners.filter((p) => p.relation === relation && p.status === status).length;
      expect(arc.getAttribute('d')!.match(/M/g), `${relation} ${status}`).to.have.length(n);
      expect(arc.getAttribute('part')).to.equal('arc');
    }
    const chosen = map.el.shownPartners[7]!.city.id;
    map.el.partner = chosen;
    await map.el.updateComplete;
    const last = map.arcs[map.arcs.length - 1]!;
    expect(last.dataset['city']).to.equal(chosen);
    expect(last.classList.contains('selected')).to.equal(true);
    expect(map.arcs.filter((a) => a.classList.contains('selected'))).to.have.length(1);
    const subpaths = map.arcs.reduce((n, a) => n + (a.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
    expect(subpaths, 'every arc drawn once').to.equal(200);
  });
});
