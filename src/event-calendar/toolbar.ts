/**
 * The toolbar: the period's title, previous/next/today, the view switch and the .ics download (with
 * its choice between all events and those known to the day).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../core/format.js';
import type {EventItem} from '../core/merge.js';
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
    <div role="heading" aria-level=${host.level()} part="title" class="title" id="title" aria-live="polite">${periodTitle(host, view, cursor)}</div>
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
 * "Download .ics". When some events are known only by month or year, it asks first: such events
 * become month-long or year-long all-day entries, which Google Calendar or Outlook show as banners.
 */
function renderExport(host: CalendarHost) {
  const all = host.filtered;
  const exact = all.filter((e) => knownToTheDay(e.startDate));
  const label = msg('Download .ics', {id: 'cal.export'});
  if (exact.length === all.length) {
    return html`<button class="export" @click=${() => void host.download(all, 'events.ics')}>${label}</button>`;
  }
  const choose = (events: readonly EventItem[]) => {
    host.exportOpen = false;
    void host.download(events, 'events.ics');
  };
  return html`<div class="export-wrap">
    <button class="export" aria-expanded=${host.exportOpen} aria-controls="export-choice" @click=${() => (host.exportOpen = !host.exportOpen)}>
      ${label}
    </button>
    ${
      host.exportOpen
        ? html`<div id="export-choice" part="export-choice" class="export-choice" role="group" aria-label=${label} @keydown=${(
            e: KeyboardEvent,
          ) => {
            if (e.key === 'Escape') {
              host.exportOpen = false;
              void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('button.export')?.focus());
            }
          }}>
          <button data-ics="all" @click=${() => choose(all)}>
            ${msg(str`All events (${formatNumber(all.length, host.locale)})`, {id: 'cal.export.all'})}
          </button>
          <button data-ics="exact" @click=${() => choose(exact)}>
            ${msg(str`Only events with a known day (${formatNumber(exact.length, host.locale)})`, {id: 'cal.export.exact'})}
          </button>
          <p class="hint">
            ${msg(
              'Events known only by month or year are written as all-day events lasting that month or year. Google Calendar and Outlook show them as long banners: leave them out there.',
              {
                id: 'cal.export.hint',
              },
            )}
          </p>
        </div>`
        : nothing
    }
  </div>`;
}
