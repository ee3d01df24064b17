/**
 * The list's windowing, in one place: the items the table shows (rows, year headings, open details),
 * where each one is (its top, px, from measured heights), which of them are in view, and the
 * measuring after each render. A long list renders only the rows in view (and a few each way), with
 * spacers standing in for the rest. Kept apart from the element so that a shared windowed-rows
 * controller can take its place later without touching the templates.
 */
import {html, nothing} from 'lit';
import type {Row, RowTable} from './model.js';

/** Longer lists render only the rows in view. */
export const WINDOW_AFTER = 200;
/** Rows rendered beyond the visible ones, each way. */
const OVERSCAN = 8;

/** What the table shows, in order: a row is its own item (100,000 rows, no wrapper objects). */
export type Item = Row | {kind: 'year'; year: number} | {kind: 'details'; row: Row};

export class RowWindow {
  /** The items shown: a row index (>= 0), or `-1 - k` for `#extras[k]` (a year heading or a row's details). */
  items: Int32Array = new Int32Array(0);
  #extras: Array<Exclude<Item, Row>> = [];
  /** Top of each item, px (item i spans tops[i]..tops[i + 1]). */
  #tops: Float64Array = new Float64Array(1);
  /** Where each row is (by `row.index`): its index among the shown rows and among the items, -1 if hidden. */
  rowAt = new Int32Array(0);
  itemAt = new Int32Array(0);
  /** Height of the scrolling box, px. */
  #viewport = 600;
  #rowHeight = 40;
  #detailsHeight = new Map<string, number>();

  /** The rows as shown: year headings when sorted by date, and the details of expanded rows. */
  build(table: RowTable, shown: Uint32Array, byDate: boolean, expandedIds: ReadonlySet<string>): void {
    const extras: Array<Exclude<Item, Row>> = [];
    const expanded = expandedIds.size ? expandedIds : undefined;
    // Room for a heading per year (four-digit years, so at most 10,000) and the details open; trimmed below.
    const items = new Int32Array(shown.length + (byDate ? Math.min(shown.length, 10_000) : 0) + (expanded?.size ?? 0));
    const rowAt = new Int32Array(table.size).fill(-1);
    const itemAt = new Int32Array(table.size).fill(-1);
    let n = 0;
    let year: number | undefined;
    for (let k = 0; k < shown.length; k++) {
      const i = shown[k]!;
      if (byDate && table.year[i] !== year) {
        year = table.year[i]!;
        extras.push({kind: 'year', year});
        items[n++] = -extras.length;
      }
      rowAt[i] = k;
      itemAt[i] = n;
      items[n++] = i;
      if (expanded?.has(table.data.delegations[i]!.id)) {
        extras.push({kind: 'details', row: table.row(i)});
        items[n++] = -extras.length;
      }
    }
    this.items = items.slice(0, n);
    this.#extras = extras;
    this.rowAt = rowAt;
    this.itemAt = itemAt;
    const tops = new Float64Array(n + 1);
    const h = this.#rowHeight;
    const details = this.#detailsHeight;
    for (let k = 0; k < n; k++) {
      const v = items[k]!;
      const extra = v < 0 ? extras[-1 - v]! : undefined;
      tops[k + 1] = tops[k]! + (extra?.kind === 'details' ? (details.get(extra.row.d.id) ?? h * 4) : h);
    }
    this.#tops = tops;
  }

  /**
   * The table's body: every item, or (`windowed`) those in view of a box scrolled to `top` with spacers
   * for the rest. Item `keep` (the focused row) stays rendered at its place even when scrolled out of
   * view: the focus is not lost.
   */
  render(
    table: RowTable,
    windowed: boolean,
    top: number,
    keep: number,
    renderItem: (item: Item, k: number) => unknown,
  ) {
    const items = this.items;
    const tops = this.#tops;
    let from = 0;
    let to = items.length;
    if (windowed) {
      const bottom = top + this.#viewport;
      while (from < items.length && tops[from + 1]! < top) from++;
      to = from;
      while (to < items.length && tops[to]! < bottom) to++;
      from = Math.max(0, from - OVERSCAN);
      to = Math.min(items.length, to + OVERSCAN);
    }
    const runs: Array<[number, number]> = [[from, to]];
    if (windowed && keep >= 0 && (keep < from || keep >= to)) {
      runs.push([keep, keep + 1]);
      runs.sort((a, b) => a[0] - b[0]);
    }
    const spacer = (a: number, b: number) =>
      b > a
        ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" data-height=${tops[b]! - tops[a]!}></td></tr>`
        : nothing;
    let last = 0;
    return html`${runs.map(([a, b]) => {
      const gap = spacer(last, a);
      last = b;
      const rendered = [];
      for (let k = a; k < b; k++) rendered.push(renderItem(this.#item(table, k), k));
      return html`${gap}${rendered}`;
    })}
    ${spacer(last, items.length)}`;
  }

  #item(table: RowTable, k: number): Item {
    const v = this.items[k]!;
    return v < 0 ? this.#extras[-1 - v]! : table.row(v);
  }

  /** Scrolls `box` so that item `index` is in view; its new `scrollTop`. */
  scrollTo(box: HTMLElement, index: number): number {
    const top = this.#tops[index]!;
    const bottom = this.#tops[index + 1]!;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
    return box.scrollTop;
  }

  /**
   * After a render: the box's height, the rows' and open details' heights, the spacers sized. True when
   * heights changed in a long list: the host builds its items again and renders once more.
   */
  measure(root: ParentNode): boolean {
    const box = root.querySelector<HTMLElement>('.scroll.windowed');
    if (box) this.#viewport = box.clientHeight || 600;
    // Rows have one height per layout (cards are taller): measured, not assumed. Details are measured
    // as they open, so the spacers stand in for exactly what is not rendered.
    let remeasure = false;
    const row = root.querySelector<HTMLElement>('tr.row');
    const h = row?.getBoundingClientRect().height;
    if (h && Math.abs(h - this.#rowHeight) > 0.5) {
      this.#rowHeight = h;
      remeasure = true;
    }
    for (const el of root.querySelectorAll<HTMLElement>('tr.details')) {
      const id = el.dataset['id']!;
      const dh = el.getBoundingClientRect().height;
      if (dh && Math.abs(dh - (this.#detailsHeight.get(id) ?? 0)) > 0.5) {
        this.#detailsHeight.set(id, dh);
        remeasure = true;
      }
    }
    // Spacers are sized through the CSSOM: nothing for a strict Content Security Policy to object to.
    for (const td of root.querySelectorAll<HTMLElement>('tr.spacer td')) td.style.height = `${td.dataset['height']}px`;
    return remeasure && this.items.length > WINDOW_AFTER;
  }
}
