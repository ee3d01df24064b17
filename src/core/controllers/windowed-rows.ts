/**
 * Windowed rows: a long list draws only the rows near the view, with spacers standing in for the rest,
 * so a feed of 10,000 items renders a few dozen rows. One copy of that behaviour for every list that
 * needs it (the calendar's agenda list; the delegation list can adopt it).
 *
 * What it owns:
 * - the scroll position (`top`, kept from the scroller's `scroll` event: bind `@scroll=${rows.onScroll}`);
 * - the row height, measured after each update from a rendered row (`rowSelector`), 40 px until then;
 *   or, for rows of different heights, the tops given by `topOf(i)` (the top of row i; `topOf(count)` is
 *   the total height), and then nothing is measured;
 * - which rows to draw for a row count: `slice(count, keep)` gives the runs `[from, to)` of rows in view
 *   plus 10 rows each side, and the row `keep` (the row holding the focus) as a run of its own when
 *   it is outside them, so focus is never lost to a row leaving the DOM;
 * - the spacers between runs: `parts(slice, count)` lists the runs and the spacer heights in order; draw
 *   each spacer as an element with `class="spacer"` and `data-height` (px): after each update the controller
 *   sizes them through the CSSOM (no style attribute, so a strict Content Security Policy has nothing to
 *   object to);
 * - bringing a row into view: `scrollToIndex(i, 'nearest' | 'start')`;
 * - the focus: rows are reused by position as the window moves (and leave the DOM as it shrinks), so when
 *   a row (`rowSelector`) had the focus before an update and the current one (`currentSelector`, say the
 *   row with `tabindex="0"`) does not have it after, the current one gets it back.
 *
 * Lists of 200 rows or fewer are drawn whole (`slice` gives one run, `windowed: false`).
 *
 * Usage:
 * ```ts
 * #rows = new WindowedRows(this, {scroller: '.list-scroll', rowSelector: '.row', currentSelector: '[tabindex="0"]'});
 * // render(): const s = this.#rows.slice(items.length, focusedIndex);
 * //   this.#rows.parts(s, items.length).map((p) => typeof p === 'number' ? spacer(p) : rows(p[0], p[1]))
 * ```
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface WindowedRowsOptions {
  /** Selector (in the host's render root) of the scrolling box; its CSS sets `overflow-anchor: none` (see below). */
  scroller: string;
  /** Selector of a drawn row: measured for the row height, and what "a row has the focus" means. */
  rowSelector: string;
  /** Selector of the row that should hold the focus (the one in the Tab order). */
  currentSelector?: string;
  /** Rows of different heights: the top (px) of row `i`; `topOf(count)` is the total height. */
  topOf?: (i: number) => number;
}

// The scroller's CSS sets `overflow-anchor: none`: the browser's scroll anchoring would move the view as rows
// are swapped for spacers, and the window is drawn for the scroll position as it is.

/** The rows to draw: runs `[from, to)` in order. */
export interface WindowSlice {
  readonly windowed: boolean;
  readonly runs: ReadonlyArray<readonly [number, number]>;
}

/** More rows than this are windowed; rows drawn beyond each edge of the view; a row's height (px) until one is measured. */
const WINDOW_AFTER = 200;
const OVERSCAN = 10;
const ESTIMATE = 40;

export class WindowedRows implements ReactiveController {
  #top = 0;
  #rowHeight = 0;
  #viewport = 0;
  #hadFocus = false;
  readonly #host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};
  readonly #options: WindowedRowsOptions;

  constructor(
    host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment},
    options: WindowedRowsOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The row height in use (measured, or the estimate). */
  get rowHeight(): number {
    return this.#rowHeight || ESTIMATE;
  }

  /** Keeps the scroll position and redraws: bind as `@scroll=${rows.onScroll}` on the scroller. */
  readonly onScroll = (e: Event): void => {
    this.#top = (e.target as HTMLElement).scrollTop;
    this.#host.requestUpdate();
  };

  /** Whether `count` rows are windowed. */
  windowed(count: number): boolean {
    return count > WINDOW_AFTER;
  }

  /** The top (px) of row `i` (`i = count` gives the total height). */
  topOf(i: number): number {
    return this.#options.topOf ? this.#options.topOf(i) : i * this.rowHeight;
  }

  /** The scroll position and the height in view (px): the scroller's; a subclass may take the page's. */
  protected view(): [number, number] {
    return [this.#top, this.#viewport || 30 * this.rowHeight];
  }

  /** The rows to draw for `count` rows; `keep` (a row index, or -1) is drawn wherever it is. */
  slice(count: number, keep = -1): WindowSlice {
    if (!this.windowed(count)) return {windowed: false, runs: [[0, count]]};
    const [top, viewport] = this.view();
    const bottom = top + viewport;
    let from = this.#first(count, top);
    let to = from;
    while (to < count && this.topOf(to) < bottom) to++;
    from = Math.max(0, from - OVERSCAN);
    to = Math.min(count, to + OVERSCAN);
    const runs: Array<[number, number]> = [[from, to]];
    // The kept row, in order: before the window or after it.
    if (keep >= 0 && keep < count && (keep < from || keep >= to))
      runs[keep < from ? 'unshift' : 'push']([keep, keep + 1]);
    return {windowed: true, runs};
  }

  /** The runs of `slice` with the spacer heights (px, numbers) before, between and after them. */
  parts(slice: WindowSlice, count: number): Array<number | readonly [number, number]> {
    if (!slice.windowed) return [...slice.runs];
    const out: Array<number | readonly [number, number]> = [];
    let last = 0;
    for (const run of slice.runs) {
      out.push(this.topOf(run[0]) - this.topOf(last), run);
      last = run[1];
    }
    out.push(this.topOf(count) - this.topOf(last));
    return out;
  }

  /** Scrolls row `index` into view: just enough (`nearest`), or to the top of the view (`start`). */
  scrollToIndex(index: number, align: 'nearest' | 'start' = 'nearest'): void {
    const box = this.#scroller();
    if (!box || index < 0) return;
    const top = this.topOf(index);
    const bottom = this.topOf(index + 1);
    if (align === 'start' || top < box.scrollTop) box.scrollTop = top;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
    if (this.#top !== box.scrollTop) {
      this.#top = box.scrollTop;
      this.#host.requestUpdate();
    }
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot;
    const box = this.#scroller();
    if (!box) return;
    if (box.clientHeight) this.#viewport = box.clientHeight;
    const {rowSelector, currentSelector} = this.#options;
    if (!this.#options.topOf) {
      // Rows have one height per layout (taller in narrow containers): measured, not assumed.
      const height = box.querySelector<HTMLElement>(rowSelector)?.getBoundingClientRect().height;
      if (height && Math.abs(height - this.#rowHeight) > 0.5) {
        this.#rowHeight = height;
        // The spacers were sized for the old height: draw them again.
        if (box.querySelector('.spacer[data-height]')) this.#host.requestUpdate();
      }
    }
    for (const spacer of box.querySelectorAll<HTMLElement>('.spacer[data-height]')) {
      spacer.style.height = `${spacer.dataset['height']}px`;
    }
    // Rows are reused by position as the window moves, and leave the DOM as it shrinks: the focus
    // stays with the current row.
    const current = currentSelector && this.#hadFocus ? box.querySelector<HTMLElement>(currentSelector) : null;
    if (current && (root as ShadowRoot | Document).activeElement !== current) current.focus({preventScroll: true});
  }

  hostUpdate(): void {
    // Before the rows change: did one of them have the focus?
    const focused = (this.#host.renderRoot as ShadowRoot | Document).activeElement;
    this.#hadFocus = !!focused?.matches(this.#options.rowSelector);
  }

  #scroller(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(this.#options.scroller);
  }

  /** The first row whose bottom is below `top` (a binary search: rows of one height or of many). */
  #first(count: number, top: number): number {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.topOf(mid + 1) <= top) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
