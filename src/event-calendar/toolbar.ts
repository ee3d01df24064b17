/**
 * The toolbar: the period's title, previous/next/today, the view switch and the .ics download (with
 * its choice between all events and those known to the day).
 */
import {level} from '../core/twin-element.js';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {knownToTheDay} from '../core/partial-date.js';
import {VIEWS, addMonths, monthKey, type Day, type View} from './model.js';
import {scrollListTo} from './list-view.js';
import {viewLabel} from './labels.js';
import type {CalendarHost} from './host.js';

function periodTitle(host: CalendarHost, view: View, cursor: Day): string {
  if (view === 'month') return host.fmt({year: 'numeric', month: 'long'}, cursor);
  if (view === 'year') return host.fmt({year: 'numeric'}, cursor);
  return msg('All events', {id: 'cal.allEvents'});
}

/** Previous or next month (year in the year view). */
function step(host: CalendarHost, direction: -1 | 1): void {
  host.cursor = addMonths(host.cursor!, host.currentView === 'year' ? 12 * direction : direction);
}

function goToday(host: CalendarHost): void {
  const today = host.todayDay;
  host.cursor = today;
  if (host.currentView === 'list') scrollListTo(host, monthKey(today.y, today.m));
}

export function renderToolbar(host: CalendarHost, view: View, cursor: Day): TemplateResult {
  const prev =
    view === 'year' ? msg('Previous year', {id: 'cal.prevYear'}) : msg('Previous month', {id: 'cal.prevMonth'});
  const next = view === 'year' ? msg('Next year', {id: 'cal.nextYear'}) : msg('Next month', {id: 'cal.nextMonth'});
  return html`<div part="toolbar" class="toolbar">
    <div role="heading" aria-level=${level(host)} part="title" class="title" id="title" aria-live="polite">${periodTitle(host, view, cursor)}</div>
    <div class="nav">
      ${
        view === 'list'
          ? nothing
          : html`<button class="prev" aria-label=${prev} title=${prev} @click=${() => step(host, -1)}>
              <span aria-hidden="true">‹</span>
            </button>
            <button class="next" aria-label=${next} title=${next} @click=${() => step(host, 1)}>
              <span aria-hidden="true">›</span>
            </button>`
      }
      <button class="today" @click=${() => goToday(host)}>${msg('Today', {id: 'cal.today'})}</button>
    </div>
    <div class="views" role="group" aria-label=${msg('View', {id: 'cal.view'})}>
      ${VIEWS.map(
        (v) => html`<button aria-pressed=${v === view} data-view=${v} @click=${() => host.chooseView(v)}>
          ${viewLabel(v)}
        </button>`,
      )}
    </div>
    ${renderExport(host)}
  </div>`;
}

/**
 * "Download .ics". When some events are known only by month or year, it asks first (export-choice.ts,
 * loaded on the first press: most visitors never export).
 */
function renderExport(host: CalendarHost) {
  const all = host.filtered;
  const label = msg('Download .ics', {id: 'cal.export'});
  if (all.every((e) => knownToTheDay(e.startDate))) {
    return html`<button class="export" @click=${() => void host.download(all, 'events.ics')}>${label}</button>`;
  }
  return html`<div class="export-wrap">
    <button class="export" aria-expanded=${host.exportOpen} aria-controls="export-choice" @click=${() => host.toggleExport()}>
      ${label}
    </button>
    ${host.exportOpen && host.exportChoice ? host.exportChoice(host, all, label) : nothing}
  </div>`;
}
