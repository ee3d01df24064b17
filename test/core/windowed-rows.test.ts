/** WindowedRows (core/controllers/windowed-rows.ts) in a small list element, as a reader scrolls and moves the focus. */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, css, nothing} from 'lit';
import {WindowedRows} from '../../src/core/controllers/windowed-rows.js';

class WindowedList extends LitElement {
  static override styles = css`
    .scroll {
      height: 200px;
      overflow: auto;
      /* What the controller asks of its scroller (see windowed-rows.ts). */
      overflow-anchor: none;
    }
    .row {
      height: 20px;
    }
  `;
  count = 10_000;
  current = 0;
  rows = new WindowedRows(this, {scroller: '.scroll', rowSelector: '.row', currentSelector: '.row[tabindex="0"]'});

  override render() {
    const slice = this.rows.slice(this.count, this.current);
    return html`<div class="scroll" @scroll=${slice.windowed ? this.rows.onScroll : nothing}>
      ${this.rows
        .parts(slice, this.count)
        .map((p) =>
          typeof p === 'number'
            ? html`<div class="spacer" data-height=${p}></div>`
            : Array.from(
                {length: p[1] - p[0]},
                (_, k) =>
                  html`<div class="row" data-i=${p[0] + k} tabindex=${p[0] + k === this.current ? 0 : -1}>Row ${p[0] + k}</div>`,
              ),
        )}
    </div>`;
  }
}
customElements.define('test-windowed-list', WindowedList);

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
async function settle(el: WindowedList): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
  }
}
const shown = (el: WindowedList) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].map((r) => Number(r.dataset['i']));
const scroller = (el: WindowedList) => el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;

describe('WindowedRows', () => {
  it('draws only a window of 10,000 rows, and the scroll height of all of them', async () => {
    const el = await fixture<WindowedList>(html`<test-windowed-list></test-windowed-list>`);
    await settle(el);
    const rows = shown(el);
    expect(rows.length).to.be.above(9).and.below(100);
    expect(rows[0]).to.equal(0);
    expect(scroller(el).scrollHeight).to.equal(10_000 * 20);
  });

  it('shows the last rows when scrolled to the end', async () => {
    const el = await fixture<WindowedList>(html`<test-windowed-list></test-windowed-list>`);
    await settle(el);
    const box = scroller(el);
    box.scrollTop = box.scrollHeight;
    await settle(el);
    const rows = shown(el);
    expect(rows).to.include(9_999);
    expect(rows.length).to.be.below(100);
    const last = el.shadowRoot!.querySelector<HTMLElement>('.row[data-i="9999"]')!.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    expect(last.bottom).to.be.at.most(view.bottom + 1);
    expect(last.top).to.be.at.least(view.top);
    expect(box.scrollHeight).to.equal(10_000 * 20);
  });

  it('keeps the focus on the focused row as the list scrolls a little, and brings a row into view', async () => {
    const el = await fixture<WindowedList>(html`<test-windowed-list></test-windowed-list>`);
    await settle(el);
    el.current = 3;
    el.requestUpdate();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.row[data-i="3"]')!.focus();
    const box = scroller(el);
    box.scrollTop = 150;
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['i']).to.equal('3');
    // Far away, the focused row is still drawn, at its place.
    box.scrollTop = 100_000;
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['i']).to.equal('3');
    expect(shown(el)).to.include(5_000);
    el.rows.scrollToIndex(7_000);
    await settle(el);
    expect(shown(el)).to.include(7_000);
    expect(box.scrollTop).to.equal(7_001 * 20 - box.clientHeight);
  });
});
