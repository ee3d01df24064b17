/**
 * The map itself: the frame that takes the gestures, the basemap with the partners' countries and the
 * great-circle arcs, the markers (single places with their names, groups, the home city), the zoom and
 * pan buttons, and the relation symbols that the legend, the chips, the card and the table share.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {countryName, formatNumber, listComma} from '../core/format.js';
import {joinTemplates} from '../core/date-display.js';
import {PAN_STEP, ZOOM_STEP} from './gesture-controller.js';
import type {MapHost} from './host.js';
import {relationLabel, statusLabel} from './labels.js';
import type {Relation, RelationStatus} from './model.js';
import {HOME, type Arc, type Marker} from './places.js';

/** A group's spoken name lists this many of its places, then how many more. */
const NAMED_IN_GROUP = 5;

/** The marker's shape: a circle for sister cities, a diamond for friendly cities, a triangle for others. */
export function symbol(relation: Relation | 'home', status: RelationStatus): TemplateResult {
  const shape =
    relation === 'home'
      ? svg`<path d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6L1.3 7.8l6.1-.7z"/>`
      : relation === 'sister'
        ? svg`<circle cx="10" cy="10" r="7.5"/>`
        : relation === 'friendly'
          ? svg`<path d="M10 1.5L18.5 10 10 18.5 1.5 10z"/>`
          : svg`<path d="M10 2l8.5 15.5h-17z"/>`;
  return html`<svg class="symbol ${relation} ${status}" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      ${shape}${status === 'suspended' ? svg`<path class="slash" d="M4 16L16 4"/>` : status === 'ended' ? svg`<path class="slash" d="M5 5l10 10M15 5L5 15"/>` : nothing}
    </svg>`;
}

export function renderMap(host: MapHost) {
  const {basemap: map, arcs} = host.places;
  const {gestures, markers} = host;
  const on = gestures.handlers;
  const countries = [...new Set(host.shownPartners.map((p) => p.city.country))];
  const selected = host.selection?.kind === 'city' ? host.selection.id : undefined;
  const shownIds = new Set(host.shownPartners.map((p) => p.city.id));
  const active = markers.find((m) => m.members.includes(host.activeId)) ?? markers[0];
  const {width, height} = host.frameSize;
  return html`<div
      part="map"
      class="frame"
      role="region"
      aria-label=${msg('Map of partner cities', {id: 'map.label'})}
      aria-describedby="summary"
      @pointerdown=${on.pointerdown}
      @pointermove=${on.pointermove}
      @pointerup=${on.pointerup}
      @pointercancel=${on.pointerup}
      @pointerleave=${on.pointerleave}
      @click=${on.click}
      @dblclick=${on.dblclick}
      @wheel=${on.wheel}
      data-width=${width}
      data-height=${height}
    >
      <svg part="basemap" class="basemap" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
        <g class="viewport">
          <path class="water" d=${map.sphere}></path>
          <path class="graticule" d=${map.graticule}></path>
          <path class="land" d=${map.land}></path>
          ${countries.map((c) => svg`<path class="partner-country" data-country=${c} d=${map.country(c)}></path>`)}
          <path class="borders" d=${map.borders}></path>
          <path class="outside" d=${map.outside}></path>
          <g class="arcs">${renderArcs(arcs, host.shownPartners, shownIds, selected)}</g>
        </g>
      </svg>
      <div class="markers" role="group" aria-label=${msg('Partners on the map', {id: 'map.markers'})} aria-describedby="keys">
        ${markers.map((m) => renderMarker(host, m, m === active, m.id === selected))}
      </div>
      <p id="keys" class="visually-hidden">
        ${msg('Arrow keys move between the places on the map; Enter opens one. Plus and minus zoom, Shift with an arrow key moves the map, 0 shows all the partners again.', {id: 'map.keys'})}
      </p>
      <p class="hint ${gestures.hint ? 'shown' : ''}" aria-hidden="true">${gestures.hint}</p>
    </div>
      <div part="controls" class="controls">
        ${control('zoom-in', msg('Zoom in', {id: 'map.zoomIn'}), '+', () => void host.zoomBy(ZOOM_STEP))}
        ${control('zoom-out', msg('Zoom out', {id: 'map.zoomOut'}), '−', () => void host.zoomBy(1 / ZOOM_STEP))}
        ${control('reset', msg('Show all partners', {id: 'map.reset'}), '⤢', () => void host.resetView())}
        <div class="pan">
          ${control('pan-up', msg('Pan up', {id: 'map.panUp'}), '↑', () => void host.panBy(0, PAN_STEP))}
          ${control('pan-left', msg('Pan left', {id: 'map.panLeft'}), '←', () => void host.panBy(PAN_STEP, 0))}
          ${control('pan-right', msg('Pan right', {id: 'map.panRight'}), '→', () => void host.panBy(-PAN_STEP, 0))}
          ${control('pan-down', msg('Pan down', {id: 'map.panDown'}), '↓', () => void host.panBy(0, -PAN_STEP))}
        </div>
      </div>`;
}

/** Above this many arcs, they are drawn as one path per relation and status (and the chosen partner's on its own). */
const ONE_PATH_EACH = 80;

const arcPath = (a: Arc, selected: string | undefined) =>
  svg`<path part="arc" class="arc ${a.relation} ${a.status}${a.id === selected ? ' selected' : ''}" data-city=${a.id} d=${a.d}></path>`;

const bundles = new WeakMap<readonly Arc[], {shown: readonly unknown[]; selected?: string; out: TemplateResult[]}>();

/**
 * The arcs of the shown partners. Hundreds of arcs are a few paths (the same look: arcs of one relation
 * and status share their stroke), not hundreds of elements to create, style and lay out; the bundles
 * are made once per feed, filter and chosen partner.
 */
function renderArcs(arcs: readonly Arc[], shown: readonly unknown[], ids: ReadonlySet<string>, selected?: string) {
  const list = arcs.filter((a) => ids.has(a.id));
  if (list.length <= ONE_PATH_EACH) return list.map((a) => arcPath(a, selected));
  const b = bundles.get(arcs);
  if (b && b.shown === shown && b.selected === selected) return b.out;
  const byKind = new Map<string, string[]>();
  for (const a of list) {
    if (a.id === selected) continue;
    const key = `${a.relation} ${a.status}`;
    const ds = byKind.get(key);
    if (ds) ds.push(a.d);
    else byKind.set(key, [a.d]);
  }
  const out = [...byKind].map(([kind, ds]) => svg`<path part="arc" class="arc ${kind}" d=${ds.join('')}></path>`);
  for (const a of list) if (a.id === selected) out.push(arcPath(a, selected));
  bundles.set(arcs, {shown, selected, out});
  return out;
}

function control(name: string, label: string, glyph: string, action: () => void) {
  return html`<button class=${name} aria-label=${label} title=${label} @click=${action}><span aria-hidden="true">${glyph}</span></button>`;
}

function renderMarker(host: MapHost, m: Marker, active: boolean, selected: boolean) {
  const {home, byId} = host.places;
  const locale = host.locale;
  const on = (e: Event) => host.onMarker(e, m);
  // A marker's name is spoken from its hidden text, in one piece with the reader's punctuation: a name
  // beside it is a box of its own, and the texts of two boxes are joined with a space (", " after "Niigata"
  // would be spoken "Niigata , "); whitespace alone between a template's parts is left out. That text is
  // plain: an accessible name is one string, so a `lang` inside it would reach no screen reader, and each
  // name's span would be one more element to create and lay out for every marker. A single place's name
  // is its `aria-label` (no element at all): it begins with the name shown beside it, as a label must for
  // those who speak to their computer ("click Niigata"); a group's shown text ("Harbin, Jiamusi and 2
  // more") is not part of its spoken one, so a group is named by its content.
  const comma = listComma(locale);
  const cjk = comma === '、';
  const stop = cjk ? '。' : '. ';
  const button = (content: unknown, cls: string, part: string, label?: string) => html`<button
      part=${part}
      class="marker ${cls}${selected ? ' selected' : ''}"
      data-id=${m.id === HOME ? (home?.id ?? '') : m.id}
      data-x=${m.x}
      data-y=${m.y}
      data-rank=${m.rank}
      tabindex=${active ? 0 : -1}
      aria-label=${ifDefined(label)}
      aria-haspopup=${ifDefined(m.kind === 'group' ? undefined : 'dialog')}
      aria-expanded=${ifDefined(m.kind === 'group' ? undefined : selected)}
      @click=${on}
      @keydown=${on}
      @focus=${on}
    >${content}</button>`;
  if (m.kind === 'group') {
    const withHome = m.members.includes(HOME);
    // The home city leads its group: its name comes first.
    const names = (withHome ? [HOME, ...m.members.filter((id) => id !== HOME)] : m.members).map((id) =>
      id === HOME ? home : byId.get(id)?.city,
    );
    const n = formatNumber(m.members.length, locale);
    // Only the first two are named beside it: no template for the others.
    const [a, b] = names.slice(0, 2).map((c) => host.cityName(c));
    // What the group holds, in words beside it: "Harbin and Jiamusi", "Harbin, Jiamusi and 2 more".
    const shown =
      names.length === 2
        ? joinTemplates([a, b], locale)
        : msg(html`${a}, ${b} and ${formatNumber(names.length - 2, locale)} more`, {id: 'map.group.label'});
    return button(
      html`${
        withHome
          ? html`${symbol('home', 'active')}<span class="badge" aria-hidden="true">+${formatNumber(m.members.length - 1, locale)}</span>`
          : html`<span class="count" aria-hidden="true">${n}</span>`
      }<span class="label" aria-hidden="true">${shown}</span><span class="visually-hidden"
            >${`${
              withHome
                ? msg(str`${n} places, the home city among them:`, {id: 'map.group.home'})
                : msg(str`${n} partners:`, {id: 'map.group'})
            }${cjk ? '' : ' '}${names
              .slice(0, NAMED_IN_GROUP)
              .map((c) => host.cityText(c))
              .join(comma)}${
              names.length > NAMED_IN_GROUP
                ? `${comma}${msg(str`${formatNumber(names.length - NAMED_IN_GROUP, locale)} more`, {id: 'map.group.more'})}`
                : ''
            }${stop}${msg('Zoom in to see them.', {id: 'map.group.zoom'})}`}</span
          >`,
      withHome ? 'group with-home' : 'group',
      'marker group-marker',
    );
  }
  if (m.kind === 'home') {
    return button(
      html`${symbol('home', 'active')}<span class="label" aria-hidden="true">${host.cityName(home)}</span>`,
      'home',
      'marker home-marker',
      host.cityText(home) + comma + msg('home city', {id: 'map.home'}),
    );
  }
  const p = byId.get(m.id)!;
  return button(
    html`${symbol(p.relation, p.status)}<span class="label" aria-hidden="true">${host.cityName(p.city)}</span>`,
    `partner ${p.relation} ${p.status}`,
    'marker',
    [
      host.cityText(p.city),
      countryName(p.city.country, locale),
      relationLabel(p.relation),
      ...(p.status !== 'active' ? [statusLabel(p.status)] : []),
    ].join(comma),
  );
}
