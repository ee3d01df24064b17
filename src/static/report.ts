/**
 * The report summary's pre-rendered content (see render.ts): the title, the year's figures and those the
 * report states, the charts as tables (in the element's order, with their "the most" sentence), the
 * sections with their events, delegations and items, awards, plans and the source. Every figure the
 * element shows is here, in the same words (report-summary/figures.ts is shared with it).
 */
import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {LocalizedText} from '../../data-schema/schema.js';
import type {DelegationItem, EventItem} from '../core/merge.js';
import {formatList, formatNumber} from '../core/format.js';
import {formatPartialDate, formatPartialRange, parsePartialDate, type PartialDate} from '../core/partial-date.js';
import {unknownKey} from '../report-summary/model.js';
import {defaultYear, summarizeYear, yearsOf, type YearSummary} from '../report-summary/model.js';
import {yearCharts, yearFigures, type Chart, type Figure} from '../report-summary/figures.js';
import * as details from '../core/detail-words.js';
import {attr, h, heading, link, text, type Html} from './html.js';
import {pageLink, placeName, say} from './calendar.js';
import type {StaticContext} from './render.js';

/**
 * A sentence with markup of the translations (`msg(html`…`)`): its literal parts are ours (the xliff's
 * targets, as Lit would render them), its values escaped as `h` escapes them.
 */
const fromTemplate = (t: TemplateResult | string): Html =>
  typeof t === 'string' ? h`${t}` : h(t.strings, ...(t.values as Html[]));

const time = (d: PartialDate, text: string): Html => h`<time datetime="${d.raw}">${text}</time>`;

function figureList(figures: Figure[], className: string): Html {
  return h`<dl class="${className}">${figures.map(
    (f) =>
      h`<div class="twin-static-figure"><dt${attr('lang', f.lang)}>${f.label}</dt><dd class="twin-static-value">${f.value}</dd>${
        f.note ? h`<dd class="twin-static-note">${f.note}</dd>` : ''
      }</div>`,
  )}</dl>`;
}

/** A chart as its data table, in a region that scrolls sideways on a narrow screen (not the page). */
function chartTable(ctx: StaticContext, c: Chart): Html {
  const n = (v: number) => formatNumber(v, ctx.locale);
  const labels = c.bars.map((b) => {
    const l = c.labelOf(b.key);
    return typeof l === 'string' ? {text: l, lang: undefined} : l;
  });
  const max = Math.max(1, ...c.bars.map((b) => b.value));
  const top = labels.filter((_, i) => c.bars[i]!.value === max).map((l) => l.text);
  const label = (i: number) => {
    const l = labels[i]!;
    return l.lang ? text({text: l.text, lang: l.lang}) : h`${l.text}`;
  };
  return h`<div class="twin-static-scroll" role="region" tabindex="0"${attr('aria-label', c.title)}><table class="twin-static-table"${attr('data-chart', c.id)}>
<caption>${c.title} <span class="twin-static-note">${msg(str`The most: ${formatList(top, ctx.locale)} (${n(max)}).`, {id: 'rep.chart.most'})}</span></caption>
<thead><tr><th scope="col">${c.keyHeading}</th><th scope="col">${msg('Events', {id: 'rep.events'})}</th></tr></thead>
<tbody>${c.bars.map(
    (b, i) =>
      h`<tr${attr('class', unknownKey(b.key) ? 'twin-static-unknown' : undefined)}><th scope="row">${label(i)}</th><td>${n(b.value)}</td></tr>`,
  )}</tbody></table></div>`;
}

function eventItem(ctx: StaticContext, e: EventItem): Html {
  const tz = ctx.data.timeZone;
  return h`<li>${pageLink(ctx.options.eventUrl?.(e), text(say(ctx, e.title), e.id))} ${time(
    e.startDate,
    formatPartialRange(e.startDate, e.endDate, ctx.locale, tz),
  )}</li>`;
}

function delegationItem(ctx: StaticContext, d: DelegationItem): Html {
  return h`<li>${text(say(ctx, d.title ?? d.purpose))} ${time(
    d.startDate,
    formatPartialRange(d.startDate, d.endDate, ctx.locale, ctx.data.timeZone),
  )}</li>`;
}

type Section = NonNullable<YearSummary['report']>['sections'][number];

function section(ctx: StaticContext, x: Section, events: EventItem[], delegations: DelegationItem[]): Html {
  const t = (v: LocalizedText | undefined) => text(say(ctx, v));
  const items = [
    ...events.map((e) => eventItem(ctx, e)),
    ...delegations.map((d) => delegationItem(ctx, d)),
    ...x.items.map((item) => h`<li>${t(item)}</li>`),
  ];
  return h`<section class="twin-static-section"${attr('data-section', x.id)}>
${heading(ctx.level(2), t(x.title))}
${x.summary ? h`<p>${t(x.summary)}</p>` : ''}${items.length ? h`<ul>${items}</ul>` : ''}</section>`;
}

export function renderReport(ctx: StaticContext): Html {
  const {data, locale, options} = ctx;
  const years = yearsOf(data);
  const year = options.year ?? defaultYear(data);
  if (year === undefined) {
    return h`<p class="twin-static-empty">${msg('This feed has no report and nothing dated yet.', {id: 'rep.empty.feed'})}</p>`;
  }
  const t = (v: LocalizedText | undefined) => text(say(ctx, v));
  const partner = options.partner ? data.cityById.get(options.partner) : undefined;
  const s = summarizeYear(data, year, partner?.id);
  const report = s.report;
  const title = report ? say(ctx, report.title) : undefined;
  const prev = years.includes(year - 1) ? summarizeYear(data, year - 1, partner?.id) : undefined;
  const stated = s.metrics.map((m): Figure => {
    const label = say(ctx, m.label);
    const unit = say(ctx, m.unit)?.text;
    return {
      label: label?.text ?? m.id,
      lang: label?.lang,
      value: formatNumber(m.value, locale) + (unit ? ` ${unit}` : ''),
      note: say(ctx, m.note)?.text ?? '',
    };
  });
  const charts = yearCharts(s, data, years, locale, (v) => say(ctx, v));
  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const delegationById = new Map(data.delegations.map((d) => [d.id, d]));
  // Narrowed to a partner: the sections with its events or delegations, without their other items (as the element).
  const sections = (report?.sections ?? [])
    .filter(
      (x) => !partner || x.events.some((id) => eventById.has(id)) || x.delegations.some((id) => delegationById.has(id)),
    )
    .map((x) => (partner ? {...x, items: []} : x));
  const next = s.plans.length ? Math.min(...s.plans.map((p) => p.year)) : undefined;
  const source = report?.source;
  const block = (content: Html) => h`<section class="twin-static-part">${content}</section>
`;
  return h`<article class="twin-static-report">
${heading(ctx.level(0), title ? text(title) : msg(str`International activity in ${year}`, {id: 'rep.title'}))}
${partner ? h`<p class="twin-static-lead">${fromTemplate(msg(html`Only what involves ${placeName(ctx, partner)}.`, {id: 'rep.partnerOnly'}))}</p>` : ''}${
    report?.summary ? h`<p class="twin-static-lead">${t(report.summary)}</p>` : ''
  }
${block(
  h`${heading(ctx.level(1), msg(str`${year} in figures`, {id: 'rep.figures'}))}
${figureList(yearFigures(s, prev, locale), 'twin-static-figures')}${
    stated.length
      ? h`${heading(ctx.level(2), msg('As stated in the report', {id: 'rep.stated'}))}
${figureList(stated, 'twin-static-figures twin-static-stated')}`
      : ''
  }`,
)}${
    charts.length
      ? block(
          h`${heading(ctx.level(1), msg(str`Events of ${s.year}`, {id: 'rep.charts'}))}
${charts.map((c) => chartTable(ctx, c))}`,
        )
      : ''
  }${
    sections.length
      ? block(
          h`${heading(ctx.level(1), msg('What was done', {id: 'rep.sections'}))}
<ul class="twin-static-sections">${sections.map(
            (x) =>
              h`<li>${section(
                ctx,
                x,
                x.events.map((id) => eventById.get(id)).filter((e) => e !== undefined),
                x.delegations.map((id) => delegationById.get(id)).filter((d) => d !== undefined),
              )}</li>`,
          )}</ul>`,
        )
      : ''
  }${
    s.awards.length
      ? block(
          h`${heading(ctx.level(1), msg('Awards', {id: 'rep.awards'}))}
<ul class="twin-static-awards">${s.awards.map((a) => {
            const d = parsePartialDate(a.date);
            return h`<li><strong>${t(a.title)}</strong>${d ? h` · ${time(d, formatPartialDate(d, locale, data.timeZone))}` : ''}<br />${t(
              a.competition,
            )}${a.result ? h` · ${t(a.result)}` : ''}${a.project ? h`<br />${t(a.project)}` : ''}${
              a.url ? h`<br />${link(a.url, details.moreInformation())}` : ''
            }</li>`;
          })}</ul>`,
        )
      : ''
  }${
    next !== undefined
      ? block(
          h`${heading(ctx.level(1), msg(str`Plans for ${next}`, {id: 'rep.plans'}))}
<ul class="twin-static-plans">${s.plans.map((p) => h`<li>${t(p.text)}</li>`)}</ul>`,
        )
      : ''
  }${
    source
      ? h`<p class="twin-static-source">${msg('Source:', {id: 'rep.source'})} ${link(source.url, t(source.title))}${
          source.note ? h`. ${t(source.note)}` : ''
        }</p>`
      : ''
  }</article>`;
}
