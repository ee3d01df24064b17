/**
 * A person's view of <twin-delegation-list>: the rows, the search, the sort, the filter chips (the base,
 * element-object.ts, mounts, settles and queries).
 */
import type {TwinDelegationList} from '../../src/delegation-list/delegation-list.js';
import {ElementObject, mountElement, parseAttrs, pause} from './element-object.js';

/** The feed the list is mounted on unless told otherwise. */
export const LIST_FEED = '/data-schema/feeds/khabarovsk-2021.json';

export class ListObject extends ElementObject<TwinDelegationList> {
  get summary() {
    return this.text(this.$('[part="summary"]'));
  }
  get announcement() {
    return this.text(this.$('[role="status"]'));
  }
  /** The ids of the rows, in order. */
  get ids() {
    return this.$$('tr.row').map((r) => r.dataset['id']!);
  }
  get years() {
    return this.$$('tr.year').map((r) => this.text(r));
  }
  cells(id: string) {
    return [...this.$(`tr.row[data-id="${id}"]`)!.children].map((c) => this.text(c));
  }
  toggle(id: string) {
    return this.$<HTMLButtonElement>(`tr.row[data-id="${id}"] .toggle`)!;
  }
  async sort(value: string) {
    const select = this.$<HTMLSelectElement>('select')!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.el.updateComplete;
  }
  async search(q: string) {
    const input = this.$<HTMLInputElement>('input[type="search"]')!;
    input.value = q;
    input.dispatchEvent(new Event('input'));
    await this.el.updateComplete;
    await this.el.updateComplete;
  }
  async openFilters() {
    this.$<HTMLElement>('details[part="filters"] summary')!.click();
    await pause(0);
    await this.el.updateComplete;
  }
  chip(group: string, value: string) {
    return this.$<HTMLButtonElement>(`.chip[data-group="${group}"][data-value="${value}"]`);
  }
  async press(group: string, value: string) {
    this.chip(group, value)!.click();
    await this.el.updateComplete;
    await this.el.updateComplete;
  }
}

/** Mounts an English list on `data`, else on the Khabarovsk feed, with `attrs` (`'sort="-date"'`), and waits until it has loaded. */
export async function mountList(attrs = '', width = 1000, data?: TwinDelegationList['data']): Promise<ListObject> {
  const el = await mountElement<TwinDelegationList>('twin-delegation-list', {
    lang: 'en',
    src: LIST_FEED,
    data,
    attrs: parseAttrs(attrs),
    width,
  });
  const list = new ListObject(el);
  await list.settle();
  return list;
}
