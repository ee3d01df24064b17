/**
 * The report's charts: a bar chart with its data table (what screen readers and print get), and a button
 * to show the table instead. A template function of what it is given, kept apart so that the element holds
 * only its wiring.
 */
import {html} from 'lit';
import {msg, str} from '@lit/localize';
import {langSpan} from '../core/twin-element.js';
import {formatList, formatNumber} from '../core/format.js';
import type {ResolvedText} from '../core/localized-text.js';
import {unknownKey, type Bar} from './model.js';

/** What a chart reads from the report and how it acts on it. */
export interface ChartHost {
  readonly locale: string;
  /** The ids of the charts shown as their tables. */
  readonly asTable: ReadonlySet<string>;
  showAsTable(id: string, on: boolean): void;
}

/**
 * A bar chart as a newsroom draws one: a label, a bar in the accent colour and its value at the bar's end
 * (no axis to read off), the bars in the order they are given. What is not known ("month not stated") is
 * drawn muted. The data table is what screen readers and print get; a sentence under the title says what
 * stands out (the largest bars).
 */
export function renderChart(
  host: ChartHost,
  id: string,
  title: string,
  keyHeading: string,
  bars: Bar[],
  labelOf: (key: string) => string | {text: string; lang?: string | undefined},
) {
  const table = host.asTable.has(id);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labels = bars.map((b) => {
    const l = labelOf(b.key);
    return typeof l === 'string' ? {text: l} : l;
  });
  // A label without a language (a month, a country) is drawn without `lang`: `langSpan` leaves it out.
  const label = (i: number) => langSpan(labels[i] as ResolvedText);
  const n = (v: number) => formatNumber(v, host.locale);
  const top = labels.filter((_, i) => bars[i]!.value === max).map((l) => l.text);
  return html`<figure part="chart" class="chart" data-chart=${id}>
    <figcaption id=${`chart-${id}`}>${title}</figcaption>
    <p class="note" id=${`chart-${id}-summary`}>${msg(str`The most: ${formatList(top, host.locale)} (${n(max)}).`, {id: 'rep.chart.most'})}</p>
    <div class="bars" aria-hidden="true" ?hidden=${table}>
      ${bars.map(
        // The bar's width is an SVG attribute (a strict CSP allows no inline style); its value follows it.
        (b, i) => html`${label(i)}
          <span class=${unknownKey(b.key) ? 'track unknown' : 'track'}
            ><svg class="bar" width=${`${(b.value / max) * 100}%`}><rect width="100%" height="100%"></rect></svg
            ><span class="n">${n(b.value)}</span></span
          >`,
      )}
    </div>
    <div class=${table ? '' : 'visually-hidden'}>
      <table aria-labelledby=${`chart-${id}`} aria-describedby=${`chart-${id}-summary`}>
        <thead>
          <tr>
            <th scope="col">${keyHeading}</th>
            <th scope="col">${msg('Events', {id: 'rep.events'})}</th>
          </tr>
        </thead>
        <tbody>
          ${bars.map((b, i) => html`<tr><th scope="row">${label(i)}</th><td>${n(b.value)}</td></tr>`)}
        </tbody>
      </table>
    </div>
    <button class="as-table" aria-pressed=${table ? 'true' : 'false'} @click=${() => host.showAsTable(id, !table)}>
      ${msg('Show as table', {id: 'rep.asTable'})}
    </button>
  </figure>`;
}
