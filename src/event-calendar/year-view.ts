/**
 * The year view: the events known only by year, then the twelve months with their counts and first
 * events; a month's name opens it in the month view.
 */
import {level} from '../core/twin-element.js';
import {html, nothing, type TemplateResult} from 'lit';
import type {TwinData} from '../core/merge.js';
import {monthKey, type Day} from './model.js';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../core/format.js';
import {renderEventButton, renderYearBand} from './month-view.js';
import type {CalendarHost} from './host.js';

/** Events listed under a month before "+k more". */
const SHOWN = 4;

export function renderYear(host: CalendarHost, data: TwinData, cursor: Day): TemplateResult {
  const index = host.index;
  const months = Array.from({length: 12}, (_, i) => i + 1);
  const monthName = host.dtf({month: 'long'});
  return html`<div part="year" class="year">
    <div part="bands" class="bands">
      ${renderYearBand(host, data, cursor, true)}
    </div>
    <ol class="months">
      ${months.map((m) => {
        const key = monthKey(cursor.y, m);
        // The month's events known only by month, then those on its days (a multi-day event once).
        const found = new Set(index.byMonth.get(key));
        for (let d = 1; d <= 31; d++) {
          for (const e of index.byDay.get(`${key}-${String(d).padStart(2, '0')}`) ?? []) found.add(e);
        }
        const events = [...found];
        const open = () => host.chooseView('month', {y: cursor.y, m, d: 1});
        const name = monthName.format(Date.UTC(cursor.y, m - 1, 1));
        return html`<li class=${`month${events.length ? '' : ' quiet'}`}>
          <div role="heading" aria-level=${level(host, 1)} class="mh">
            <button class="month-button" @click=${open}>${name}</button>
          </div>
          <p class="n">${host.count(events.length)}</p>
          ${
            events.length
              ? html`<ul>
                ${events.slice(0, SHOWN).map((e) => renderEventButton(host, e, data))}
              </ul>`
              : nothing
          }
          ${
            events.length > SHOWN
              ? html`<button class="more-chips" @click=${open}>
                ${msg(str`+${formatNumber(events.length - SHOWN, host.locale)} more`, {id: 'cal.more'})}
              </button>`
              : nothing
          }
        </li>`;
      })}
    </ol>
  </div>`;
}
