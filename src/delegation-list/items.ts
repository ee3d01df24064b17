/**
 * The table's items: what its body shows, in order (each delegation's row; a year heading before each
 * year when sorted by date; the details under an open row), and where each one is: its top, px, from the
 * measured height of a row and of each open row's details. The shared windowed-rows controller
 * (core/controllers/windowed-rows.ts) is given these tops (`topOf`) and draws only the items in view;
 * what is particular to this list stays here.
 */
import type {Row, RowTable} from './model.js';

/** What the table shows, in order: a row is its own item (100,000 rows, no wrapper objects). */
export type Item = Row | {kind: 'year'; year: number} | {kind: 'details'; row: Row};

export class TableItems {
  /** Item k: a row index (>= 0), or `-1 - j` for `#extras[j]` (a year heading or a row's details). */
  #items = new Int32Array(0);
  #extras: Array<Exclude<Item, Row>> = [];
  /** Top of each item, px (item k spans tops[k]..tops[k + 1]; the last is the total height). */
  #tops = new Float64Array(1);
  /** The item of each row (by `row.index`), -1 when the row is not shown. */
  itemAt = new Int32Array(0);
  #rowHeight = 40;
  #detailsHeight = new Map<string, number>();

  get size(): number {
    return this.#items.length;
  }

  /** The top of item `k`, px; `topOf(size)` is the height of them all. */
  topOf(k: number): number {
    return this.#tops[k]!;
  }

  item(table: RowTable, k: number): Item {
    const v = this.#items[k]!;
    return v < 0 ? this.#extras[-1 - v]! : table.row(v);
  }

  /** The items for the rows `shown`: year headings when sorted by date, and the details of expanded rows. */
  build(table: RowTable, shown: Uint32Array, byDate: boolean, expandedIds: ReadonlySet<string>): void {
    const extras: Array<Exclude<Item, Row>> = [];
    const expanded = expandedIds.size ? expandedIds : undefined;
    // Room for a heading per year (four-digit years, so at most 10,000) and the details open; trimmed below.
    const items = new Int32Array(shown.length + (byDate ? Math.min(shown.length, 10_000) : 0) + (expanded?.size ?? 0));
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
      itemAt[i] = n;
      items[n++] = i;
      if (expanded?.has(table.data.delegations[i]!.id)) {
        extras.push({kind: 'details', row: table.row(i)});
        items[n++] = -extras.length;
      }
    }
    this.#items = items.slice(0, n);
    this.#extras = extras;
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
   * After a render: the height of a row (cards are taller than table rows) and of each open row's
   * details, measured rather than assumed, so that the spacers stand in for exactly what is not drawn.
   * True when one changed: the items are to be built again.
   */
  measure(root: ParentNode): boolean {
    let changed = false;
    const h = root.querySelector('tr.row')?.getBoundingClientRect().height;
    if (h && Math.abs(h - this.#rowHeight) > 0.5) {
      this.#rowHeight = h;
      changed = true;
    }
    for (const el of root.querySelectorAll<HTMLElement>('tr.details')) {
      const id = el.dataset['id']!;
      const dh = el.getBoundingClientRect().height;
      if (dh && Math.abs(dh - (this.#detailsHeight.get(id) ?? 0)) > 0.5) {
        this.#detailsHeight.set(id, dh);
        changed = true;
      }
    }
    return changed;
  }
}
