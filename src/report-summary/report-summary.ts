import {html, nothing, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {TwinElement, level} from '../core/twin-element.js';
import {TwinSelectEvent} from '../core/events.js';
import {countryName, formatNumber} from '../core/format.js';
import {safeHref} from '../core/links.js';
import type {DelegationItem, EventItem, TwinData} from '../core/merge.js';
import {formatPartialDate, formatPartialRange, parsePartialDate} from '../core/partial-date.js';
import {formatLabel} from '../core/labels.js';
import {defaultYear, eventsByYear, summarizeYear, yearsOf, type YearSummary} from './model.js';
import {reportSummaryStyles} from './report-summary.styles.js';
import {renderChart, type ChartHost} from './charts.js';
import {yearFigures, type Figure} from './figures.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';

/** Events and delegations by id, made once per data (sections name them by id). */
const indexes = new WeakMap<TwinData, {events: Map<string, EventItem>; delegations: Map<string, DelegationItem>}>();
function byId(data: TwinData) {
  let index = indexes.get(data);
  if (!index) {
    index = {
      events: new Map(data.events.map((e) => [e.id, e])),
      delegations: new Map(data.delegations.map((d) => [d.id, d])),
    };
    indexes.set(data, index);
  }
  return index;
}

/** `set` with `key` in it (`on`) or not: a new set, so that Lit sees the change. */
function toggled(set: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

/**
 * A year of international activity at a glance: figures counted from the feed and those the report
 * states, charts (each with its data table), the report's sections with their events, awards and plans.
 *
 * @tag twin-report-summary
 * @summary The annual report at a glance: figures, charts with tables, sections, awards, plans.
 *
 * @fires twin-select - An event of a section or an award was chosen (`{kind: 'event', id}`).
 *
 * @csspart title - The report's title.
 * @csspart figures - The figures counted from the feed.
 * @csspart stated - The figures the report states itself.
 * @csspart chart - One chart with its table.
 * @csspart section - One section of the report.
 * @csspart copy-button - The "copy figures" button.
 */
export class TwinReportSummary extends TwinElement {
  static override styles = [...TwinElement.styles, reportSummaryStyles];
  /** Reactive properties are declared here, not with decorators: no decorator runtime in any entry. */
  static override properties: PropertyDeclarations = {
    year: {},
    section: {},
    compact: {type: Boolean, reflect: true},
    asTable: {state: true},
    expanded: {state: true},
    announcement: {state: true},
  };

  /** The year to show; the latest report's by default. */
  year = '';
  /** A section id: show only that section of the report. */
  section = '';
  /** For a sidebar: the four headline figures, without notes, charts or sections. */
  compact = false;

  /** Charts shown as their tables. */
  private asTable: ReadonlySet<string> = new Set();
  /** Long lists shown in full. */
  private expanded: ReadonlySet<string> = new Set();
  private announcement = '';

  #n(n: number) {
    return formatNumber(n, this.locale);
  }

  protected override renderContent(data: TwinData) {
    const years = yearsOf(data);
    const year = Number(this.year) || defaultYear(data);
    if (year === undefined) {
      return this.renderEmpty(
        msg('This feed has no report and nothing dated yet.', {id: 'rep.empty.feed'}),
        msg('Reports, events and delegations appear here once the feed lists them.', {id: 'rep.empty.feedHint'}),
      );
    }
    const partner = this.partner ? data.cityById.get(this.partner) : undefined;
    const s = summarizeYear(data, year, partner?.id);
    if (this.section) {
      const section = s.report?.sections.find((x) => x.id === this.section);
      return section
        ? html`<article class="report">${this.#renderSection(section, data, 0)}</article>`
        : this.renderEmpty(
            msg(str`The report for ${year} has no section "${this.section}".`, {id: 'rep.empty.section'}),
          );
    }
    const title = s.report ? this.feedText(s.report.title, data) : undefined;
    const prev = years.includes(year - 1) ? summarizeYear(data, year - 1, partner?.id) : undefined;
    const figures = yearFigures(s, prev, this.locale);
    const stated = s.metrics.map((m): Figure => {
      const label = this.feedText(m.label, data);
      const unit = this.feedText(m.unit, data)?.text;
      return {
        label: label?.text ?? m.id,
        lang: label?.lang,
        value: this.#n(m.value) + (unit ? ` ${unit}` : ''),
        note: this.feedText(m.note, data)?.text ?? '',
      };
    });
    const compact = this.compact;
    // Compact (a sidebar): the four headline figures without their notes, nothing else of the report.
    return html`<article class="report" aria-labelledby="title">
      <header>
        <div role="heading" aria-level=${level(this)} class="h0" part="title" id="title" lang=${ifDefined(title?.lang)}>
          ${title?.text ?? msg(str`International activity in ${year}`, {id: 'rep.title'})}
        </div>
        ${years.length > 1 ? this.#renderYears(years, year) : nothing}
      </header>
      ${partner ? html`<p class="lead">${msg(html`Only what involves ${this.placeName(partner, data)}.`, {id: 'rep.partnerOnly'})}</p>` : nothing}
      ${!compact && s.report?.summary ? html`<p class="lead">${this.textSpan(s.report.summary, data)}</p>` : nothing}
      <section aria-labelledby="figures-title">
        ${this.#heading(1, msg(str`${year} in figures`, {id: 'rep.figures'}), 'figures-title')}
        <dl part="figures" class="figures">${(compact ? figures.slice(0, 4) : figures).map((f) => this.#renderFigure(f, compact))}</dl>
        ${
          stated.length && !compact
            ? html`${this.#heading(2, msg('As stated in the report', {id: 'rep.stated'}))}
              <dl part="stated" class="figures stated">${stated.map((f) => this.#renderFigure(f))}</dl>`
            : nothing
        }
        ${
          compact
            ? nothing
            : html`<button part="copy-button" class="copy" @click=${() => void this.#copy(title?.text ?? String(year), figures, stated)}>
                ${msg('Copy figures', {id: 'rep.copy'})}
              </button>`
        }
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </section>
      ${compact ? nothing : this.#renderDetails(s, data, years)}
    </article>`;
  }

  #renderYears(years: number[], year: number) {
    return html`<label class="year">
      ${common.year()}
      <select @change=${(e: Event) => (this.year = (e.target as HTMLSelectElement).value)}>
        ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
      </select>
    </label>`;
  }

  /** A heading `depth` levels below the report's title (0: the title's level). */
  #heading(depth: number, text: unknown, id?: string) {
    return html`<div role="heading" aria-level=${level(this, depth)} class=${`h${depth}`} id=${ifDefined(id)}>${text}</div>`;
  }

  /** The number, then what it counts (drawn in that order; read label first), then the note. */
  #renderFigure(f: Figure, bare = false) {
    return html`<div class="figure">
      <dt lang=${ifDefined(f.lang)}>${f.label}</dt>
      <dd class="value">${f.value}</dd>
      ${bare || !f.note ? nothing : html`<dd class="note">${f.note}</dd>`}
    </div>`;
  }

  /** A list of more than five items shows three and a button to show them all (and fewer again). */
  #list(key: string, items: unknown[]) {
    // One section on its own (`section`) is what the page asked for: shown whole.
    const long = items.length > 5 && !this.section;
    const open = !long || this.expanded.has(key);
    // Every item is there (print shows them all); a collapsed list hides those after the third.
    return html`<ul class="${key} ${open ? '' : 'collapsed'}" id=${`list-${key}`}>
        ${items}
      </ul>
      ${
        long
          ? html`<button class="more" aria-expanded=${open} aria-controls=${`list-${key}`} @click=${() => (this.expanded = toggled(this.expanded, key, !open))}>
              ${open ? msg('Show fewer', {id: 'rep.showFewer'}) : details.showAll(this.#n(items.length))}
            </button>`
          : nothing
      }`;
  }

  async #copy(title: string, figures: Figure[], stated: Figure[]) {
    const text = [title, ...[...figures, ...stated].map((f) => `${f.label}: ${f.value}. ${f.note}`.trim())].join('\n');
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    this.announcement = this.inOwnLocale(() =>
      ok
        ? msg('The figures are copied.', {id: 'rep.copied'})
        : msg('The figures could not be copied; select them to copy.', {id: 'rep.copyFailed'}),
    );
  }

  #renderDetails(s: YearSummary, data: TwinData, years: number[]) {
    const month = new Intl.DateTimeFormat(this.locale, {month: 'long', timeZone: 'UTC'});
    const chartHost: ChartHost = {
      locale: this.locale,
      asTable: this.asTable,
      showAsTable: (id, on) => (this.asTable = toggled(this.asTable, id, on)),
    };
    const report = s.report;
    const next = s.plans.length ? Math.min(...s.plans.map((p) => p.year)) : undefined;
    const source = report?.source;
    const sourceHref = safeHref(source?.url);
    // Narrowed to a partner: the sections with its events or delegations, without their other items.
    const {events: eventById, delegations: delegationById} = byId(data);
    const sections = (report?.sections ?? [])
      .filter(
        (x) =>
          !this.partner ||
          x.events.some((id) => eventById.has(id)) ||
          x.delegations.some((id) => delegationById.has(id)),
      )
      .map((x) => (this.partner ? {...x, items: []} : x));
    return html`${
      s.events.length
        ? html`<section class="charts" aria-labelledby="charts-title">
            ${this.#heading(1, msg(str`Events of ${s.year}`, {id: 'rep.charts'}), 'charts-title')}
            ${renderChart(chartHost, 'month', msg('By month', {id: 'rep.byMonth'}), common.month(), s.byMonth, (k) =>
              k === '?'
                ? msg('Month not stated', {id: 'rep.monthUnknown'})
                : month.format(Date.UTC(2000, Number(k) - 1, 1)),
            )}
            ${renderChart(
              chartHost,
              'category',
              msg('By category', {id: 'rep.byCategory'}),
              msg('Category', {id: 'rep.category'}),
              s.byCategory,
              (k) =>
                k
                  ? (this.feedText(data.categoryById.get(k)?.name, data) ?? {text: k})
                  : msg('No category', {id: 'rep.noCategory'}),
            )}
            ${renderChart(
              chartHost,
              'format',
              msg('By format', {id: 'rep.byFormat'}),
              common.format(),
              s.byFormat,
              (k) => formatLabel(k as 'online'),
            )}
            ${
              s.byCountry.length
                ? renderChart(
                    chartHost,
                    'country',
                    msg('By partner country', {id: 'rep.byCountry'}),
                    details.country(),
                    s.byCountry,
                    (k) => countryName(k, this.locale),
                  )
                : nothing
            }
            ${
              years.length > 1
                ? renderChart(
                    chartHost,
                    'year',
                    msg('Events by year', {id: 'rep.byYear'}),
                    common.year(),
                    eventsByYear(data),
                    (k) => k,
                  )
                : nothing
            }
          </section>`
        : nothing
    }
      ${
        sections.length
          ? html`<section aria-labelledby="sections-title">
            ${this.#heading(1, msg('What was done', {id: 'rep.sections'}), 'sections-title')}
            ${this.#list(
              'sections',
              sections.map((x) => html`<li>${this.#renderSection(x, data, 2)}</li>`),
            )}
          </section>`
          : nothing
      }
      ${
        s.awards.length
          ? html`<section aria-labelledby="awards-title">
            ${this.#heading(1, msg('Awards', {id: 'rep.awards'}), 'awards-title')}
            ${this.#list(
              'awards',
              s.awards.map((a) => {
                const d = parsePartialDate(a.date);
                const href = safeHref(a.url);
                return html`<li>
                  <strong>${this.textSpan(a.title, data)}</strong>${d ? html` · <time datetime=${d.raw}>${formatPartialDate(d, this.locale, data.timeZone)}</time>` : nothing}
                  <br />${this.textSpan(a.competition, data)}${a.result ? html` · ${this.textSpan(a.result, data)}` : nothing}
                  ${a.project ? html`<br />${this.textSpan(a.project, data)}` : nothing}
                  ${href ? html`<br /><a href=${href} target="_blank" rel="noopener noreferrer">${details.moreInformation()}</a>` : nothing}
                </li>`;
              }),
            )}
          </section>`
          : nothing
      }
      ${
        next !== undefined
          ? html`<section aria-labelledby="plans-title">
            ${this.#heading(1, msg(str`Plans for ${next}`, {id: 'rep.plans'}), 'plans-title')}
            ${this.#list(
              'plans',
              s.plans.map((p) => html`<li>${this.textSpan(p.text, data)}</li>`),
            )}
          </section>`
          : nothing
      }
      ${
        source
          ? html`<p class="source">
            ${msg('Source:', {id: 'rep.source'})}
            ${sourceHref ? html`<a href=${sourceHref} target="_blank" rel="noopener noreferrer">${this.textSpan(source.title, data)}</a>` : this.textSpan(source.title, data)}${
              source.note ? html`. ${this.textSpan(source.note, data)}` : nothing
            }
          </p>`
          : nothing
      }`;
  }

  #renderSection(x: NonNullable<YearSummary['report']>['sections'][number], data: TwinData, depth: number) {
    const title = this.textSpan(x.title, data);
    const {events: eventById, delegations: delegationById} = byId(data);
    const events = x.events.map((id) => eventById.get(id)).filter((e) => e !== undefined);
    const delegations = x.delegations.map((id) => delegationById.get(id)).filter((d) => d !== undefined);
    return html`<section part="section" class="section" data-section=${x.id}>
      ${this.#heading(depth, title)}
      ${x.summary ? html`<p>${this.textSpan(x.summary, data)}</p>` : nothing}
      ${
        events.length || delegations.length || x.items.length
          ? this.#list(`s-${x.id}`, [
              ...events.map(
                (e) => html`<li>
                <button class="event" @click=${() => this.dispatchEvent(new TwinSelectEvent({kind: 'event', id: e.id}))}>${this.textSpan(e.title, data, e.id)}</button>
                <time datetime=${e.startDate.raw}>${formatPartialRange(e.startDate, e.endDate, this.locale, data.timeZone)}</time>
              </li>`,
              ),
              ...delegations.map(
                (d) =>
                  html`<li>${this.textSpan(d.title ?? d.purpose, data)} <time datetime=${d.startDate.raw}>${formatPartialRange(d.startDate, d.endDate, this.locale, data.timeZone)}</time></li>`,
              ),
              ...x.items.map((item) => html`<li>${this.textSpan(item, data)}</li>`),
            ])
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-report-summary': TwinReportSummary;
  }
}
