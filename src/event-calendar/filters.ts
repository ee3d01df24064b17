/**
 * The filter panel by category, partner city, country and format: its summary, with how many filters are
 * on; open, its chips (filter-panel.ts, a chunk loaded once the data is drawn).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {formatNumber} from '../core/format.js';
import type {TwinData} from '../core/merge.js';
import * as common from '../core/common-words.js';
import type {CalendarHost} from './host.js';

export function renderFilters(host: CalendarHost, data: TwinData): TemplateResult {
  const filters = host.filters;
  const active = Object.values(filters).reduce((n: number, s: ReadonlySet<string>) => n + s.size, 0);
  const summary = html`<summary>
    ${common.filters()}${
      active ? html` <span class="active">${common.filtersActive(formatNumber(active, host.locale))}</span>` : nothing
    }
  </summary>`;
  const onToggle = (e: Event) => (host.filtersOpen = (e.target as HTMLDetailsElement).open);
  // Closed, the panel needs no counts: a month with 10,000 events renders without them.
  return host.filtersOpen && host.filterPanel
    ? host.filterPanel(host, data, summary, onToggle, active)
    : html`<details part="filters" class="filter-panel" ?open=${host.filtersOpen} @toggle=${onToggle}>${summary}</details>`;
}
