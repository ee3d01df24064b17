/**
 * The table of partners: the list view, and what prints instead of the map. Sortable columns (name,
 * country, relation, since, distance, events, delegations), a direction column, and a button per
 * partner that opens its card.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {bracketed, countryName, formatNumber} from '../core/format.js';
import {dateCell, dateNotKnown, finestPrecision} from '../core/date-display.js';
import type {TwinData} from '../core/merge.js';
import type {MapHost} from './host.js';
import {columnLabel, compassLabel, relationLabel, statusLabel} from './labels.js';
import {symbol} from './markers.js';
import {compassPoint, sortPartners, type SortKey} from './model.js';

export function renderTable(host: MapHost, data: TwinData) {
  const {shownPartners: shown, locale, sortKey, sortDescending} = host;
  const names = new Map(shown.map((p) => [p.city.id, host.placeText(p.city, data)]));
  // A year-only date among exact ones is placed by its year's start: say so beside it.
  const finest = finestPrecision(shown.map((p) => p.since));
  const countries = new Map(shown.map((p) => [p.city.country, countryName(p.city.country, locale)]));
  const rows = sortPartners(shown, sortKey, sortDescending, names, countries, locale);
  const home = host.places.home;
  const homeName = home ? host.cityName(home) : undefined;
  const head = (key: SortKey | 'direction') => {
    if (key === 'direction') return html`<th scope="col">${columnLabel(key)}</th>`;
    const sorted = sortKey === key;
    return html`<th scope="col" aria-sort=${sorted ? (sortDescending ? 'descending' : 'ascending') : 'none'}>
        <button class="sort" data-sort=${key} @click=${() => host.sortBy(key)}>
          ${columnLabel(key)}<span class="arrow" aria-hidden="true">${sorted ? (sortDescending ? '▼' : '▲') : ''}</span>
        </button>
      </th>`;
  };
  const km = (n: number | undefined) =>
    n === undefined
      ? '—'
      : formatNumber(Math.round(n), locale, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0});
  return html`<div class="table-wrap ${host.listMode ? '' : 'print-only'}">
      <table part="table">
        <caption>
          ${homeName ? msg(html`Partners of ${homeName}`, {id: 'map.table.caption'}) : msg('Partners', {id: 'map.table.captionNoHome'})}
        </caption>
        <thead>
          <tr>
            ${head('name')}${head('country')}${head('relation')}${head('since')}${head('distance')}${head('direction')}${head('events')}${head('delegations')}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (p) => html`<tr data-city=${p.city.id}>
              <th scope="row">
                <button class="city" aria-haspopup="dialog" @click=${(e: Event) => host.openCard({kind: 'city', id: p.city.id}, e.currentTarget as HTMLElement)}>
                  ${host.placeName(p.city, data)}
                </button>
              </th>
              <td>${countryName(p.city.country, locale)}</td>
              <td>${symbol(p.relation, p.status)} ${relationLabel(p.relation)}${p.status !== 'active' ? html`<span class="status">${bracketed(statusLabel(p.status), locale)}</span>` : nothing}</td>
              <td>${p.since ? dateCell(p.since, locale, finest) : p.sinceUnknown ? dateNotKnown() : '—'}</td>
              <td class="num">${km(p.distanceKm)}</td>
              <td>${p.bearing === undefined ? '—' : compassLabel(compassPoint(p.bearing))}</td>
              <td class="num">${formatNumber(p.events, locale)}</td>
              <td class="num">${formatNumber(p.delegations, locale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
