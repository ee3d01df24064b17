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
  #paged: HTMLElement | undefined;
  readonly #h: Host;
  readonly #redraw = () => this.#h.requestUpdate();

  constructor(host: Host, options: WindowedRowsOptions) {
    super(host, options);
    this.#h = host;
  }

  protected override view(): [number, number] {
    const box = this.#paged;
    return box ? [Math.max(0, -box.getBoundingClientRect().top), innerHeight] : super.view();
  }

  override scrollToIndex(index: number, align: 'nearest' | 'start' = 'nearest'): void {
    const box = this.#paged;
    if (!box) return super.scrollToIndex(index, align);
    const top = box.getBoundingClientRect().top + this.topOf(index);
    if (align === 'start' || top < 0) scrollBy(0, top);
    else if (top + this.rowHeight > innerHeight) scrollBy(0, top + this.rowHeight - innerHeight);
    this.#h.requestUpdate();
  }

  override hostUpdated(): void {
    super.hostUpdated();
    const box = this.#h.renderRoot.querySelector<HTMLElement>('.list-scroll.windowed') ?? undefined;
    const paged = box && getComputedStyle(box).overflowY === 'visible' ? box : undefined;
    if (!paged !== !this.#paged) {
      if (paged) addEventListener('scroll', this.#redraw, {passive: true});
      else this.hostDisconnected();
      this.#h.requestUpdate();
    }
    this.#paged = paged;
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.#redraw);
    this.#paged = undefined;
  }
}
