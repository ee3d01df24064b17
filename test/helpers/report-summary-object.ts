/**
 * A reader's view of <twin-report-summary>: the figures, the charts and their tables (the base,
 * element-object.ts, mounts, settles and queries).
 */
import type {TwinReportSummary} from '../../src/report-summary/report-summary.js';
import {ElementObject, mountElement, parseAttrs} from './element-object.js';

/** The feed the summary is mounted on unless told otherwise. */
export const REPORT_FEED = '/data-schema/feeds/khabarovsk-2021.json';

export class SummaryObject extends ElementObject<TwinReportSummary> {
  /** The counted figures: label → {value, note}. */
  figures(part = 'figures') {
    return Object.fromEntries(
      this.$$(`[part="${part}"] .figure`).map((f) => [
        this.text(this.$('dt', f)),
        {value: this.text(this.$('.value', f)), note: this.text(this.$('.note', f))},
      ]),
    ) as Record<string, {value: string; note: string}>;
  }
  chart(id: string) {
    return this.$(`figure[data-chart="${id}"]`)!;
  }
  /** What the bars show: label → the number at the bar's end. */
  bars(id: string) {
    const cells = this.$$('.bars > *', this.chart(id));
    const out: Record<string, number> = {};
    for (let i = 0; i < cells.length; i += 2)
      out[this.text(cells[i])] = Number(this.text(this.$('.n', cells[i + 1])).replace(/\D/g, ''));
    return out;
  }
  /** The labels of a chart's bars, top to bottom. */
  barLabels(id: string): string[] {
    return Object.keys(this.bars(id));
  }
  /** What the chart's table says: label → number. */
  table(id: string) {
    return Object.fromEntries(
      this.$$('tbody tr', this.chart(id)).map((tr) => [
        this.text(this.$('th', tr)),
        Number(this.text(this.$('td', tr)).replace(/\D/g, '')),
      ]),
    ) as Record<string, number>;
  }
  /** Each bar's length, in % of the longest. */
  barWidths(id: string) {
    return this.$$<SVGSVGElement>('svg.bar', this.chart(id)).map((r) => parseFloat(r.getAttribute('width')!));
  }
  /** The headings as a reader's outline: [aria-level, text], in order. */
  outline(): Array<[number, string]> {
    return this.$$('[role="heading"]')
      .filter((h) => h.getClientRects().length)
      .map((h) => [Number(h.getAttribute('aria-level')), this.text(h)]);
  }
  /** The items of a list (`plans`, `awards`, `sections`, `s-<section id>`) a reader sees now. */
  visibleItems(key: string): HTMLElement[] {
    return this.$$(`#list-${key} > li`).filter((li) => li.getClientRects().length);
  }
  /** The "Show all" / "Show fewer" button of a list. */
  moreButton(key: string) {
    return this.$<HTMLButtonElement>(`button.more[aria-controls="list-${key}"]`);
  }
}

/** Mounts a summary on `data`, else on the Khabarovsk feed, with `attrs` (`'compact section="sport"'`), and waits until it has loaded. */
export async function mountSummary(
  attrs = '',
  data?: TwinReportSummary['data'],
  lang = 'en',
  width = 1000,
): Promise<SummaryObject> {
  const el = await mountElement<TwinReportSummary>('twin-report-summary', {
    lang,
    src: REPORT_FEED,
    data,
    attrs: parseAttrs(attrs),
    width,
  });
  const s = new SummaryObject(el);
  await s.settle();
  return s;
}
