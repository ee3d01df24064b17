/**
 * The .ics download's choice, loaded on the first press of "Download .ics" in a feed with events known
 * only by month or year: such events become month-long or year-long all-day entries, which Google
 * Calendar or Outlook show as banners, so the reader may leave them out.
 */
import {html, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../core/format.js';
import type {EventItem} from '../core/merge.js';
import {knownToTheDay} from '../core/partial-date.js';
import type {CalendarHost} from './host.js';

export function renderExportChoice(host: CalendarHost, all: readonly EventItem[], label: string): TemplateResult {
  const exact = all.filter((e) => knownToTheDay(e.startDate));
  const choose = (events: readonly EventItem[]) => {
    host.exportOpen = false;
    void host.download(events, 'events.ics');
  };
  return html`<div id="export-choice" part="export-choice" class="export-choice" role="group" aria-label=${label} @keydown=${(
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
        {id: 'cal.export.hint'},
      )}
    </p>
  </div>`;
}
