/**
 * The list's windowed rows, also when the page scrolls the list: on phones the list has no scroll box of
 * its own (its box is `overflow: visible`), so the rows drawn are those in the viewport, the window's
 * scroll redraws them, and bringing a row into view scrolls the page.
 */
import type {ReactiveControllerHost} from 'lit';
import {WindowedRows, type WindowedRowsOptions} from '../core/controllers/windowed-rows.js';

type Host = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

export class PageRows extends WindowedRows {
  /** The list's box, when the page scrolls it (a windowed list in a box that does not scroll). */
  #box: HTMLElement | undefined;
  readonly #h: Host;
  readonly #redraw = () => this.#h.requestUpdate();

  constructor(host: Host, options: WindowedRowsOptions) {
    super(host, options);
    this.#h = host;
  }

  protected override view(): [number, number] {
    const box = this.#box;
    return box ? [Math.max(0, -box.getBoundingClientRect().top), innerHeight] : super.view();
  }

  override scrollToIndex(index: number, align?: 'nearest' | 'start'): void {
    const box = this.#box;
    if (!box) return super.scrollToIndex(index, align);
    const top = box.getBoundingClientRect().top + this.topOf(index);
    scrollBy(0, align || top < 0 ? top : Math.max(0, top + this.rowHeight - innerHeight));
    this.#redraw();
  }

  override hostUpdated(): void {
    super.hostUpdated();
    let box = this.#h.renderRoot.querySelector<HTMLElement>('.windowed') ?? undefined;
    if (box && getComputedStyle(box).overflowY !== 'visible') box = undefined;
    if (!box !== !this.#box) {
      this.hostDisconnected();
      if (box) addEventListener('scroll', this.#redraw, {passive: true});
      this.#redraw();
    }
    this.#box = box;
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.#redraw);
    this.#box = undefined;
  }
}
