import {expect, fixture, html as testHtml} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {GestureController, type Zoomable} from '../../src/partner-map/gesture-controller.js';
import type {View} from '../../src/partner-map/geo.js';

/** A view without a map: zoom about a point, no clamping, no animation. */
class FakeView implements Zoomable {
  ready = true;
  view: View = {k: 1, x: 0, y: 0};
  zoomedAround(factor: number, x: number, y: number): View {
    const v = this.view;
    return {k: v.k * factor, x: x - (x - v.x) * factor, y: y - (y - v.y) * factor};
  }
  setView(view: View): void {
    this.view = view;
  }
  commit(): void {}
  animateTo(view: View): Promise<void> {
    this.view = view;
    return Promise.resolve();
  }
  stop(): void {}
  zoomBy(factor: number): Promise<void> {
    return this.animateTo(this.zoomedAround(factor, 200, 100));
  }
  panBy(dx: number, dy: number): Promise<void> {
    return this.animateTo({...this.view, x: this.view.x + dx, y: this.view.y + dy});
  }
  reset(): Promise<void> {
    return this.animateTo({k: 1, x: 0, y: 0});
  }
}

/** A frame that moves with the gestures: its transform shows the view. */
class GestureHost extends LitElement {
  readonly target = new FakeView();
  readonly gestures = new GestureController(this, this.target, () => this.renderRoot.querySelector('.frame'));
  override render() {
    const on = this.gestures.handlers;
    const {k, x, y} = this.target.view;
    return html`<div
        class="frame"
        style="width: 400px; height: 200px; transform-origin: 0 0"
        @pointerdown=${on.pointerdown}
        @pointermove=${on.pointermove}
        @pointerup=${on.pointerup}
        @pointerleave=${on.pointerleave}
        @click=${on.click}
        @dblclick=${on.dblclick}
        @wheel=${on.wheel}
        data-transform="translate(${x}px, ${y}px) scale(${k})"
      ></div>
      <p class="hint">${this.gestures.hint}</p>`;
  }
}
customElements.define('test-gesture-host', GestureHost);

async function mount() {
  const el = await fixture<GestureHost>(testHtml`<test-gesture-host></test-gesture-host>`);
  const frame = el.renderRoot.querySelector<HTMLElement>('.frame')!;
  const r = frame.getBoundingClientRect();
  const at = (x: number, y: number) => ({clientX: r.left + x, clientY: r.top + y, bubbles: true, composed: true});
  const pointer = (type: string, x: number, y: number) =>
    frame.dispatchEvent(new PointerEvent(type, {pointerId: 1, button: 0, pointerType: 'mouse', ...at(x, y)}));
  const wheel = (init: WheelEventInit, x = 100, y = 50) => {
    const e = new WheelEvent('wheel', {deltaY: -200, cancelable: true, ...at(x, y), ...init});
    frame.dispatchEvent(e);
    return e;
  };
  const transform = async () => {
    el.requestUpdate();
    await el.updateComplete;
    return frame.dataset['transform'];
  };
  const hint = async () => {
    await el.updateComplete;
    return el.renderRoot.querySelector('.hint')!.textContent!.trim();
  };
  return {el, frame, at, pointer, wheel, transform, hint};
}

describe('GestureController', () => {
  it('pans the map with a mouse drag, and the drag is not a click', async () => {
    const {el, frame, pointer, transform} = await mount();
    const before = await transform();
    pointer('pointerdown', 100, 100);
    pointer('pointermove', 102, 101);
    expect(await transform(), 'a press that hardly moves is still a click').to.equal(before);
    pointer('pointermove', 150, 130);
    pointer('pointermove', 160, 140);
    expect(await transform()).to.equal('translate(58px, 39px) scale(1)');
    expect(frame.classList.contains('dragging')).to.equal(true);
    pointer('pointerup', 160, 140);
    expect(frame.classList.contains('dragging')).to.equal(false);
    let clicked = false;
    el.renderRoot.addEventListener('click', () => (clicked = true));
    frame.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
    expect(clicked, 'the click that ends a drag is swallowed').to.equal(false);
  });

  it('zooms about the pointer with Ctrl + wheel', async () => {
    const {el, wheel, transform, hint} = await mount();
    const e = wheel({ctrlKey: true}, 100, 50);
    expect(e.defaultPrevented, 'the page does not scroll').to.equal(true);
    const {k, x, y} = el.target.view;
    expect(k).to.be.greaterThan(1);
    // The point under the pointer stays under it.
    expect((100 - x) / k).to.be.closeTo(100, 1e-9);
    expect((50 - y) / k).to.be.closeTo(50, 1e-9);
    expect(await transform()).to.not.equal('translate(0px, 0px) scale(1)');
    expect(await hint()).to.equal('');
  });

  it('lets a plain wheel scroll the page and says how to zoom', async () => {
    const {wheel, transform, hint} = await mount();
    const e = wheel({});
    expect(e.defaultPrevented).to.equal(false);
    expect(await transform()).to.equal('translate(0px, 0px) scale(1)');
    expect(await hint()).to.match(/^Hold (Ctrl|⌘) and scroll to zoom the map\.$/);
  });

  it('zooms in with a double click, about the point clicked', async () => {
    const {el, frame, at, transform} = await mount();
    frame.dispatchEvent(new MouseEvent('dblclick', at(200, 100)));
    expect(await transform()).to.equal('translate(-200px, -100px) scale(2)');
    frame.dispatchEvent(new MouseEvent('dblclick', {...at(200, 100), shiftKey: true}));
    expect(el.target.view.k, 'Shift + double click zooms out').to.equal(1);
  });

  it('zooms and pans with the keys', async () => {
    const {el} = await mount();
    const key = (key: string, init: KeyboardEventInit = {}) => {
      const e = new KeyboardEvent('keydown', {key, cancelable: true, ...init});
      return [el.gestures.key(e), e.defaultPrevented];
    };
    expect(key('+')).to.deep.equal([true, true]);
    expect(el.target.view.k).to.equal(2);
    expect(key('ArrowLeft', {shiftKey: true})).to.deep.equal([true, true]);
    expect(el.target.view.x).to.equal(-200 + 96);
    expect(key('ArrowLeft'), 'a plain arrow moves between markers, not the map').to.deep.equal([false, false]);
    expect(key('0')).to.deep.equal([true, true]);
    expect(el.target.view).to.deep.equal({k: 1, x: 0, y: 0});
  });
});
