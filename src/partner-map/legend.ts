/**
 * The legend under the map: the home city, the relation symbols and statuses that are on the map now,
 * what a group marker means, and how to move the map.
 */
import {level} from '../core/twin-element.js';
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {MapHost} from './host.js';
import {relationLabel, statusLabel} from './labels.js';
import {symbol} from './markers.js';
import {RELATIONS} from './model.js';
import {HOME} from './places.js';

export function renderLegend(host: MapHost) {
  const shown = host.shownPartners;
  const relations = RELATIONS.filter((r) => shown.some((p) => p.relation === r));
  const statuses = (['planned', 'suspended', 'ended'] as const).filter((s) => shown.some((p) => p.status === s));
  const groups = host.markers.some((m) => m.kind === 'group' && !m.members.includes(HOME));
  const homeGroup = host.markers.some((m) => m.kind === 'group' && m.members.includes(HOME));
  return html`<div part="legend" class="legend">
      <div role="heading" aria-level=${level(host)} class="visually-hidden">${msg('Legend', {id: 'map.legend'})}</div>
      <ul>
        ${host.places.home ? html`<li>${symbol('home', 'active')} ${msg('Home city', {id: 'map.legend.home'})}</li>` : nothing}
        ${relations.map((r) => html`<li>${symbol(r, 'active')} ${relationLabel(r)}</li>`)}
        ${statuses.map((s) => html`<li>${symbol(relations[0] ?? 'sister', s)} ${statusLabel(s)}</li>`)}
        ${
          groups
            ? html`<li><span class="count-sample" aria-hidden="true">3</span> ${msg('Partners close together: choose to zoom in', {id: 'map.legend.group'})}</li>`
            : nothing
        }
        ${
          homeGroup
            ? html`<li>${symbol('home', 'active')}<span class="count-sample" aria-hidden="true">+1</span> ${msg('The home city and partners next to it', {id: 'map.legend.homeGroup'})}</li>`
            : nothing
        }
      </ul>
      <p class="gestures">
        ${msg('Drag to move the map; zoom with the buttons, a double click, a pinch or Ctrl + scroll.', {id: 'map.legend.gestures'})}
      </p>
    </div>`;
}
