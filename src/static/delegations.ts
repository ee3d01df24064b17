/**
 * The delegation list's pre-rendered content: every delegation (no windowing, no paging) as the list's
 * table in its default view, oldest first with a heading row per year: date, direction, partner cities
 * with their countries, format, and the title with what the list's details say (kind, purpose, head,
 * size, participants, outcome, notes, related events, link). The caption is the list's own summary
 * (how many, incoming and outgoing, countries); an empty feed gets the list's empty sentence.
 */
import {msg} from '@lit/localize';
import type {LocalizedText} from '../../data-schema/schema.js';
import {bracketed, countryName, formatNumber, listComma} from '../core/format.js';
import {formatLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {formatPartialRange} from '../core/partial-date.js';
import {directionLabel, directionTitle, purposeTitle, summaryText} from '../delegation-list/labels.js';
import {RowTable, sortByDate, summarize, textOf, type Row} from '../delegation-list/model.js';
import {h, link, text, type Html} from './html.js';
import {placeName} from './map.js';
import type {StaticContext} from './render.js';

const kindLabel = (k: string): string =>
  k === 'meeting' ? msg('Official meeting', {id: 'del.kind.meeting'}) : msg('Delegation', {id: 'del.kind.delegation'});

export function renderDelegations(ctx: StaticContext): Html {
  const {data, locale, ui, options} = ctx;
  const table = new RowTable(data);
  if (table.size === 0)
    return h`<p class="twin-empty">${msg('This feed lists no delegations or meetings.', {id: 'del.empty.feed'})}</p>`;
  const order = sortByDate(table, table.all(), false);
  const say = (v: LocalizedText | undefined) => textOf(v, locale, data);
  const field = (label: string, value: LocalizedText | undefined) => {
    const t = say(value);
    return t ? h`<dt>${label}</dt><dd>${text(t)}</dd>` : '';
  };
  const eventLink = (id: string) => {
    const e = data.events.find((x) => x.id === id);
    return h`<li>${link((e && options.eventUrl?.(e)) ?? e?.url, text(say(e?.title), id))}</li>`;
  };
  const cols = [common.date(), directionTitle(), common.partner(), common.format(), purposeTitle()];
  // Each cell says its column (`data-label`, as the list's own cells), for cards on a phone.
  const comma = listComma(locale);
  const row = ({d, cities, countries}: Row) => {
    const record = d as unknown as Record<string, LocalizedText | undefined>;
    return h`<tr class="twin-${d.direction}" data-id="${d.id}">
<td data-label="${cols[0]}"><time datetime="${d.startDate.raw}">${formatPartialRange(d.startDate, d.endDate, locale, data.timeZone)}</time></td>
<td data-label="${cols[1]}">${directionLabel(d.direction)}</td>
<td data-label="${cols[2]}">${cities.map((c, i) => h`${i ? comma : ''}${placeName(c, data, locale)}`)}${
      countries.length
        ? h`<span class="twin-country">${bracketed(countries.map((c) => countryName(c, locale)).join(comma), locale)}</span>`
        : ''
    }</td>
<td data-label="${cols[3]}">${formatLabel(d.format ?? 'unstated')}</td>
<td data-label="${cols[4]}"><span class="twin-title">${text(say(d.title ?? d.purpose), d.id)}</span>
<dl class="twin-details">${[
      h`<dt>${details.kind()}</dt><dd>${kindLabel(d.kind)}</dd>`,
      d.title ? field(purposeTitle(), d.purpose) : '',
      field(msg('Head of delegation', {id: 'del.head'}), d.head),
      d.size ? h`<dt>${msg('Size', {id: 'del.size'})}</dt><dd>${formatNumber(d.size, locale)}</dd>` : '',
      field(details.participants(), d.participants),
      field(msg('Outcome', {id: 'del.outcome'}), d.outcome),
      [record['directionNote'], record['formatNote']]
        .filter(Boolean)
        .map((n) => field(msg('Note', {id: 'del.note'}), n)),
      d.events.length
        ? h`<dt>${msg('Related events', {id: 'del.events'})}</dt><dd><ul>${d.events.map(eventLink)}</ul></dd>`
        : '',
    ]}</dl>${d.url ? h`<p>${link(d.url, details.moreInformation())}</p>` : ''}</td>
</tr>`;
  };
  const body: Html[] = [];
  let year: number | undefined;
  for (const i of order) {
    if (table.year[i] !== year) {
      year = table.year[i]!;
      body.push(h`<tr class="twin-year"><th colspan="5" scope="colgroup">${year}</th></tr>`);
    }
    body.push(row(table.row(i)));
  }
  return h`<div class="twin-table-wrap"><table class="twin-delegations">
<caption>${summaryText(summarize(table, order), locale, ui)}</caption>
<thead><tr>${cols.map((c) => h`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`;
}
