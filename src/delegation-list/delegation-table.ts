/**
 * The list's table templates: the head (with the sorted column marked) and one item of the body (a
 * year heading, a delegation's row, or its details from the parts chunk). Plain functions of what they
 * are given, so that the element keeps only the wiring (and `items.ts` with the shared windowed-rows controller the windowing).
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {City} from '../../data-schema/schema.js';
import {langSpan} from '../core/twin-element.js';
import {bracketed, countryName, listComma} from '../core/format.js';
import {formatPartialRange} from '../core/partial-date.js';
import {formatLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import {directionLabel, directionTitle, purposeTitle} from './labels.js';
import {textOf, type Row} from './model.js';
import type {Item} from './items.js';
import type {PartsHost} from './parts.js';

type Parts = typeof import('./parts.js');

/** What a row reads from the list and how it acts on it (the parts' host, and a few more). */
export interface RowHost extends PartsHost {
  /** The ids of the delegations whose details are open. */
  readonly expanded: ReadonlySet<string>;
  /** The row that takes the list's one Tab stop. */
  readonly tabbable: Row | undefined;
  /** The parts chunk, once loaded (a row's details come from it). */
  readonly parts: Parts | undefined;
  /** A partner's name in its own `lang`, with its kind. */
  placeName(city: City): TemplateResult;
  /** A row has the focus; or (`toggle`) it was clicked: its details open or close. */
  onRow(row: Row, toggle?: boolean): void;
}

/** The head: each column's title, the sorted one marked (date or partner; `sorting` is `-date`, `city`...). */
export function renderHead(sorting: string) {
  const sortedCol = sorting.endsWith('date') ? 0 : 2;
  const order = sorting[0] === '-' ? 'descending' : 'ascending';
  const th = (i: number, text: string) =>
    html`<th scope="col" aria-sort=${i === sortedCol ? order : 'none'}>${text}</th>`;
  return html`<tr aria-rowindex="1">
    ${th(0, common.date())}${th(1, directionTitle())}${th(2, common.partner())}${th(3, common.format())}${th(4, purposeTitle())}
  </tr>`;
}

/** Item `index` of the body: a year heading, a delegation's row, or its details. */
export function renderItem(host: RowHost, it: Item, index: number) {
  const rowindex = index + 2;
  if (it.kind === 'year') {
    return html`<tr class="year" aria-rowindex=${rowindex}><th colspan="5" scope="colgroup">${it.year}</th></tr>`;
  }
  if (it.kind === 'details') return host.parts?.renderDetails(host, it.row, rowindex);
  const {d, cities, countries} = it;
  const {locale} = host;
  const data = host.table.data;
  const comma = listComma(locale);
  const open = host.expanded.has(d.id);
  return html`<tr part="row" class="row ${d.direction}" data-id=${d.id} aria-rowindex=${rowindex}>
      <td data-label=${common.date()}>
        <time datetime=${d.startDate.raw}>${formatPartialRange(d.startDate, d.endDate, locale, data.timeZone)}</time>
      </td>
      <td data-label=${directionTitle()}>
        <span class="dir" aria-hidden="true">${d.direction === 'incoming' ? '↘' : '↗'}</span> ${directionLabel(d.direction)}
      </td>
      <td data-label=${common.partner()}>
        ${cities.map((c, i) => html`${i ? comma : ''}${host.placeName(c)}`)}${
          countries.length
            ? html`<span class="country">${bracketed(countries.map((c) => countryName(c, locale)).join(comma), locale)}</span>`
            : nothing
        }
      </td>
      <td data-label=${common.format()}>${formatLabel(d.format ?? 'unstated')}</td>
      <td class="what">
        <button
          class="toggle"
          aria-expanded=${open}
          aria-controls=${`details-${d.id}`}
          tabindex=${it === host.tabbable ? 0 : -1}
          @click=${() => host.onRow(it, true)}
          @focus=${() => host.onRow(it)}
        >
          <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
          ${langSpan(textOf(d.title ?? d.purpose, locale, data), d.id)}
        </button>
      </td>
    </tr>`;
}
