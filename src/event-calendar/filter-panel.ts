/**
 * The open filter panel's chips, each with the number of events it would show (faceted counts), and
 * "clear filters": a chunk loaded with the dialog once the data is drawn (a calendar opens with the panel
 * closed, which needs neither).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {countryName, formatNumber} from '../core/format.js';
import type {TwinData} from '../core/merge.js';
import {formatLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {FORMATS, facetCounts, noFilters, type FilterGroup, type Filters} from './model.js';
import type {CalendarHost} from './host.js';

/** Partner chips shown before "more". */
const CHIPS_SHOWN = 10;

type Counts = ReturnType<typeof facetCounts>;
/** Faceted counts by filter choice (each change of the filters is a new object), for the data they were counted on. */
const cache = new WeakMap<Filters, {data: TwinData; value: Counts}>();
function facets(data: TwinData, filters: Filters): Counts {
  let hit = cache.get(filters);
  if (hit?.data !== data) cache.set(filters, (hit = {data, value: facetCounts(data, filters)}));
  return hit.value;
}

/** A chip pressed: its value joins or leaves its group. */
function toggle(host: CalendarHost, group: FilterGroup, value: string): void {
  const set = new Set(host.filters[group]);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  host.setFilters({...host.filters, [group]: set});
}

/** The open panel: its summary (filters.ts), then the chips. */
export function renderPanel(
  host: CalendarHost,
  data: TwinData,
  summary: TemplateResult,
  onToggle: (e: Event) => void,
  active: number,
): TemplateResult {
  const filters = host.filters;
  const counts = facets(data, filters);
  const home = data.home?.id;
  const chip = (group: FilterGroup, value: string, label: unknown, lang?: string) => {
    const n = counts[group].get(value) ?? 0;
    const pressed = filters[group].has(value);
    if (n === 0 && !pressed) return nothing;
    return html`<button part="chip" class="chip" aria-pressed=${pressed} data-group=${group} data-value=${value}
      @click=${() => toggle(host, group, value)}><span lang=${ifDefined(lang)}>${label}</span> <span class="n">${formatNumber(n, host.locale)}</span></button>`;
  };
  const byCount = (group: FilterGroup) => [...counts[group].entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
  const cities = byCount('cities').filter((id) => id !== home && data.cityById.has(id));
  const countries = byCount('countries').filter((c) => c !== data.home?.country);
  const limited = (group: FilterGroup, list: string[]) =>
    host.expanded.has(group)
      ? list
      : list.slice(0, CHIPS_SHOWN).concat(list.slice(CHIPS_SHOWN).filter((v) => filters[group].has(v)));
  const more = (group: FilterGroup, list: string[]) =>
    list.length > CHIPS_SHOWN && !host.expanded.has(group)
      ? html`<button class="more-chips" @click=${() => host.expand(group)}>
          ${details.showAll(formatNumber(list.length, host.locale))}
        </button>`
      : nothing;
  return html`<details part="filters" class="filter-panel" open @toggle=${onToggle}>
    ${summary}
    <div class="filters">
    ${
      data.categories.length
        ? html`<fieldset>
          <legend>${msg('Category', {id: 'cal.filter.category'})}</legend>
          ${data.categories.map((c) => {
            const name = host.feedText(c.name, data);
            return chip('categories', c.id, name?.text ?? c.id, name?.lang);
          })}
        </fieldset>`
        : nothing
    }
    ${
      cities.length
        ? html`<fieldset>
          <legend>${details.partnerCity()}</legend>
          ${limited('cities', cities).map((id) => {
            const city = data.cityById.get(id)!;
            return chip('cities', id, host.placeText(city, data), host.feedText(city.name, data)?.lang);
          })}
          ${more('cities', cities)}
        </fieldset>`
        : nothing
    }
    ${
      countries.length
        ? html`<fieldset>
          <legend>${details.country()}</legend>
          ${limited('countries', countries).map((c) => chip('countries', c, countryName(c, host.locale)))}
          ${more('countries', countries)}
        </fieldset>`
        : nothing
    }
    <fieldset>
      <legend>${common.format()}</legend>
      ${FORMATS.map((f) => chip('formats', f, formatLabel(f)))}
    </fieldset>
    ${active ? html`<button class="clear" @click=${() => host.setFilters(noFilters())}>${common.clearFilters()}</button>` : nothing}
    </div>
  </details>`;
}
