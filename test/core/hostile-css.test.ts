/**
 * A CMS theme's global CSS must not reach inside the widgets: the same widgets on the same feed are laid
 * out the same with and without it (only what the theme sets on the host's box itself may differ).
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/twinning-kit.js';
import {HOSTILE_CSS} from '../../demo/cms-theme.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';
const TAGS = ['twin-event-calendar', 'twin-partner-map', 'twin-delegation-list', 'twin-report-summary'];

async function ready(el: Element & {updateComplete: Promise<boolean>}) {
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    if (el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** What a reader sees of a widget: the size, font and box of every button, cell, heading and svg inside. */
async function layout(tag: string): Promise<string[]> {
  const box = await fixture(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<boolean>};
  el.setAttribute('src', FEED);
  el.setAttribute('lang', 'ru');
  if (tag === 'twin-event-calendar') el.setAttribute('date', '2021-07');
  box.append(el);
  await ready(el);
  const host = el.getBoundingClientRect();
  const out = [`host ${Math.round(host.width)}x${Math.round(host.height)}`];
  for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>('button, td, th, h2, h3, svg, p, a, li')) {
    const r = n.getBoundingClientRect();
    const s = getComputedStyle(n);
    out.push(`${n.localName} ${Math.round(r.width)}x${Math.round(r.height)} ${s.fontSize} ${s.textTransform} ${s.letterSpacing} ${s.color}`);
  }
  box.remove();
  return out;
}

describe('a CMS theme with aggressive global CSS', () => {
  for (const tag of TAGS) {
    it(`leaves <${tag}> as it is`, async () => {
      const plain = await layout(tag);
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        const themed = await layout(tag);
        expect(themed.length, 'the same elements').to.equal(plain.length);
        const differences = themed.map((line, i) => (line === plain[i] ? '' : `${plain[i]}  →  ${line}`)).filter(Boolean);
        expect(differences.slice(0, 10)).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  }
});
