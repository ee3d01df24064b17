/**
 * The month view: the bands of events known only by month or year, and the grid of days (one Tab stop,
 * arrow keys between days, Page Up/Down between months, Enter lists a day's events). Also the event
 * button and the band that the year view and the dialog draw too.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {firstDayOfWeek, formatNumber} from '../core/format.js';
import type {EventItem, TwinData} from '../core/merge.js';
import * as details from '../core/detail-words.js';
import {
  addDays,
  addMonths,
  dayKey,
  daySpan,
  monthKey,
  monthWeeks,
  parseDay,
  startTime,
  toUtc,
  weekday,
  type Day,
} from './model.js';
import {layoutWeek, type Placed} from './month-layout.js';
import type {CalendarHost} from './host.js';

const BAND_SHOWN = 6;
/** Event titles a day cell's spoken name lists; Enter lists them all. */
const NAMED = 5;

/** Lists a day's events in the dialog (nothing happens for a day without events). */
const openDay = (host: CalendarHost, day: Day, from: HTMLElement) =>
  host.dialog.openDay(day, host.index.byDay.get(dayKey(day))?.length ?? 0, from);

const sameDay = (a: Day, b: Day) => a.y === b.y && a.m === b.m && a.d === b.d;

/** An event as a button that opens its details. */
export function renderEventButton(host: CalendarHost, e: EventItem, data: TwinData): TemplateResult {
  return html`<li>
    <button part="event" class="event-button" data-event=${e.id} @click=${(ev: Event) => host.dialog.openEvent(e, ev.currentTarget as HTMLElement)}>
      ${host.textSpan(e.title, data, e.id)}
    </button>
  </li>`;
}

/** Events known only by month (`m…` key) or by year (`y…`), folded after a few. */
export function renderBand(
  host: CalendarHost,
  key: string,
  heading: string,
  events: EventItem[],
  data: TwinData,
  open: boolean,
) {
  if (events.length === 0) return nothing;
  const all = host.expanded.has(key);
  const shown = all ? events : events.slice(0, BAND_SHOWN);
  return html`<details class="band" data-band=${key.startsWith('y') ? 'year' : 'month'} ?open=${open}>
    <summary>${heading} <span class="n">(${formatNumber(events.length, host.locale)})</span></summary>
    <ul>
      ${shown.map((e) => renderEventButton(host, e, data))}
    </ul>
    ${
      events.length > shown.length
        ? html`<button class="more-chips" @click=${() => host.expand(key)}>
          ${details.showAll(formatNumber(events.length, host.locale))}
        </button>`
        : nothing
    }
  </details>`;
}

/** The band of events known only by the cursor's year. */
export function renderYearBand(host: CalendarHost, data: TwinData, cursor: Day, open: boolean) {
  const yearText = host.fmt({year: 'numeric'}, cursor);
  return renderBand(
    host,
    `y${cursor.y}`,
    msg(str`During the year ${yearText}`, {id: 'cal.band.year'}),
    host.index.byYear.get(cursor.y) ?? [],
    data,
    open,
  );
}

/**
 * An event in its week row: a bar over the days it covers (its title once per row; flat where it goes on
 * in another row), or a one-day event with its start time.
 */
function renderChip(host: CalendarHost, p: Placed, data: TwinData): TemplateResult {
  const title = host.feedText(p.e.title, data);
  const time = p.before ? '' : startTime(p.e, host.locale, data.timeZone);
  return html`<li part="event" data-event=${p.e.id}
    class=${`chip-event s${p.span}${p.bar ? ' bar' : ''}${p.before ? ' before' : ''}${p.after ? ' after' : ''}`}><b>${time}</b> <span lang=${ifDefined(title?.lang)}>${title?.text ?? p.e.id}</span></li>`;
}

function onGridKey(host: CalendarHost, e: KeyboardEvent): void {
  const c = host.cursor!;
  const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
  const first = firstDayOfWeek(host.locale);
  const offset = (weekday(c) - first + 7) % 7;
  let next: Day | undefined;
  switch (e.key) {
    case 'ArrowLeft':
      next = addDays(c, rtl ? 1 : -1);
      break;
    case 'ArrowRight':
      next = addDays(c, rtl ? -1 : 1);
      break;
    case 'ArrowUp':
      next = addDays(c, -7);
      break;
    case 'ArrowDown':
      next = addDays(c, 7);
      break;
    case 'Home':
      next = addDays(c, -offset);
      break;
    case 'End':
      next = addDays(c, 6 - offset);
      break;
    case 'PageUp':
      next = addMonths(c, e.shiftKey ? -12 : -1);
      break;
    case 'PageDown':
      next = addMonths(c, e.shiftKey ? 12 : 1);
      break;
    case 'Enter':
    case ' ':
      e.preventDefault();
      openDay(host, c, e.target as HTMLElement);
      return;
    default:
      return;
  }
  e.preventDefault();
  host.cursor = next;
  host.pendingFocus = 'grid';
}

function onGridClick(host: CalendarHost, e: MouseEvent): void {
  const target = e.target as HTMLElement;
  const cell = target.closest<HTMLElement>('td[data-day]');
  if (!cell) return;
  const day = parseDay(cell.dataset['day'])!;
  const eventEl = target.closest<HTMLElement>('[data-event]');
  host.cursor = day;
  // An event opens its details; anywhere else in a day with events lists them.
  if (eventEl)
    host.dialog.openEvent(
      host.filtered.find((ev) => ev.id === eventEl.dataset['event']),
      cell,
    );
  else openDay(host, day, cell);
}

export function renderMonth(host: CalendarHost, data: TwinData, cursor: Day): TemplateResult {
  const index = host.index;
  const weeks = monthWeeks(cursor.y, cursor.m, firstDayOfWeek(host.locale));
  const today = host.todayDay;
  const long = host.dtf({weekday: 'long'});
  const short = host.dtf({weekday: 'short'});
  const cellLabel = host.dtf({weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'});
  const monthText = host.fmt({year: 'numeric', month: 'long'}, cursor);
  const range = host.dtf({month: 'long', day: 'numeric'});
  return html`
    <div part="bands" class="bands">
      ${renderBand(
        host,
        `m${monthKey(cursor.y, cursor.m)}`,
        msg(str`${monthText}: day not given`, {id: 'cal.band.month'}),
        index.byMonth.get(monthKey(cursor.y, cursor.m)) ?? [],
        data,
        true,
      )}
      ${renderYearBand(host, data, cursor, false)}
    </div>
    <table role="grid" part="grid" class="grid" aria-labelledby="title" @keydown=${(e: KeyboardEvent) => onGridKey(host, e)} @click=${(e: MouseEvent) => onGridClick(host, e)}>
      <thead>
        <tr>
          ${weeks[0]!.map((d) => {
            const name = long.format(toUtc(d));
            return html`<th scope="col" abbr=${name}><span aria-hidden="true">${short.format(toUtc(d))}</span><span class="visually-hidden">${name}</span></th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${weeks.map((week) => {
          const cells = layoutWeek(week, index.byDay, host.maxEvents);
          return html`<tr>
            ${week.map((day, i) => {
              const key = dayKey(day);
              const events = index.byDay.get(key) ?? [];
              const {levels, more} = cells[i]!;
              const outside = day.m !== cursor.m;
              const isToday = sameDay(day, today);
              const label = `${cellLabel.format(toUtc(day))}, ${events.length ? host.count(events.length) : msg('no events', {id: 'cal.noEvents'})}`;
              return html`<td part="day" data-day=${key} tabindex=${sameDay(day, cursor) ? 0 : -1}
                class=${`day${outside ? ' outside' : ''}${isToday ? ' today' : ''}${events.length ? ' has-events' : ''}`}
                aria-current=${ifDefined(isToday ? 'date' : undefined)}>
                <span class="visually-hidden">${label}${events.slice(0, NAMED).map((e, i) => {
                  const [a, b] = daySpan(e, data.timeZone)!;
                  const time = startTime(e, host.locale, data.timeZone);
                  return html`${i ? '; ' : ': '}${time ? `${time} ` : ''}${host.textSpan(e.title, data, e.id)}${sameDay(a, b) ? '' : `, ${range.formatRange(toUtc(a), toUtc(b))}`}`;
                })}${events.length > NAMED ? '; …' : ''}</span>
                <span class="num" aria-hidden="true">${formatNumber(day.d, host.locale)}</span>
                ${
                  events.length
                    ? html`<ul class="day-events" aria-hidden="true">
                      ${[...levels].map((p) => (p ? renderChip(host, p, data) : html`<li></li>`))}
                    </ul>
                    ${
                      more
                        ? html`<span class="more" aria-hidden="true" data-n=${`+${formatNumber(more, host.locale)}`}>${msg(str`+${formatNumber(more, host.locale)} more`, {id: 'cal.more'})}</span>`
                        : nothing
                    }`
                    : nothing
                }
              </td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>
    <p class="hint">${msg('Arrow keys move between days, Page Up and Page Down between months; Enter lists the day’s events.', {id: 'cal.keysHint'})}</p>
  `;
}
