/**
 * The table's items: what its body shows, in order (each delegation's row; a year heading before each
 * year when sorted by date; the details under an open row), and where each one is: its top, px, from the
 * measured height of a row and of each open row's details. The shared windowed-rows controller
 * (core/controllers/windowed-rows.ts) is given these tops (`topOf`) and draws only the items in view;
 * what is particular to this list stays here.
 */
import type {Row, RowTable} from './model.js';

/** What the table shows, in order: a delegation's row, a year heading, or a row's details. */
export type Item = Row | {kind: 'year'; year: number} | {kind: 'details'; row: Row};

export class TableItems {
  /**
   * The items as numbers (100,000 rows, no objects): row `i` is `i`, its details `i + table.size`, the
   * heading of year `y` is `-1 - y`.
   */
  #items = new Int32Array(0);
  /** Top of each item, px (item k spans tops[k]..tops[k + 1]; the last is the total height). */
  #tops = new Float64Array(1);
  /** Measured heights, px: a row's (key `''`) and each open row's details (key: the delegation's id). */
  #heights = new Map<string, number>();

  get size(): number {
    return this.#items.length;
  }

  /** The top of item `k`, px; `topOf(size)` is the height of them all. */
  topOf(k: number): number {
    return this.#tops[k]!;
  }

  /** The item of row `i` (by `row.index`), -1 when the row is not shown. */
  indexOf(i: number): number {
    return this.#items.indexOf(i);
  }

  item(table: RowTable, k: number): Item {
    const v = this.#items[k]!;
    if (v < 0) return {kind: 'year', year: -1 - v};
    return v < table.size ? table.row(v) : {kind: 'details', row: table.row(v - table.size)};
  }

  /** The items for the rows `shown`: year headings when sorted by date, and the details of expanded rows. */
  build(table: RowTable, shown: Uint32Array, byDate: boolean, expanded: ReadonlySet<string>): void {
    const heights = this.#heights;
    const h = heights.get('') ?? 40;
    // Room for a heading per year (four-digit years, so at most 10,000) and the details open.
    const items = new Int32Array(shown.length + (byDate ? Math.min(shown.length, 10_000) : 0) + expanded.size);
    const tops = new Float64Array(items.length + 1);
    let k = 0;
    const add = (v: number, height: number) => {
      items[k] = v;
      tops[k + 1] = tops[k++]! + height;
    };
    let year: number | undefined;
    for (const i of shown) {
      if (byDate && table.year[i] !== year) add(-1 - (year = table.year[i]!), h);
      add(i, h);
      const id = expanded.size ? table.data.delegations[i]!.id : '';
      if (expanded.has(id)) add(i + table.size, heights.get(id) ?? h * 4);
    }
    this.#items = items.subarray(0, k);
    this.#tops = tops;
  }

  /**
   * After a render: the height of a row (cards are taller than table rows) and of each open row's
   * details, measured rather than assumed, so that the spacers stand in for exactly what is not drawn.
   * True when one changed: the items are to be built again.
   */
  measure(root: ParentNode): boolean {
    let changed = false;
    const measure = (el: HTMLElement | null, key: string) => {
      const h = el?.getBoundingClientRect().height;
      if (h && Math.abs(h - (this.#heights.get(key) ?? 0)) > 0.5) {
        this.#heights.set(key, h);
        changed = true;
      }
    };
    measure(root.querySelector('tr.row'), '');
    for (const el of root.querySelectorAll<HTMLElement>('tr.details')) measure(el, el.dataset['id']!);
    return changed;
  }
}
