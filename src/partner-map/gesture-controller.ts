/**
 * The gestures that move the map: a mouse drag pans, two fingers pinch and pan, Ctrl (⌘) + wheel
 * zooms about the pointer (a plain wheel scrolls the page and shows a hint, until a press on the map
 * activates it), a double click zooms in (Shift: out), and on a focused marker Shift + arrows pan and
 * + − 0 zoom. It talks to a `Zoomable` view, not to the element's rendering, so it can be tested alone:
 * the host binds `handlers` on the frame and shows `hint`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {msg} from '@lit/localize';
import type {View} from './geo.js';
import type {Direction} from './model.js';

/** Pan step of the buttons and Shift+arrows, px. */
export const PAN_STEP = 96;
/** Zoom step of the buttons, +/− and a double click. */
export const ZOOM_STEP = 2;
/** Drag threshold, px: below it a press is a click. */
const DRAG_SLOP = 4;

export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What the gestures move (the map's view controller). */
export interface Zoomable {
  /** There is a map to move. */
  readonly ready: boolean;
  readonly view: View;
  /** The view zoomed by `factor` about a point of the frame. */
  zoomedAround(factor: number, x: number, y: number): View;
  /** Sets the view; `live` while a gesture goes on. */
  setView(view: View, live?: boolean): void;
  /** The end of a gesture. */
  commit(): void;
  animateTo(view: View): Promise<void>;
  /** Stops an animation. */
  stop(): void;
  zoomBy(factor: number): Promise<void>;
  panBy(dx: number, dy: number): Promise<void>;
  reset(): Promise<void>;
}

export class GestureController implements ReactiveController {
  /** A hint on how to move the map, shown for a moment; empty when none. */
  hint = '';
  #pointers = new Map<number, {x: number; y: number}>();
  #drag: {x: number; y: number; dragging: boolean} | undefined;
  #suppressClick = false;
  /** A press on the map lets the plain wheel zoom until the pointer or the focus leaves. */
  #activated = false;
  #hintTimer: ReturnType<typeof setTimeout> | undefined;

  #host: ReactiveControllerHost;
  #target: Zoomable;
  #frame: () => HTMLElement | null;

  /** `frame`: the element the pointer positions are measured in. */
  constructor(
    host: ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode},
    target: Zoomable,
    frame: () => HTMLElement | null,
  ) {
    this.#host = host;
    this.#target = target;
    this.#frame = frame;
    host.addController(this);
    host.addEventListener('focusout', (e) => {
      const to = e.relatedTarget as Node;
      if (!host.contains(to) && !host.renderRoot.contains(to)) this.#activated = false;
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#hintTimer);
  }

  #localPoint(e: {clientX: number; clientY: number}): [number, number] {
    const r = this.#frame()!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  #showHint(text: string): void {
    this.hint = text;
    this.#host.requestUpdate();
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => {
      this.hint = '';
      this.#host.requestUpdate();
    }, 1800);
  }

  /** Listeners for the frame (`@pointerdown=${handlers.pointerdown}`...). */
  readonly handlers = {
    pointerdown: (e: PointerEvent): void => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      this.#activated = true;
      this.#target.stop();
      const [x, y] = this.#localPoint(e);
      this.#pointers.set(e.pointerId, {x, y});
      if (this.#pointers.size === 1) this.#drag = {x, y, dragging: false};
    },

    pointermove: (e: PointerEvent): void => {
      const last = this.#pointers.get(e.pointerId);
      if (!last) return;
      const [x, y] = this.#localPoint(e);
      const view = this.#target;
      if (this.#pointers.size >= 2) {
        // Pinch: the two fingers' distance zooms, their midpoint pans.
        const [a, b] = [...this.#pointers.entries()];
        const other = a![0] === e.pointerId ? b![1] : a![1];
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(x - other.x, y - other.y);
        const mid0 = [(last.x + other.x) / 2, (last.y + other.y) / 2] as const;
        const mid1 = [(x + other.x) / 2, (y + other.y) / 2] as const;
        this.#pointers.set(e.pointerId, {x, y});
        if (before > 0 && view.ready) {
          const zoomed = view.zoomedAround(after / before, mid0[0], mid0[1]);
          view.setView({...zoomed, x: zoomed.x + mid1[0] - mid0[0], y: zoomed.y + mid1[1] - mid0[1]}, true);
        }
        if (this.#drag) this.#drag.dragging = true;
        e.preventDefault();
        return;
      }
      this.#pointers.set(e.pointerId, {x, y});
      const drag = this.#drag;
      if (!drag) return;
      if (e.pointerType === 'touch') {
        // One finger scrolls the page (touch-action: pan-x pan-y); say how to move the map.
        if (Math.hypot(x - drag.x, y - drag.y) > 12)
          this.#showHint(msg('Use two fingers to move the map.', {id: 'map.hint.touch'}));
        return;
      }
      if (!drag.dragging && Math.hypot(x - drag.x, y - drag.y) < DRAG_SLOP) return;
      if (!drag.dragging) {
        drag.dragging = true;
        this.#frame()?.setPointerCapture(e.pointerId);
        this.#frame()?.classList.add('dragging');
      }
      view.setView({...view.view, x: view.view.x + x - last.x, y: view.view.y + y - last.y}, true);
    },

    /** Also for `pointercancel`. */
    pointerup: (e: PointerEvent): void => {
      this.#pointers.delete(e.pointerId);
      if (this.#drag?.dragging) {
        this.#suppressClick = e.type === 'pointerup';
        if (this.#pointers.size === 0) this.#target.commit();
      }
      if (this.#pointers.size === 0) {
        this.#drag = undefined;
        this.#frame()?.classList.remove('dragging');
      }
    },

    pointerleave: (): void => {
      this.#activated = false;
    },

    /** A drag that ends over a marker is not a click on it. */
    click: {
      handleEvent: (e: Event): void => {
        if (this.#suppressClick) {
          this.#suppressClick = false;
          e.stopPropagation();
          e.preventDefault();
        }
      },
      capture: true,
    },

    wheel: {
      handleEvent: (e: WheelEvent): void => {
        const view = this.#target;
        if (!view.ready) return;
        if (!(e.ctrlKey || e.metaKey || this.#activated)) {
          const mac = /Mac|iPhone|iPad/.test(navigator.platform);
          this.#showHint(
            mac
              ? msg('Hold ⌘ and scroll to zoom the map.', {id: 'map.hint.wheelMac'})
              : msg('Hold Ctrl and scroll to zoom the map.', {id: 'map.hint.wheel'}),
          );
          return;
        }
        e.preventDefault();
        view.stop();
        const delta =
          -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey && !this.#activated ? 5 : 1);
        const [x, y] = this.#localPoint(e);
        view.setView(view.zoomedAround(2 ** delta, x, y), true);
      },
      passive: false,
    },

    dblclick: (e: MouseEvent): void => {
      if ((e.target as Element).closest('button') || !this.#target.ready) return;
      const [x, y] = this.#localPoint(e);
      void this.#target.animateTo(this.#target.zoomedAround(e.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, x, y));
    },
  };

  /** Shift + arrows pan; + − 0 zoom in, out and back. True when the key was one of them (then it is handled). */
  key(e: KeyboardEvent): boolean {
    const dir = ARROWS[e.key];
    const view = this.#target;
    if (dir && e.shiftKey) {
      e.preventDefault();
      const d = PAN_STEP;
      void view.panBy(dir === 'left' ? d : dir === 'right' ? -d : 0, dir === 'up' ? d : dir === 'down' ? -d : 0);
      return true;
    }
    if (dir || e.ctrlKey || e.metaKey || e.altKey) return false;
    if (e.key === '+' || e.key === '=') void view.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') void view.zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') void view.reset();
    else return false;
    e.preventDefault();
    return true;
  }
}
