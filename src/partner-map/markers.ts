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

/**
 * A marker's button, holding the marker it draws (its map point and rank), which the view and the name
 * layout read: no attributes to write and parse back for every marker.
 */
export type MarkerElement = HTMLButtonElement & {marker: Marker};
declare global {
  interface HTMLButtonElement {
    /** A partner map marker's button: the marker it draws (typed in `MarkerElement`). */
    marker?: unknown;
  }
}

/** The text of a template made of texts only. */
const textOf = (t: TemplateResult): string => t.strings.reduce((text, s, i) => text + (t.values[i - 1] as string) + s);

/** The name beside a marker, in its language (a `lang` on the label itself: no element per name). */
const label = (words: {text: string; lang?: string}) =>
  html`<span class="label" aria-hidden="true" lang=${ifDefined(words.lang)}>${words.text}</span>`;

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
  return html`<svg class="symbol ${relation} ${status}" viewBox="0 0 20 20" aria-hidden="true">
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
    >
      <svg part="basemap" class="basemap" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
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
  // A marker's name is its `aria-label`, in one piece with the reader's punctuation, and begins with the
  // words shown beside it (WCAG 2.5.3, label in name: those who speak to their computer say "click
  // Niigata", or "click Harbin, Jiamusi and 2 more" for a group). It is plain text: an accessible name is
  // one string, so a `lang` inside it would reach no screen reader; and no hidden element carries it, as
  // each would be one more box to create, shape and lay out for every marker (a hundred groups at 500
  // partners).
  const comma = listComma(locale);
  const cjk = comma === '、';
  const stop = cjk ? '。' : '. ';
  const group = m.kind === 'group';
  const button = (content: unknown, cls: string, part: string, label: string) => html`<button
      part=${part}
      class="marker ${cls}${selected ? ' selected' : ''}"
      data-id=${m.id === HOME ? (home?.id ?? '') : m.id}
      .marker=${m}
      tabindex=${active ? 0 : -1}
      aria-label=${label}
      aria-haspopup=${ifDefined(group ? undefined : 'dialog')}
      aria-expanded=${ifDefined(group ? undefined : selected)}
      @click=${on}
      @keydown=${on}
      @focus=${on}
    >${content}</button>`;
  if (group) {
    const withHome = m.members.includes(HOME);
    // The home city leads its group: its name comes first.
    const names = (withHome ? [HOME, ...m.members.filter((id) => id !== HOME)] : m.members).map((id) =>
      id === HOME ? home : byId.get(id)?.city,
    );
    const n = formatNumber(m.members.length, locale);
    const words = names.slice(0, NAMED_IN_GROUP).map((c) => host.cityWords(c));
    // What the group holds, in words beside it: "Harbin and Jiamusi", "Harbin, Jiamusi and 2 more"; its
    // name begins with the same words. Only the first two are named beside it, in their language when
    // both are in the same one, else in the map's.
    const [x, y] = words;
    // The message is `html` (as its compiled translations are), of texts only: its text is its parts joined.
    const shown =
      names.length === 2
        ? joinTemplates([x!.text, y!.text], locale).join('')
        : textOf(
            msg(html`${x!.text}, ${y!.text} and ${formatNumber(names.length - 2, locale)} more`, {
              id: 'map.group.label',
            }),
          );
    return button(
      // The count and the badge draw their number from `data-n` (CSS `content`): they are not text of the
      // button, whose text is then only the words shown beside it, all of which its name begins with.
      html`${withHome ? symbol('home', 'active') : nothing}<span
          class=${withHome ? 'badge' : 'count'}
          aria-hidden="true"
          data-n=${withHome ? `+${formatNumber(m.members.length - 1, locale)}` : n}
        ></span
        >${label({text: shown, lang: x!.lang === y!.lang ? x!.lang : undefined})}`,
      withHome ? 'group with-home' : 'group',
      'marker group-marker',
      `${shown}${stop}${
        withHome
          ? msg(str`${n} places, the home city among them:`, {id: 'map.group.home'})
          : msg(str`${n} partners:`, {id: 'map.group'})
      }${cjk ? '' : ' '}${words.map((w) => w.text).join(comma)}${
        names.length > NAMED_IN_GROUP
          ? `${comma}${msg(str`${formatNumber(names.length - NAMED_IN_GROUP, locale)} more`, {id: 'map.group.more'})}`
          : ''
      }${stop}${msg('Zoom in to see them.', {id: 'map.group.zoom'})}`,
    );
  }
  if (m.kind === 'home') {
    const words = host.cityWords(home);
    return button(
      html`${symbol('home', 'active')}${label(words)}`,
      'home',
      'marker home-marker',
      words.text + comma + msg('home city', {id: 'map.home'}),
    );
  }
  const p = byId.get(m.id)!;
  const words = host.cityWords(p.city);
  return button(
    html`${symbol(p.relation, p.status)}${label(words)}`,
    `partner ${p.relation} ${p.status}`,
    'marker',
    [
      words.text,
      countryName(p.city.country, locale),
      relationLabel(p.relation),
      ...(p.status !== 'active' ? [statusLabel(p.status)] : []),
    ].join(comma),
  );
}
