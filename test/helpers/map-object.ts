/** A person's view of <twin-partner-map>: what they see, what they press (element-object.ts: mount, settle, queries). */
import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {TwinPartnerMap} from '../../src/partner-map/partner-map.js';
import {ElementObject, frame, pause} from './element-object.js';

/** Renders a map template in a container of the given width and waits until it has loaded. */
export async function mountMap(template: TemplateResult, width = 960): Promise<MapObject> {
  const wrap = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const map = new MapObject(wrap.querySelector('twin-partner-map') as TwinPartnerMap);
  await map.settle();
  return map;
}

export class MapObject extends ElementObject<TwinPartnerMap> {
  /** Waits for animations (≤ 220 ms) and the regrouping after them. */
  async idle(): Promise<void> {
    await pause(300);
    await frame();
    await this.el.updateComplete;
  }

  get summary(): string {
    return this.text(this.$('[part="summary"]'));
  }
  get announcement(): string {
    return this.text(this.$('[role="status"]'));
  }
  get markers(): HTMLButtonElement[] {
    return this.$$<HTMLButtonElement>('.marker');
  }
  marker(id: string): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(`.marker[data-id="${id}"]`);
  }
  get groups(): HTMLButtonElement[] {
    return this.$$<HTMLButtonElement>('.marker.group');
  }
  /** Ids of the cities that have a marker of their own (not grouped). */
  get singles(): string[] {
    return this.$$('.marker:not(.group)').map((m) => m.dataset['id']!);
  }
  /** How many places the markers stand for: singles plus the members of groups. */
  get placesShown(): number {
    return this.markers.reduce((n, m) => n + (m.classList.contains('group') ? this.groupSize(m) : 1), 0);
  }
  /** The number a group's count (or the home group's badge, "+3") shows: drawn by CSS from `data-n`. */
  shownNumber(el: Element | null): string {
    return el ? getComputedStyle(el, '::before').content.replace(/^"|"$/g, '') : '';
  }
  groupSize(m: HTMLElement): number {
    const count = m.querySelector('.count');
    if (count) return Number(this.shownNumber(count));
    return 1 + Number(this.shownNumber(m.querySelector('.badge')).replace('+', ''));
  }
  /** The markers in the Tab order (must be exactly one). */
  get tabbable(): HTMLElement[] {
    return this.markers.filter((m) => m.tabIndex === 0);
  }
  /** A marker's spoken name: its `aria-label`, else its text outside the parts hidden from screen readers. */
  nameOf(m: Element): string {
    const label = m.getAttribute('aria-label');
    if (label !== null) return label;
    const spoken: string[] = [];
    const walk = (n: Node): void => {
      if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return;
      if (n.nodeType === Node.TEXT_NODE) spoken.push(n.textContent!);
      n.childNodes.forEach(walk);
    };
    walk(m);
    return spoken.join('').replace(/\s+/g, ' ').trim();
  }
  /** The centre of a marker's symbol, in client coordinates. */
  centre(m: Element): [number, number] {
    const r = (m.querySelector('.symbol, .count') ?? m).getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }
  /** The names written on the map now (hidden ones, shown only on hover or focus, left out), with their boxes. */
  get labels(): Array<{marker: HTMLElement; text: string; rect: DOMRect}> {
    return this.markers
      .map((marker) => ({marker, label: marker.querySelector<HTMLElement>('.label')}))
      .filter(({label}) => label && getComputedStyle(label).opacity !== '0')
      .map(({marker, label}) => ({marker, text: this.text(label), rect: label!.getBoundingClientRect()}));
  }
  /** A marker's symbol as drawn (with a group's count or the home city's badge). */
  symbolRects(m: Element): DOMRect[] {
    return [...m.querySelectorAll('.symbol, .count, .badge')].map((e) => e.getBoundingClientRect());
  }
  get legendText(): string {
    return this.text(this.$('[part="legend"]'));
  }
  get frameRect(): DOMRect {
    return this.$('.frame')!.getBoundingClientRect();
  }
  /** Whether a client point lies on a country's land as drawn (the basemap's own path). */
  onCountry(code: string, [x, y]: [number, number]): boolean {
    const path = this.$<SVGPathElement>(`.partner-country[data-country="${code}"]`);
    if (!path) throw new Error(`${code} is not drawn as a partner country`);
    const svg = path.ownerSVGElement!;
    const point = svg.createSVGPoint();
    point.x = x;
    point.y = y;
    const local = point.matrixTransform(path.getScreenCTM()!.inverse());
    return path.isPointInFill(local);
  }
  get arcs(): SVGPathElement[] {
    return this.$$<SVGPathElement>('.arc');
  }
  /** An arc's ends in client coordinates. */
  arcEnds(arc: SVGPathElement): [[number, number], [number, number]] {
    const ctm = arc.getScreenCTM()!;
    const at = (len: number): [number, number] => {
      const p = arc.getPointAtLength(len);
      const svg = arc.ownerSVGElement!.createSVGPoint();
      svg.x = p.x;
      svg.y = p.y;
      const s = svg.matrixTransform(ctm);
      return [s.x, s.y];
    };
    return [at(0), at(arc.getTotalLength())];
  }

  chip(relation: string): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(`.chip[data-relation="${relation}"]`);
  }
  async toggle(relation: string): Promise<void> {
    this.chip(relation)!.click();
    await this.el.updateComplete;
    await frame();
  }
  async showList(): Promise<void> {
    this.$<HTMLButtonElement>('[part="view-toggle"]')!.click();
    await this.el.updateComplete;
    await frame();
  }
  get listShown(): boolean {
    return this.$('[part="view-toggle"]')?.getAttribute('aria-pressed') === 'true';
  }
  /** The table's rows: the partners' names as shown. */
  get rows(): string[] {
    return this.$$('tbody tr th').map((th) => this.text(th));
  }
  rowCells(id: string): string[] {
    return [...this.$(`tr[data-city="${id}"]`)!.children].map((c) => this.text(c));
  }
  async sortBy(key: string): Promise<void> {
    this.$<HTMLButtonElement>(`button[data-sort="${key}"]`)!.click();
    await this.el.updateComplete;
  }
  sortState(key: string): string | null {
    return this.$(`button[data-sort="${key}"]`)!.closest('th')!.getAttribute('aria-sort');
  }

  get card(): HTMLElement | null {
    return this.$('[part="card"]');
  }
  get cardTitle(): string {
    return this.text(this.$('#card-title'));
  }
  /** The card's facts: label → value. */
  get cardFacts(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const dt of this.$$('[part="card"] dt')) out[this.text(dt)] = this.text(dt.nextElementSibling);
    return out;
  }
  button(name: string): HTMLButtonElement {
    const b = this.$<HTMLButtonElement>(`.controls .${name}`);
    if (!b) throw new Error(`no ${name} button`);
    return b;
  }
  /** The view now, as the markers follow it: [k, x, y] (the basemap catches up when a gesture pauses). */
  get transform(): [number, number, number] {
    const v = this.el.mapTransform;
    return [v.k, v.x, v.y];
  }
  /** The basemap's drawn transform: [k, x, y]. */
  get drawn(): [number, number, number] {
    const t = this.$('.viewport')!.getAttribute('transform') ?? '';
    const m = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(t);
    if (!m) throw new Error(`no transform: ${t}`);
    return [Number(m[3]), Number(m[1]), Number(m[2])];
  }
}
