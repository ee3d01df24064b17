/**
 * The list view: every shown event in calendar order, grouped under year and month headers, as one
 * listbox (one Tab stop; arrows, Page Up/Down, Home and End move, Enter opens). Long lists draw only the
 * rows in view (core/controllers/windowed-rows.ts, owned by the element as `host.rows`).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import type {EventItem, TwinData} from '../core/merge.js';
import {formatPartialRange} from '../core/partial-date.js';
import {formatLabel} from '../core/labels.js';
import type {Row} from './model.js';
import type {CalendarHost} from './host.js';

/** "month and day not given", "day not given", or '' for an event known to the day. */
export function precisionNote(e: EventItem): string {
  const p = e.startDate.precision;
  if (p === 'year') return msg('month and day not given', {id: 'cal.precision.year'});
  if (p === 'month') return msg('day not given', {id: 'cal.precision.month'});
  return '';
}

/** The row index of the list's event `index` (rows include the headers). */
const rowOf = (rows: readonly Row[], index: number) => rows.findIndex((r) => r.kind === 'event' && r.index === index);

function rowLabel(host: CalendarHost, row: Extract<Row, {kind: 'header'}>): string {
  if (row.key.length === 4) {
    return msg(str`${host.fmt({year: 'numeric'}, {y: Number(row.key), m: 1, d: 1})}, during the year`, {
      id: 'cal.list.year',
    });
  }
  const [y, m] = row.key.split('-').map(Number);
  return host.fmt({year: 'numeric', month: 'long'}, {y: y!, m: m!, d: 1});
}

/** Scrolls the list to the first group at or after `key` (`YYYY-MM`) and makes its first event current. */
export function scrollListTo(host: CalendarHost, key: string): void {
  void host.updateComplete.then(() => {
    const rows = host.everything.rows;
    const at = rows.findIndex((r) => r.kind === 'header' && r.key >= key);
    if (at < 0) return;
    host.rows.scrollToIndex(at, 'start');
    const next = rows.slice(at).find((r) => r.kind === 'event') as Extract<Row, {kind: 'event'}> | undefined;
    if (next) host.listFocus = next.index;
  });
}

function onListKey(host: CalendarHost, e: KeyboardEvent): void {
  const last = host.filtered.length - 1;
  let next = host.listFocus;
  switch (e.key) {
    case 'ArrowDown':
      next++;
      break;
    case 'ArrowUp':
      next--;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    case 'PageDown':
      next += 10;
      break;
    case 'PageUp':
      next -= 10;
      break;
    case 'Enter':
    case ' ':
      e.preventDefault();
      host.dialog.openEvent(host.everything.sorted[host.listFocus], e.target as HTMLElement);
      return;
    default:
      return;
  }
  e.preventDefault();
  host.listFocus = Math.max(0, Math.min(last, next));
  host.rows.scrollToIndex(rowOf(host.everything.rows, host.listFocus));
  host.pendingFocus = 'list';
}

function renderRow(host: CalendarHost, row: Row, data: TwinData, total: number): TemplateResult {
  if (row.kind === 'header') return html`<div class="row group" aria-hidden="true">${rowLabel(host, row)}</div>`;
  const e = row.event;
  const title = host.feedText(e.title, data);
  const text = title?.text ?? e.id;
  const when = formatPartialRange(e.startDate, e.endDate, host.locale, data.timeZone);
  const note = precisionNote(e);
  return html`<div part="event" class="row event" role="option" aria-selected="false" aria-setsize=${total} aria-posinset=${row.index + 1}
    tabindex=${row.index === host.listFocus ? 0 : -1} data-event=${e.id}
    @click=${(ev: Event) => {
      host.listFocus = row.index;
      host.dialog.openEvent(e, ev.currentTarget as HTMLElement);
    }}>
    <span class="when">${when}${note ? html`<span class="visually-hidden"> (${note})</span>` : nothing}</span>
    <span class="what" lang=${ifDefined(title?.lang)} title=${text}>${text}</span>
    <span class="fmt">${formatLabel(e.format ?? 'unstated')}</span>
  </div>`;
}

export function renderList(host: CalendarHost, data: TwinData): TemplateResult {
  const rows = host.everything.rows;
  const slice = host.rows.slice(rows.length, rowOf(rows, host.listFocus));
  const total = host.filtered.length;
  // Spacers stand in for the rows not drawn (sized by the controller after each update).
  const parts = host.rows
    .parts(slice, rows.length)
    .map((p) =>
      typeof p === 'number'
        ? html`<div class="spacer" aria-hidden="true" data-height=${p}></div>`
        : rows.slice(p[0], p[1]).map((row) => renderRow(host, row, data, total)),
    );
  return html`<div class=${`list-scroll${slice.windowed ? ' windowed' : ''}`} @scroll=${slice.windowed ? host.rows.onScroll : nothing}>
    <div part="list" class="list" role="listbox" aria-label=${msg('Events', {id: 'cal.events'})} @keydown=${(e: KeyboardEvent) => onListKey(host, e)}>
      ${parts}
    </div>
  </div>`;
}
