/** A person's view of <twin-event-calendar>: what they see, what they press (element-object.ts: mount, settle, queries). */
import {sendKeys} from '@web/test-runner-commands';
import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {TwinEventCalendar} from '../../src/event-calendar/event-calendar.js';
import {ElementObject, pause} from './element-object.js';

/** Renders a calendar template in a container of the given width and waits until it has loaded. */
export async function mountCalendar(template: TemplateResult, width = 1000): Promise<CalendarObject> {
  const wrap = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const cal = new CalendarObject(wrap.querySelector('twin-event-calendar') as TwinEventCalendar);
  await cal.settle();
  return cal;
}

export class CalendarObject extends ElementObject<TwinEventCalendar> {
  /** The visible period, as announced. */
  get title(): string {
    return this.text(this.$('[part="title"]'));
  }
  get view(): string {
    return this.$('[data-view][aria-pressed="true"]')?.getAttribute('data-view') ?? '';
  }
  get weekdays(): string[] {
    return this.$$('thead th').map((th) => th.getAttribute('abbr') ?? '');
  }
  get weekdaysShown(): string[] {
    return this.$$('thead th [aria-hidden="true"]').map((s) => this.text(s));
  }
  cell(day: string): HTMLElement {
    const cell = this.$(`td[data-day="${day}"]`);
    if (!cell) throw new Error(`no cell for ${day}`);
    return cell;
  }
  /** The one cell in the Tab order. */
  get activeCell(): HTMLElement {
    const cells = this.$$('td[tabindex="0"]');
    if (cells.length !== 1) throw new Error(`${cells.length} cells are tabbable`);
    return cells[0]!;
  }
  /** What a screen reader says for a day cell. */
  cellName(day: string): string {
    return this.text(this.cell(day).querySelector('.visually-hidden'));
  }
  dayNumbers(): string[] {
    return this.$$('td .num').map((n) => this.text(n));
  }
  /**
   * The events drawn over a day, top to bottom: its own, and the bars of longer events that cross it
   * from an earlier day of the week row. With `time`, as shown ("19:15 Lecture"); else their titles.
   */
  eventsOn(day: string, time = false): string[] {
    return this.chipsOver(day).map((e) => this.text(time ? e : e.querySelector('span')));
  }
  chipsOver(day: string): HTMLElement[] {
    const cell = this.cell(day).getBoundingClientRect();
    const middle = (cell.left + cell.right) / 2;
    return [...this.cell(day).parentElement!.querySelectorAll<HTMLElement>('.day-events [data-event]')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < middle && r.right > middle;
      })
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  }
  moreOn(day: string): string {
    return this.text(this.cell(day).querySelector('.more'));
  }
  /** The events in the "known only by month" (`month`) or "by year" (`year`) band. */
  band(kind: 'month' | 'year'): string[] {
    return this.$$(`details[data-band="${kind}"] [data-event]`).map((e) => this.text(e));
  }
  bandSummary(kind: 'month' | 'year'): string {
    return this.text(this.$(`details[data-band="${kind}"] > summary`));
  }
  bandButton(kind: 'month' | 'year', index: number): HTMLButtonElement {
    return this.$$<HTMLButtonElement>(`details[data-band="${kind}"] button[data-event]`)[index]!;
  }
  bandSummaries(): string[] {
    return this.$$('details.band > summary').map((s) => this.text(s));
  }
  bandEvents(index: number): HTMLElement[] {
    return [...this.$$('details.band')[index]!.querySelectorAll<HTMLElement>('[data-event]')];
  }

  async focusGrid(): Promise<void> {
    this.activeCell.focus();
    await this.el.updateComplete;
  }
  async press(key: string): Promise<void> {
    await sendKeys({press: key});
    await this.el.updateComplete;
    await this.el.updateComplete;
  }

  async openFilters(): Promise<void> {
    const details = this.$<HTMLDetailsElement>('details[part="filters"]')!;
    if (!details.open) {
      const toggled = new Promise((r) => details.addEventListener('toggle', r, {once: true}));
      details.querySelector('summary')!.click();
      await toggled;
      await this.el.updateComplete;
    }
  }
  chip(group: string, value: string): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(`button[data-group="${group}"][data-value="${value}"]`);
  }
  chipCount(group: string, value: string): string {
    return this.text(this.chip(group, value)?.querySelector('.n'));
  }
  async toggle(group: string, value: string): Promise<void> {
    await this.openFilters();
    this.chip(group, value)!.click();
    await this.el.updateComplete;
    await this.el.updateComplete;
  }
  get announcement(): string {
    return this.text(this.$('[role="status"]:not([aria-busy])'));
  }

  async switchView(view: 'month' | 'list' | 'year'): Promise<void> {
    this.$<HTMLButtonElement>(`[data-view="${view}"]`)!.click();
    await this.el.updateComplete;
  }
  async next(): Promise<void> {
    this.$<HTMLButtonElement>('button.next')!.click();
    await this.el.updateComplete;
  }

  get dialog(): HTMLDialogElement {
    return this.$<HTMLDialogElement>('dialog')!;
  }
  get dialogTitle(): string {
    return this.text(this.dialog.querySelector('#dialog-title'));
  }
  dialogField(label: string): string {
    const dts = [...this.dialog.querySelectorAll('dt')];
    const dt = dts.find((d) => this.text(d) === label);
    return this.text(dt?.nextElementSibling);
  }
  async waitDialog(open = true): Promise<void> {
    for (let i = 0; i < 100 && this.dialog.open !== open; i++) await pause(10);
    await this.el.updateComplete;
  }

  listRows(): HTMLElement[] {
    return this.$$('.list [role="option"]');
  }
  listGroups(): string[] {
    return this.$$('.list .group').map((g) => this.text(g));
  }
  yearMonths(): Array<{name: string; count: string}> {
    return this.$$('.months > li').map((li) => ({
      name: this.text(li.querySelector('[role="heading"]')),
      count: this.text(li.querySelector('.n')),
    }));
  }
  async clickYearMonth(index: number): Promise<void> {
    this.$$<HTMLButtonElement>('.month-button')[index]!.click();
    await this.el.updateComplete;
  }
}
