/**
 * The details dialog: an event's date, format, place, participants, categories, description, link and
 * .ics download; or a day's events as buttons. Its state and focus return are in dialog-state.ts. A chunk
 * of its own, with its styles: loaded once the calendar has drawn its data, before a reader can open it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {LocalizedText} from '../../data-schema/schema.js';
import {langSpan, level} from '../core/twin-element.js';
import {bracketed, countryName} from '../core/format.js';
import {safeHref} from '../core/links.js';
import type {EventItem, TwinData} from '../core/merge.js';
import {formatPartialRange} from '../core/partial-date.js';
import {sourcesNote} from '../core/date-display.js';
import {formatLabel, statusLabel} from '../core/labels.js';
import * as common from '../core/common-words.js';
import * as details from '../core/detail-words.js';
import {dayKey} from './model.js';
import {renderEventButton} from './month-view.js';
import {precisionNote} from './list-view.js';
export {dialogStyles} from './dialog.styles.js';
import type {CalendarHost} from './host.js';

/** A feed text in its own `lang`, or nothing when the feed has none. */
function textOrNothing(host: CalendarHost, value: LocalizedText | undefined, data: TwinData) {
  const r = host.feedText(value, data);
  return r ? langSpan(r) : nothing;
}

function eventBody(host: CalendarHost, e: EventItem, data: TwinData): TemplateResult {
  const status = statusLabel(e.status);
  const placeCity = e.placeCity ? data.cityById.get(e.placeCity) : undefined;
  const place = e.place
    ? html`${textOrNothing(host, e.place, data)}${placeCity ? html`, ${host.placeName(placeCity, data)}` : nothing}`
    : placeCity
      ? host.placeName(placeCity, data)
      : nothing;
  const href = safeHref(e.url);
  const note = precisionNote(e);
  const categories = e.categories.map((id) => host.feedText(data.categoryById.get(id)?.name, data));
  return html`<dl>
      <dt>${common.date()}</dt>
      <dd>
        <time datetime=${e.start}>${formatPartialRange(e.startDate, e.endDate, host.locale, data.timeZone)}</time>
        ${note ? html`<span class="note">(${note})</span>` : nothing}
        ${sourcesNote(e.start, e.dateSources?.start, host.locale, data.defaultLanguage)}
        ${sourcesNote(e.end, e.dateSources?.end, host.locale, data.defaultLanguage)}
      </dd>
      <dt>${common.format()}</dt>
      <dd>${formatLabel(e.format ?? 'unstated')}${status ? html`; <strong>${status}</strong>` : nothing}</dd>
      ${place !== nothing ? html`<dt>${msg('Place', {id: 'cal.detail.place'})}</dt><dd>${place}</dd>` : nothing}
      ${
        e.cities.length || e.countries.length
          ? html`<dt>${details.participants()}</dt>
            <dd>
              <ul class="cities">
                ${e.cities.map((id) => {
                  const c = data.cityById.get(id)!;
                  return html`<li>${host.placeName(c, data)}${bracketed(countryName(c.country, host.locale), host.locale)}</li>`;
                })}
                ${e.countries.map((c) => html`<li>${countryName(c, host.locale)}</li>`)}
              </ul>
            </dd>`
          : nothing
      }
      ${
        categories.length
          ? html`<dt>${msg('Category', {id: 'cal.filter.category'})}</dt>
            <dd>${categories.map((c, i) => html`${i ? ', ' : ''}${langSpan(c, e.categories[i])}`)}</dd>`
          : nothing
      }
    </dl>
    ${e.description ? html`<p class="description">${textOrNothing(host, e.description, data)}</p>` : nothing}
    <div class="actions">
      ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${details.moreInformation()}</a>` : nothing}
      <button @click=${() => void host.download([e], `${e.id}.ics`)}>${msg('Add to calendar (.ics)', {id: 'cal.exportEvent'})}</button>
    </div>`;
}

export function renderDialog(host: CalendarHost, data: TwinData): TemplateResult {
  const e = host.dialog.event;
  const day = host.dialog.day;
  let body: unknown = nothing;
  let heading: unknown = '';
  if (e) {
    heading = host.textSpan(e.title, data, e.id);
    body = eventBody(host, e, data);
  } else if (day) {
    heading = host.fmt({weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'}, day);
    const events = host.index.byDay.get(dayKey(day)) ?? [];
    body = html`<ul class="day-list">
      ${events.map((ev) => renderEventButton(host, ev, data))}
    </ul>`;
  }
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => host.dialog.onClose()} @cancel=${(
    ev: Event,
  ) => {
    if (host.dialog.backToDay()) ev.preventDefault();
  }}>
    ${
      e || day
        ? html`<div class="dialog-head">
            <div role="heading" aria-level=${level(host, 1)} id="dialog-title">${heading}</div>
            <button class="close" autofocus @click=${() => host.dialog.close()} aria-label=${e && day ? msg('Back', {id: 'cal.dialog.back'}) : common.close()}>
              <span aria-hidden="true">${e && day ? '‹' : '×'}</span>
            </button>
          </div>
          ${body}`
        : nothing
    }
  </dialog>`;
}
