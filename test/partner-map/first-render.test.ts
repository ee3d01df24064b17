import {expect} from '@open-wc/testing';
import '../../src/partner-map/define.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';

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
