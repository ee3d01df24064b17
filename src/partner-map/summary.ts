/**
 * What stands above the map: the sentence that sums the partners up (how many, where, the oldest
 * relationship, those not active, partners of partners), and the toolbar with the relation filter
 * chips and the list/map toggle.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {formatList, formatNumber, listComma} from '../core/format.js';
import {joinTemplates} from '../core/date-display.js';
import {formatPartialDate} from '../core/partial-date.js';
import type {TwinData} from '../core/merge.js';
import type {MapHost} from './host.js';
import {inCountries, partnersIn, relationGroupLabel, statusLabel} from './labels.js';
import {symbol} from './markers.js';
import {RELATIONS, relationCounts, summarize, type Relation, type Summary} from './model.js';

export function renderSummary(host: MapHost, data: TwinData) {
  const {locale, uiLocale} = host;
  const homeCity = host.places.home;
  const s = summarize(host.shownPartners, homeCity);
  const where = inCountries(s.countries, uiLocale, formatNumber(s.countries, locale));
  const partners = partnersIn(s.partners, uiLocale, formatNumber(s.partners, locale), where);
  const home = homeCity ? host.cityName(homeCity) : undefined;
  const parts = RELATIONS.filter((r) => s.byRelation.get(r)).map((r) => {
    const label = relationGroupLabel(r);
    const n = formatNumber(s.byRelation.get(r)!, locale);
    return msg(str`${label}: ${n}`, {id: 'map.summary.count'});
  });
  return html`<p part="summary" class="summary" id="summary">
      ${home ? msg(html`${home}: ${partners}.`, {id: 'map.summaryHome'}) : html`${partners}.`}
      ${parts.length ? msg(str`${formatList(parts, locale)}.`, {id: 'map.summary.byRelation'}) : nothing}
      ${renderOldest(host, s, data)} ${renderNotCurrent(host, s, data)}
      ${s.others.map(
        (g) =>
          html` ${msg(
            html`Also on the map, as partners of ${host.cityName(g.of)}: ${g.partners.map((p, i) => html`${i ? listComma(locale) : ''}${host.cityName(p.city)}`)}.`,
            {
              id: 'map.summary.others',
            },
          )}`,
      )}
    </p>`;
}

/**
 * The oldest relationship, or, when the dates cannot tell which of several began first ("1991" and
 * "February 1991"), each of them with its date: never one picked by a guess. Nothing past five.
 */
function renderOldest(host: MapHost, s: Summary, data: TwinData) {
  const oldest = s.oldest;
  if (oldest.length === 1) {
    const o = oldest[0]!;
    return msg(
      html`The oldest relationship is with ${host.placeName(o.partner.city, data)}, since ${formatPartialDate(o.since, host.locale)}.`,
      {
        id: 'map.summary.oldest',
      },
    );
  }
  if (oldest.length === 0 || oldest.length > 5) return nothing;
  const each = oldest.map((o) => {
    const name = host.placeName(o.partner.city, data);
    const since = formatPartialDate(o.since, host.locale);
    return msg(html`${name} (${since})`, {id: 'map.summary.withDate'});
  });
  return msg(
    html`The oldest relationships are with ${joinTemplates(each, host.locale)}: their dates do not tell which came first.`,
    {
      id: 'map.summary.oldestSeveral',
    },
  );
}

/** Relations that are not active, said apart from the count of partners: suspended, planned, ended. */
function renderNotCurrent(host: MapHost, s: Summary, data: TwinData) {
  return (['suspended', 'planned', 'ended'] as const).map((status) => {
    const list = s.byStatus.get(status);
    if (!list?.length) return nothing;
    const label = statusLabel(status);
    const names = joinTemplates(
      list.map((p) => host.placeName(p.city, data)),
      host.locale,
    );
    return html` ${msg(html`${label}: ${names}.`, {id: 'map.summary.status'})}`;
  });
}

export function renderToolbar(host: MapHost) {
  const {filters, locale} = host;
  const counts = relationCounts(host.places.partners);
  const present = RELATIONS.filter((r) => counts.get(r) || filters.has(r));
  const toggle = (r: Relation) => {
    const next = new Set(filters);
    if (next.has(r)) next.delete(r);
    else next.add(r);
    host.setFilters(next);
  };
  return html`<div class="toolbar">
      ${
        present.length > 1 || filters.size
          ? html`<div part="filters" class="filters" role="group" aria-label=${msg('Relation', {id: 'map.col.relation'})}>
            ${present.map(
              (
                r,
              ) => html`<button part="chip" class="chip" data-relation=${r} aria-pressed=${filters.has(r)} @click=${() => toggle(r)}>
                ${symbol(r, 'active')}<span>${relationGroupLabel(r)}</span> <span class="n">${formatNumber(counts.get(r) ?? 0, locale)}</span>
              </button>`,
            )}
          </div>`
          : nothing
      }
      <button part="view-toggle" class="view-toggle" aria-pressed=${host.listMode} @click=${() => host.toggleList()}>
        ${msg('Show as list', {id: 'map.showList'})}
      </button>
    </div>`;
}
