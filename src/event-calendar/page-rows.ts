/**
 * The list's windowed rows, also when the page scrolls the list: on phones the list has no scroll box of
 * its own (its box is `overflow: visible`), so the rows drawn are those in the viewport, the window's
 * scroll redraws them, and bringing a row into view scrolls the page.
 * Month headers have a height of their own (one line, where an event's row on a phone holds its date and
 * a title of two lines), measured from one drawn, as the events' rows are; until then, the events' height.
 */
import type {ReactiveControllerHost} from 'lit';
import {WindowedRows, type WindowedRowsOptions} from '../core/controllers/windowed-rows.js';

type Host = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

export class PageRows extends WindowedRows {
  /** The list's box, when the page scrolls it (a windowed list in a box that does not scroll). */
  #box: HTMLElement | undefined;
  readonly #h: Host;
  readonly #redraw = () => this.#h.requestUpdate();
  /** How many of rows `[0, i)` are headers. */
  readonly #headersBefore: (i: number) => number;
  /** A header's height (px), once one is measured. */
  #headerHeight = 0;

  constructor(host: Host, options: WindowedRowsOptions, headersBefore: (i: number) => number) {
    super(host, options);
    this.#h = host;
    this.#headersBefore = headersBefore;
  }

  override topOf(i: number): number {
    const h = this.#headersBefore(i);
    return h * (this.#headerHeight || this.rowHeight) + (i - h) * this.rowHeight;
  }

  protected override view(): [number, number] {
    const box = this.#box;
    return box ? [Math.max(0, -box.getBoundingClientRect().top), innerHeight] : super.view();
  }

  override scrollToIndex(index: number, align?: 'nearest' | 'start'): void {
    const box = this.#box;
    if (!box) return super.scrollToIndex(index, align);
    // The rows start inside the box's border.
    const at = box.getBoundingClientRect().top + box.clientTop;
    const top = at + this.topOf(index);
    scrollBy(0, align || top < 0 ? top : Math.max(0, at + this.topOf(index + 1) - innerHeight));
    this.#redraw();
  }

  override hostUpdated(): void {
    super.hostUpdated();
    const header = this.#h.renderRoot.querySelector('.row.group')?.getBoundingClientRect().height;
    if (header && Math.abs(header - this.#headerHeight) > 0.5) {
      this.#headerHeight = header;
      // The spacers were sized for the old height.
      if (this.#h.renderRoot.querySelector('.spacer[data-height]')) this.#redraw();
    }
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
