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
  /** What the bars show: label → number. */
  bars(id: string) {
    const cells = this.$$('.bars > *', this.chart(id));
    const out: Record<string, number> = {};
    for (let i = 0; i < cells.length; i += 3)
      out[this.text(cells[i])] = Number(this.text(cells[i + 2]).replace(/\D/g, ''));
    return out;
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
  barWidths(id: string) {
    return this.$$<SVGRectElement>('rect', this.chart(id)).map((r) => Number(r.getAttribute('width')));
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
