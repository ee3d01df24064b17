/**
 * The card (a non-modal dialog) of the chosen place: a partner (country, relations with their dates
 * and sources, distance and direction, counts, note, links), the home city, or the places of a group
 * too close to tell apart.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {PartnershipItem, TwinData} from '../core/merge.js';
import {forPartner, type EventItem} from '../core/merge.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {bracketed, countryName, brackets, formatNumber, listComma} from '../core/format.js';
import {safeHref} from '../core/links.js';
import {dateCell, dateNotKnown, joinTemplates, sourcesNote} from '../core/date-display.js';
import {parsePartialDate} from '../core/partial-date.js';
import {kindLabel} from '../core/place.js';
import {langSpan, level} from '../core/twin-element.js';
import type {MapHost} from './host.js';
import {columnLabel, compassLabel, partnerCount, relationLabel, statusLabel} from './labels.js';
import {symbol} from './markers.js';
import {compassPoint, type Partner} from './model.js';
import {HOME} from './places.js';

export function renderCard(host: MapHost, data: TwinData) {
  const sel = host.selection;
  if (!sel) return nothing;
  const {locale} = host;
  const {home: homeCity, byId, partners} = host.places;
  let heading: unknown;
  let body: unknown;
  if (sel.kind === 'group') {
    heading = partnerCount(sel.members.length, host.uiLocale, formatNumber(sel.members.length, locale));
    body = html`<ul class="group-list">
        ${sel.members.map((id) => {
          const city = id === HOME ? homeCity : byId.get(id)?.city;
          return html`<li>
            <button class="city" aria-haspopup="dialog" @click=${() => host.openCard({kind: 'city', id})}>${host.cityName(city)}</button>
          </li>`;
        })}
      </ul>`;
  } else if (sel.id === HOME) {
    const home = homeCity!;
    heading = host.cityName(home);
    body = html`<dl>
          <dt>${msg('Country', {id: 'map.col.country'})}</dt>
          <dd>${countryName(home.country, locale)}</dd>
          <dt>${msg('Partners', {id: 'map.table.captionNoHome'})}</dt>
          <dd>${formatNumber(partners.length, locale)}</dd>
          <dt>${columnLabel('events')}</dt>
          <dd>${formatNumber(data.events.length, locale)}</dd>
          <dt>${columnLabel('delegations')}</dt>
          <dd>${formatNumber(data.delegations.length, locale)}</dd>
        </dl>
        ${links(home.url, undefined)}`;
  } else {
    const p = byId.get(sel.id);
    if (!p) return nothing;
    heading = host.cityName(p.city);
    const kind = kindLabel(p.city.kind);
    const sinceOf = p.partnerships.find((q) => q.since === p.since?.raw);
    const comma = listComma(locale);
    const [open, close] = brackets(locale);
    const region = host.feedText(p.city.region, data);
    const note = p.partnerships.map((q) => q.note).find(Boolean);
    const ofHome = !p.of || p.of.id === homeCity?.id;
    body = html`<dl>
          ${kind ? html`<dt>${details.kind()}</dt><dd>${kind}</dd>` : nothing}
          <dt>${msg('Country', {id: 'map.col.country'})}</dt>
          <dd>${countryName(p.city.country, locale)}${region ? html`${comma}${langSpan(region)}` : nothing}</dd>
          <dt>${msg('Relation', {id: 'map.col.relation'})}</dt>
          <dd>
            ${p.partnerships.map(
              (q, i) =>
                html`${i ? html`<br />` : nothing}${symbol(q.type, q.status)} ${relationLabel(q.type)}${
                  ofHome && (q.from === homeCity?.id || q.city === homeCity?.id)
                    ? nothing
                    : html`${open}${host.cityName(data.cityById.get(q.from === p.city.id ? q.city : q.from))}${close}`
                }${q.status !== 'active' ? html`${comma}${statusLabel(q.status)}` : nothing}${until(host, q, data)}${otherParties(host, q, p, data)}`,
            )}
          </dd>
          ${
            p.since || p.sinceUnknown
              ? html`<dt>${msg('Since', {id: 'map.col.since'})}</dt>
                <dd>
                  ${p.since ? dateCell(p.since, locale) : dateNotKnown()}
                  ${sourcesNote(sinceOf?.since, sinceOf?.dateSources?.since, locale, data.defaultLanguage)}
                </dd>`
              : nothing
          }
          ${
            p.distanceKm !== undefined && p.bearing !== undefined
              ? html`<dt>${msg('Distance', {id: 'map.col.distance'})}</dt>
                <dd>
                  ${msg(str`${formatNumber(Math.round(p.distanceKm), locale, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0})}, ${compassLabel(compassPoint(p.bearing))}`, {id: 'map.card.distance'})}
                </dd>`
              : nothing
          }
          <dt>${columnLabel('events')}</dt>
          <dd>${jointEvents(forPartner(data, p.city.id).events, locale)}</dd>
          <dt>${columnLabel('delegations')}</dt>
          <dd>${formatNumber(p.delegations, locale)}</dd>
        </dl>
        ${note ? html`<p class="note">${langSpan(host.feedText(note, data))}</p>` : nothing}
        ${links(p.city.url, p.partnerships.map((q) => q.url).find(Boolean))}`;
  }
  return html`<section part="card" class="card" role="dialog" aria-modal="false" aria-labelledby="card-title">
      <div class="card-head">
        <div role="heading" aria-level=${level(host)} id="card-title" class="card-title" tabindex="-1">${heading}</div>
        <button class="close" aria-label=${common.close()} title=${common.close()} @click=${() => host.closeCard()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${body}
    </section>`;
}

/**
 * When a relation ended or was suspended ("Ended: 2014"), or until when an active one runs, with what
 * other sources say.
 */
function until(host: MapHost, q: PartnershipItem, data: TwinData) {
  if (q.until === undefined) return nothing;
  const d = parsePartialDate(q.until);
  const when = d ? dateCell(d, host.locale) : dateNotKnown();
  const note = sourcesNote(q.until, q.dateSources?.until, host.locale, data.defaultLanguage ?? 'en');
  if (q.status === 'ended' || q.status === 'suspended')
    return html`${msg(html`: ${when}`, {id: 'map.card.statusDate'})} ${note}`;
  return html`${msg(html`, until ${when}`, {id: 'map.card.until'})} ${note}`;
}

/** For a three-party agreement: the other parties, besides this partner and the home city. */
function otherParties(host: MapHost, q: PartnershipItem, p: Partner, data: TwinData) {
  const others = [q.city, ...q.parties]
    .filter((id) => id !== p.city.id && id !== q.from)
    .map((id) => data.cityById.get(id)!);
  if (others.length === 0) return nothing;
  const names = joinTemplates(
    others.map((c) => host.placeName(c, data)),
    host.locale,
  );
  return msg(html`; an agreement also with ${names}`, {id: 'map.card.parties'});
}

function links(cityUrl: string | undefined, partnershipUrl: string | undefined) {
  const city = safeHref(cityUrl);
  const partnership = safeHref(partnershipUrl);
  if (!city && !partnership) return nothing;
  return html`<p class="links">
      ${city ? html`<a href=${city} target="_blank" rel="noopener noreferrer">${msg('City website', {id: 'map.card.website'})}</a>` : nothing}
      ${
        partnership
          ? html`<a href=${partnership} target="_blank" rel="noopener noreferrer">${msg('About the partnership', {id: 'map.card.partnership'})}</a>`
          : nothing
      }
    </p>`;
}

/**
 * Joint events, counted as the report counts them with `partner` (`forPartner`: those the partner takes
 * part in or hosts, with the home city when several feeds are merged), and the years they fall in: the
 * report counts one year, the card all of them, and says which.
 */
function jointEvents(events: EventItem[], locale: string) {
  const years = events.map((e) => e.startDate.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return `${formatNumber(events.length, locale)}${events.length ? bracketed(first < last ? `${first}–${last}` : `${first}`, locale) : ''}`;
}
