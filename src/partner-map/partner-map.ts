import {html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import {TwinElement} from '../core/twin-element.js';
import {TwinSelectEvent} from '../core/events.js';
import {countryName, formatList, formatNumber} from '../core/format.js';
import {resolveText, type ResolvedText} from '../core/localized-text.js';
import {safeHref} from '../core/links.js';
import type {PartnershipItem, TwinData} from '../core/merge.js';
import {formatPartialDate, parsePartialDate} from '../core/partial-date.js';
import {dateCell, dateNotKnown, dateStyles, finestPrecision, joinTemplates, sourcesNote} from '../core/date-display.js';
import {kindLabel} from '../core/place.js';
import {
  arc,
  basemapFor,
  clampView,
  fitView,
  maxZoom,
  project,
  toScreen,
  zoomAround,
  type Basemap,
  type Box,
  type Size,
  type View,
} from './geo.js';
import {
  columnLabel,
  compassLabel,
  inCountries,
  partnerCount,
  partnersIn,
  relationGroupLabel,
  relationLabel,
  statusLabel,
} from './labels.js';
import * as common from '../core/common-words.js';
import {
  RELATIONS,
  buildPartners,
  compassPoint,
  filterPartners,
  groupPoints,
  nextInDirection,
  parseRelations,
  relationCounts,
  sortPartners,
  summarize,
  type Direction,
  type Group,
  type Partner,
  type Relation,
  type RelationStatus,
  type SortKey,
  type Summary,
} from './model.js';
import {partnerMapStyles} from './partner-map.styles.js';

/** Markers closer than this (px) are grouped. */
const GROUP_RADIUS = 26;
/** At most this many markers at once; crowded maps group more widely. */
const MAX_MARKERS = 120;
/** Room (px) kept around the partners when the map fits them. */
const FIT_PADDING = 36;
/** Fitting the partners never zooms in further than this many times the whole world (one close partner). */
const FIT_LIMIT = 12;
/** Pan step of the buttons and Shift+arrows, px. */
const PAN_STEP = 96;
/** Zoom step of the buttons and +/−. */
const ZOOM_STEP = 2;
/** Names are written next to single markers while there are at most this many on the map. */
const LABELS_UP_TO = 40;
/** Drag threshold, px: below it a press is a click. */
const DRAG_SLOP = 4;
/** The width (px) of the zoom and pan buttons over the map. */
const CONTROLS_WIDTH = 72;
/** A group's spoken name lists this many of its places, then how many more. */
const NAMED_IN_GROUP = 5;
/** Room (px) for a name written beside a marker at the edge. */
const LABEL_ROOM = 56;
/** Up to this many markers follow a zoom gesture one by one; more are scaled as one layer until it ends. */
const LIVE_MARKERS = 80;
/** A gesture that pauses this long (ms) is drawn sharp and regrouped. */
const COMMIT_AFTER = 160;
const HOME = '\u0000home';

export type MapView = 'map' | 'list';
type Marker = Group & {kind: 'home' | 'partner' | 'group'};
type Selection = {kind: 'city'; id: string} | {kind: 'group'; members: string[]};

const ARROWS: Record<string, Direction> = {ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down'};

/**
 * The home city and its partners on a world map that needs no tile server, with a synchronized table.
 *
 * @tag twin-partner-map
 * @summary Partner cities on an offline world map: relation types, great-circle arcs, cards, a table view.
 *
 * @attr partner - A city id whose card is open from the start. Unlike the other elements, the map still shows
 *   every partner.
 *
 * @fires twin-select - A partner (or the home city) was opened. `detail`: `{kind: 'city', id}`.
 *
 * @csspart summary - The sentence that sums the partners up.
 * @csspart filters - The relation filter chips.
 * @csspart chip - One filter chip.
 * @csspart view-toggle - The "show as list" / "show as map" button.
 * @csspart map - The map frame.
 * @csspart basemap - The SVG world map with the arcs.
 * @csspart arc - One great-circle arc from the home city to a partner.
 * @csspart marker - A partner's marker (also `home-marker`, `group-marker`).
 * @csspart home-marker - The home city's marker (also a `marker`).
 * @csspart group-marker - Partners too close to tell apart, as one marker that zooms in (also a `marker`).
 * @csspart controls - The zoom and pan buttons.
 * @csspart legend - The legend under the map.
 * @csspart table - The table of partners.
 * @csspart card - The card of the chosen partner.
 *
 * @cssprop [--twin-map-water=light-dark(#dbe7f2, #0f1c28)] - Sea.
 * @cssprop [--twin-map-land=light-dark(#f5f3ee, #262c34)] - Land.
 * @cssprop [--twin-map-partner-land=light-dark(#e6ecd8, #2f3a31)] - Countries with a partner.
 * @cssprop [--twin-map-border=light-dark(#a9b4bf, #4b5562)] - Borders and coastlines.
 * @cssprop [--twin-map-sister=light-dark(#b3261e, #ff8f84)] - Sister-city markers and arcs.
 * @cssprop [--twin-map-friendly=light-dark(#0b5cad, #7cb7ff)] - Friendly-city markers and arcs.
 * @cssprop [--twin-map-other=light-dark(#6b3fa0, #cdb4ff)] - Other partners' markers and arcs.
 * @cssprop [--twin-map-home=light-dark(#1d2430, #f2f4f7)] - The home city's marker.
 */
export class TwinPartnerMap extends TwinElement {
  static override styles = [...TwinElement.styles, dateStyles, partnerMapStyles];
  /** Reactive properties are declared here, not with decorators: no decorator runtime in any entry. */
  static override properties: PropertyDeclarations = {
    view: {reflect: true},
    relation: {},
    listMode: {state: true},
    filters: {state: true},
    selection: {state: true},
    markers: {state: true},
    sortKey: {state: true},
    sortDescending: {state: true},
    announcement: {state: true},
    hint: {state: true},
    printing: {state: true},
  };

  /** `map` or `list` (the table). */
  view: 'map' | 'list' = 'map';

  /** Relation types to show (space-separated: `sister`, `friendly`, `other`). Empty: all. */
  relation = '';

  private listMode = false;
  private filters: ReadonlySet<Relation> = new Set();
  private selection: Selection | undefined;
  private markers: Marker[] = [];
  private sortKey: SortKey = 'distance';
  private sortDescending = false;
  private announcement = '';
  private hint = '';
  /** The page is being printed: the table is rendered (it is what prints instead of the map). */
  private printing = false;

  private get frame(): HTMLElement | null {
    return this.renderRoot.querySelector('.frame');
  }
  private get viewport(): SVGGElement | null {
    return this.renderRoot.querySelector('.viewport');
  }
  private get markerLayer(): HTMLElement | null {
    return this.renderRoot.querySelector('.markers');
  }

  protected override narrowsToPartner = false;

  #basemap: Basemap | undefined;
  #partners: Partner[] = [];
  #byId = new Map<string, Partner>();
  #shown: Partner[] = [];
  #positions = new Map<string, [number, number]>();
  #arcs: Array<{id: string; d: string; box: Box; home: boolean; relation: Relation; status: RelationStatus}> = [];
  #home: City | undefined;
  #size: Size = {width: 800, height: 450};
  #mapView: View = {k: 1, x: 0, y: 0};
  #groupedAt = 0;
  #moved = false;
  #activeId = HOME;
  #focusAfterRender = false;
  #returnFocus: HTMLElement | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #pointers = new Map<number, {x: number; y: number}>();
  #drag: {x: number; y: number; dragging: boolean} | undefined;
  #suppressClick = false;
  #activated = false;
  #animation = 0;
  #regroupFrame = 0;
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  #preselected = '';
  /** The view the basemap is drawn at, and the element it is drawn in. */
  #committed: View | undefined;
  #committedOn: Element | undefined;
  #commitTimer: ReturnType<typeof setTimeout> | undefined;
  /** The markers with their map positions, and the view they were placed at. */
  #markerEls: Array<[HTMLElement, number, number]> = [];
  #placed: View | undefined;
  #placedOn: Element | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resizeObserver = new ResizeObserver(() => this.#onResize());
      this.#resizeObserver.observe(this);
    }
    addEventListener('beforeprint', this.#onBeforePrint);
    addEventListener('afterprint', this.#onAfterPrint);
  }

  #onBeforePrint = (): void => {
    this.printing = true;
    // Before the page is laid out for print, not in a later microtask.
    this.performUpdate();
  };
  #onAfterPrint = (): void => {
    this.printing = false;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    removeEventListener('beforeprint', this.#onBeforePrint);
    removeEventListener('afterprint', this.#onAfterPrint);
    clearTimeout(this.#commitTimer);
    cancelAnimationFrame(this.#animation);
    cancelAnimationFrame(this.#regroupFrame);
    clearTimeout(this.#hintTimer);
  }

  /** The partners on the map now (after the relation filter), for scripts and tests. */
  get shownPartners(): readonly Partner[] {
    return this.#shown;
  }

  /** The view now: the map is scaled by `k` and moved by `x`, `y` pixels in the frame (read-only; for scripts and tests). */
  get mapTransform(): Readonly<View> {
    return this.#mapView;
  }

  /** The current zoom relative to the whole world (1 = the whole world fits). */
  get zoom(): number {
    return this.#basemap
      ? this.#mapView.k / Math.min(this.#size.width / this.#basemap.width, this.#size.height / this.#basemap.height)
      : 1;
  }

  // ---- data ----------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('relation')) this.filters = parseRelations(this.relation);
    if (changed.has('view')) this.listMode = this.view === 'list';
    const data = this.twinData;
    if (!data) return;
    const dataChanged = changed.has('twinData' as keyof TwinPartnerMap);
    if (dataChanged) this.#prepare(data);
    if (dataChanged || changed.has('filters' as keyof TwinPartnerMap)) {
      this.#shown = filterPartners(this.#partners, this.filters);
      if (dataChanged && !this.#moved) this.#fit();
      this.markers = this.#group();
    }
    if ((dataChanged || changed.has('partner')) && this.partner !== this.#preselected) {
      const before = this.#preselected === this.#home?.id ? HOME : this.#preselected;
      this.#preselected = this.partner;
      const id = this.partner === this.#home?.id ? HOME : this.partner;
      if (id === HOME || this.#byId.has(id)) {
        this.selection = {kind: 'city', id};
        this.#activeId = id;
        this.markers = this.#group();
        this.#revealSoon(id);
      } else if (before && this.selection?.kind === 'city' && this.selection.id === before) {
        // `partner` cleared (or set to a city the feed does not have): the card it opened closes.
        this.selection = undefined;
        this.markers = this.#group();
      }
    }
  }

  #prepare(data: TwinData): void {
    this.#home = data.home;
    this.#partners = buildPartners(data);
    this.#byId = new Map(this.#partners.map((p) => [p.city.id, p]));
    const lons = this.#partners.map((p) => p.city.coordinates[0]);
    const centre = this.#home ? this.#home.coordinates[0] : circularMean(lons);
    this.#basemap = basemapFor(centre);
    this.#positions = new Map();
    if (this.#home) {
      const p = project(this.#basemap, this.#home.coordinates);
      if (p) this.#positions.set(HOME, p);
    }
    for (const partner of this.#partners) {
      const p = project(this.#basemap, partner.city.coordinates);
      if (p) this.#positions.set(partner.city.id, p);
    }
    this.#arcs = [];
    for (const partner of this.#partners) {
      for (const link of partner.partnerships) {
        const otherId = link.from === partner.city.id ? link.city : link.from;
        const other = data.cityById.get(otherId);
        if (!other) continue;
        this.#arcs.push({
          id: partner.city.id,
          ...arc(this.#basemap, other.coordinates, partner.city.coordinates),
          home: other === this.#home,
          relation: link.type,
          status: link.status,
        });
      }
    }
    if (this.selection?.kind === 'city' && this.selection.id !== HOME && !this.#byId.has(this.selection.id))
      this.selection = undefined;
  }

  /** The view that shows the home city, the shown partners and the arcs between them. */
  #fit(): void {
    const map = this.#basemap;
    if (!map) return;
    // The home city, the shown partners, and the arcs from home (they bulge towards the pole).
    const boxes: Box[] = [];
    for (const p of [this.#home ? HOME : undefined, ...this.#shown.map((q) => q.city.id)]) {
      const at = p && this.#positions.get(p);
      if (at) boxes.push([at, at]);
    }
    const shown = new Set(this.#shown.map((q) => q.city.id));
    for (const a of this.#arcs) if (a.home && shown.has(a.id)) boxes.push(a.box);
    if (boxes.length === 0) {
      this.#mapView = fitView(
        [
          [0, 0],
          [map.width, map.height],
        ],
        map,
        this.#size,
        0,
      );
    } else {
      const box: Box = [
        [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
        [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
      ];
      this.#mapView = fitView(box, map, this.#size, FIT_PADDING, FIT_LIMIT, this.#controlsReserve());
    }
    this.#groupedAt = 0;
  }

  /**
   * Room kept free when fitting: the zoom and pan buttons cover a strip at the start side (none on a
   * phone, where they sit under the map), and names are written beside markers on the end side.
   */
  #controlsReserve(): {left?: number; right?: number} {
    const start = this.#size.width < 480 ? 0 : CONTROLS_WIDTH;
    return getComputedStyle(this).direction === 'rtl'
      ? {left: LABEL_ROOM, right: start}
      : {left: start, right: LABEL_ROOM};
  }

  /** Markers for the current zoom: the home city and the shown partners, close ones grouped. */
  #group(): Marker[] {
    const k = this.#mapView.k;
    this.#groupedAt = k;
    const selected = this.selection?.kind === 'city' ? this.selection.id : undefined;
    const points = [];
    const home = this.#positions.get(HOME);
    if (home && selected !== HOME) points.push({id: HOME, x: home[0], y: home[1]});
    const order = [...this.#shown].sort(
      (a, b) =>
        RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) || (a.distanceKm ?? 0) - (b.distanceKm ?? 0),
    );
    for (const p of order) {
      const at = this.#positions.get(p.city.id);
      if (at && p.city.id !== selected) points.push({id: p.city.id, x: at[0], y: at[1]});
    }
    // Where hundreds of places crowd the frame, group more widely: at most MAX_MARKERS markers, so the
    // map stays readable and quick however many partners there are.
    let radius = GROUP_RADIUS;
    let groups = groupPoints(points, radius / k);
    while (groups.length > MAX_MARKERS && radius < 200) {
      radius *= 1.25;
      groups = groupPoints(points, radius / k);
    }
    const markers: Marker[] = groups.map((g) => ({
      ...g,
      // The home city's group stays where the home city is: the arcs start there.
      ...(g.id === HOME && home ? {x: home[0], y: home[1]} : {}),
      kind: g.members.length > 1 ? 'group' : g.id === HOME ? 'home' : 'partner',
    }));
    // The chosen partner always has its own marker, on top.
    if (selected) {
      const at = this.#positions.get(selected);
      if (at && (selected === HOME || this.#shown.some((p) => p.city.id === selected))) {
        markers.push({
          id: selected,
          x: at[0],
          y: at[1],
          members: [selected],
          kind: selected === HOME ? 'home' : 'partner',
        });
      }
    }
    return markers;
  }

  #scheduleRegroup(): void {
    if (this.#regroupFrame) return;
    this.#regroupFrame = requestAnimationFrame(() => {
      this.#regroupFrame = 0;
      if (Math.abs(this.#mapView.k - this.#groupedAt) > 1e-9) this.#regroup();
    });
  }

  /**
   * Groups the markers again. Marker elements are reused in order, so one that had the focus may now
   * stand for another place: the focus goes to the marker that holds the focused place.
   */
  #regroup(): void {
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const hadFocus = focused instanceof HTMLElement && focused.classList.contains('marker');
    this.markers = this.#group();
    if (hadFocus) void this.updateComplete.then(() => this.#focusActiveMarker());
  }

  // ---- the view ------------------------------------------------------------------------------

  #onResize(): void {
    const width = Math.round(this.clientWidth);
    if (!width) return;
    const size = frameSize(width);
    if (size.width === this.#size.width && size.height === this.#size.height) return;
    const before = this.#size;
    this.#size = size;
    if (!this.#basemap) return;
    if (this.#moved) {
      // Keep the same place in the middle.
      const cx = (before.width / 2 - this.#mapView.x) / this.#mapView.k;
      const cy = (before.height / 2 - this.#mapView.y) / this.#mapView.k;
      this.#mapView = clampView(
        {k: this.#mapView.k, x: size.width / 2 - cx * this.#mapView.k, y: size.height / 2 - cy * this.#mapView.k},
        this.#basemap,
        size,
      );
    } else {
      this.#fit();
    }
    this.#regroup();
    this.requestUpdate();
  }

  /**
   * Writes the view to the DOM without a re-render: the markers' custom properties, and the basemap's
   * transform. During a gesture (`live`) the basemap drawn at the last committed view is only moved and
   * scaled as a whole (a compositor transform: no redraw of thousands of path points per frame); the
   * commit at the end of the gesture draws it sharp at the new view.
   */
  #applyView(live = false): void {
    const v = this.#mapView;
    const g = this.viewport;
    const svg = g?.ownerSVGElement;
    if (g && svg) {
      const c = this.#committed;
      if (!live || !c || this.#committedOn !== g) {
        if (!c || this.#committedOn !== g || c.k !== v.k || c.x !== v.x || c.y !== v.y) {
          g.setAttribute('transform', `translate(${v.x.toFixed(2)} ${v.y.toFixed(2)}) scale(${v.k.toFixed(5)})`);
        }
        svg.style.removeProperty('transform');
        this.#committed = v;
        this.#committedOn = g;
      } else {
        const s = v.k / c.k;
        svg.style.transform = `translate(${(v.x - s * c.x).toFixed(2)}px, ${(v.y - s * c.y).toFixed(2)}px) scale(${s.toFixed(5)})`;
      }
    }
    const layer = this.markerLayer;
    if (!layer) return;
    const p = this.#placed;
    if (p && this.#placedOn === layer && (p.k === v.k || (live && this.#markerEls.length > LIVE_MARKERS))) {
      // A pan moves the marker layer as a whole. So does a zoom gesture over many markers (they grow or
      // shrink with the map for a moment), since moving each of hundreds of markers costs a frame.
      const s = v.k / p.k;
      layer.style.transform = `translate(${(v.x - s * p.x).toFixed(2)}px, ${(v.y - s * p.y).toFixed(2)}px)${s === 1 ? '' : ` scale(${s.toFixed(5)})`}`;
      return;
    }
    layer.style.removeProperty('transform');
    for (const [el, x, y] of this.#markerEls)
      el.style.transform = `translate(${(x * v.k + v.x).toFixed(2)}px, ${(y * v.k + v.y).toFixed(2)}px)`;
    this.#placed = v;
    this.#placedOn = layer;
  }

  /** Sets the view; `live` for gestures: the basemap is redrawn and the markers regrouped once they pause. */
  #setView(view: View, live = false): void {
    if (!this.#basemap) return;
    this.#mapView = clampView(view, this.#basemap, this.#size);
    this.#moved = true;
    this.#applyView(live);
    clearTimeout(this.#commitTimer);
    if (live) this.#commitTimer = setTimeout(() => this.#commit(), COMMIT_AFTER);
    else this.#scheduleRegroup();
  }

  /** The end of a gesture: the basemap drawn sharp at the view, the markers regrouped. */
  #commit(): void {
    clearTimeout(this.#commitTimer);
    this.#commitTimer = undefined;
    this.#applyView(false);
    this.#scheduleRegroup();
  }

  get #reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Moves to `target`, animated unless the visitor prefers reduced motion. */
  #animateTo(target: View): Promise<void> {
    cancelAnimationFrame(this.#animation);
    if (!this.#basemap) return Promise.resolve();
    const end = clampView(target, this.#basemap, this.#size);
    const start = this.#mapView;
    this.#moved = true;
    if (this.#reducedMotion) {
      this.#setView(end);
      return Promise.resolve();
    }
    const {width, height} = this.#size;
    const c0 = [(width / 2 - start.x) / start.k, (height / 2 - start.y) / start.k];
    const c1 = [(width / 2 - end.x) / end.k, (height / 2 - end.y) / end.k];
    const began = performance.now();
    const duration = 220;
    return new Promise((resolve) => {
      const step = (now: number) => {
        const t = Math.min(1, (now - began) / duration);
        const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        const k = start.k * (end.k / start.k) ** e;
        const cx = c0[0]! + (c1[0]! - c0[0]!) * e;
        const cy = c0[1]! + (c1[1]! - c0[1]!) * e;
        this.#mapView = {k, x: width / 2 - cx * k, y: height / 2 - cy * k};
        this.#applyView(t < 1);
        if (t < 1) {
          this.#animation = requestAnimationFrame(step);
        } else {
          this.#animation = 0;
          this.#mapView = end;
          this.#applyView();
          this.#regroup();
          resolve();
        }
      };
      this.#animation = requestAnimationFrame(step);
    });
  }

  /** Zooms in (factor > 1) or out around the middle of the frame. */
  zoomBy(factor: number): Promise<void> {
    if (!this.#basemap) return Promise.resolve();
    return this.#animateTo(
      zoomAround(this.#mapView, factor, this.#size.width / 2, this.#size.height / 2, this.#basemap, this.#size),
    );
  }

  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): Promise<void> {
    return this.#animateTo({...this.#mapView, x: this.#mapView.x + dx, y: this.#mapView.y + dy});
  }

  /** Back to the view that shows all the partners. */
  resetView(): Promise<void> {
    const before = this.#mapView;
    this.#fit();
    const fitted = this.#mapView;
    this.#mapView = before;
    return this.#animateTo(fitted).then(() => {
      this.#moved = false;
    });
  }

  /** Brings a marker into view (after the next render), panning only when it is outside the frame. */
  #revealSoon(id: string): void {
    void this.updateComplete.then(() => this.#reveal(id));
  }

  #reveal(id: string): void {
    const at = this.#positions.get(id);
    if (!at || !this.#basemap) return;
    const [sx, sy] = toScreen(this.#mapView, at);
    const m = FIT_PADDING;
    const {width, height} = this.#size;
    if (sx >= m && sx <= width - m && sy >= m && sy <= height - m) return;
    void this.#animateTo({...this.#mapView, x: this.#mapView.x + width / 2 - sx, y: this.#mapView.y + height / 2 - sy});
  }

  /** Zooms to a group's members; when they cannot be told apart even at the closest zoom, lists them. */
  #openGroup(marker: Marker, from: HTMLElement): void {
    const map = this.#basemap;
    if (!map) return;
    const pts = marker.members.map((id) => this.#positions.get(id)!).filter(Boolean);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const kMax = maxZoom(map, this.#size);
    if (this.#mapView.k >= kMax * 0.99 || span * kMax < GROUP_RADIUS) {
      this.#openCard({kind: 'group', members: marker.members}, from);
      return;
    }
    const box: [[number, number], [number, number]] = [
      [Math.min(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.max(...ys)],
    ];
    const fitted = fitView(
      box,
      map,
      this.#size,
      Math.max(FIT_PADDING, GROUP_RADIUS * 2),
      undefined,
      this.#controlsReserve(),
    );
    // Zoom in only as far as it takes to split off the loosest member (at least twice as close), so a
    // group of four opens into a few markers and groups, not into an empty close-up of one city.
    let loosest = 0;
    for (const a of pts) {
      let nearest = Infinity;
      for (const b of pts) if (a !== b) nearest = Math.min(nearest, Math.hypot(a[0] - b[0], a[1] - b[1]));
      loosest = Math.max(loosest, nearest);
    }
    const k = Math.min(fitted.k, Math.max(this.#mapView.k * 2, (GROUP_RADIUS * 1.25) / Math.max(loosest, 1e-9)));
    const [bx, by] = [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2];
    const [sx, sy] = toScreen(fitted, [bx, by]);
    const target = {k, x: sx - bx * k, y: sy - by * k};
    this.#activeId = marker.members[0]!;
    this.#focusAfterRender = this.matches(':focus-within');
    this.announcement = msg(str`Zoomed in on ${formatNumber(marker.members.length, this.locale)} partners.`, {
      id: 'map.zoomedGroup',
    });
    void this.#animateTo(target);
  }

  // ---- cards ---------------------------------------------------------------------------------

  #openCard(selection: Selection, from?: HTMLElement): void {
    this.#returnFocus = from;
    this.selection = selection;
    if (selection.kind === 'city') {
      this.#activeId = selection.id;
      this.markers = this.#group();
      const id = selection.id === HOME ? this.#home?.id : selection.id;
      if (id) this.dispatchEvent(new TwinSelectEvent({kind: 'city', id}));
    }
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector('#card-title') as HTMLElement | null)?.focus();
    });
  }

  #closeCard = (): void => {
    const back = this.#returnFocus;
    this.selection = undefined;
    this.markers = this.#group();
    // Marker elements are reused in order: back to the marker that now holds the place, not the element.
    void this.updateComplete.then(() => {
      if (back?.isConnected && !back.classList.contains('marker')) back.focus();
      else this.#focusActiveMarker();
    });
  };

  #onHostKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.selection) {
      e.preventDefault();
      e.stopPropagation();
      this.#closeCard();
    }
  };

  // ---- keyboard on the markers ---------------------------------------------------------------

  #focusActiveMarker(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.marker[tabindex="0"]');
    el?.focus({preventScroll: true});
  }

  #markerFor(id: string): Marker | undefined {
    return this.markers.find((m) => m.members.includes(id));
  }

  #onMarkerKeydown(e: KeyboardEvent, marker: Marker): void {
    const dir = ARROWS[e.key];
    if (dir && e.shiftKey) {
      e.preventDefault();
      const d = PAN_STEP;
      void this.panBy(dir === 'left' ? d : dir === 'right' ? -d : 0, dir === 'up' ? d : dir === 'down' ? -d : 0);
      return;
    }
    let next: Marker | undefined;
    if (dir) next = nextInDirection(marker, this.markers, dir);
    else if (e.key === 'Home' || e.key === 'End') {
      const byX = [...this.markers].sort((a, b) => a.x - b.x || a.y - b.y);
      next = e.key === 'Home' ? byX[0] : byX[byX.length - 1];
    } else if (this.#onZoomKey(e)) return;
    else return;
    e.preventDefault();
    if (!next || next === marker) return;
    this.#activeId = next.id;
    this.requestUpdate();
    this.#focusAfterRender = true;
    this.#reveal(next.id);
  }

  /** + − 0 zoom in, out and back; true when the key was one of them. */
  #onZoomKey(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    if (e.key === '+' || e.key === '=') void this.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') void this.zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') void this.resetView();
    else return false;
    e.preventDefault();
    return true;
  }

  #onMarkerClick(e: Event, marker: Marker): void {
    const el = e.currentTarget as HTMLElement;
    this.#activeId = marker.id;
    if (marker.kind === 'group') this.#openGroup(marker, el);
    else this.#openCard({kind: 'city', id: marker.id}, el);
  }

  // ---- pointer, wheel ------------------------------------------------------------------------

  #localPoint(e: {clientX: number; clientY: number}): [number, number] {
    const r = this.frame!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  #onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.#activated = true;
    cancelAnimationFrame(this.#animation);
    const [x, y] = this.#localPoint(e);
    this.#pointers.set(e.pointerId, {x, y});
    if (this.#pointers.size === 1) this.#drag = {x, y, dragging: false};
  };

  #onPointerMove = (e: PointerEvent): void => {
    const last = this.#pointers.get(e.pointerId);
    if (!last) return;
    const [x, y] = this.#localPoint(e);
    if (this.#pointers.size >= 2) {
      // Pinch: the two fingers' distance zooms, their midpoint pans.
      const [a, b] = [...this.#pointers.entries()];
      const other = a![0] === e.pointerId ? b![1] : a![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(x - other.x, y - other.y);
      const mid0 = [(last.x + other.x) / 2, (last.y + other.y) / 2] as const;
      const mid1 = [(x + other.x) / 2, (y + other.y) / 2] as const;
      this.#pointers.set(e.pointerId, {x, y});
      if (before > 0 && this.#basemap) {
        const zoomed = zoomAround(this.#mapView, after / before, mid0[0], mid0[1], this.#basemap, this.#size);
        this.#setView({...zoomed, x: zoomed.x + mid1[0] - mid0[0], y: zoomed.y + mid1[1] - mid0[1]}, true);
      }
      if (this.#drag) this.#drag.dragging = true;
      e.preventDefault();
      return;
    }
    this.#pointers.set(e.pointerId, {x, y});
    const drag = this.#drag;
    if (!drag) return;
    if (e.pointerType === 'touch') {
      // One finger scrolls the page (touch-action: pan-x pan-y); say how to move the map.
      if (Math.hypot(x - drag.x, y - drag.y) > 12)
        this.#showHint(msg('Use two fingers to move the map.', {id: 'map.hint.touch'}));
      return;
    }
    if (!drag.dragging && Math.hypot(x - drag.x, y - drag.y) < DRAG_SLOP) return;
    if (!drag.dragging) {
      drag.dragging = true;
      this.frame?.setPointerCapture(e.pointerId);
      this.frame?.classList.add('dragging');
    }
    this.#setView({...this.#mapView, x: this.#mapView.x + x - last.x, y: this.#mapView.y + y - last.y}, true);
  };

  #onPointerUp = (e: PointerEvent): void => {
    this.#pointers.delete(e.pointerId);
    if (this.#drag?.dragging) {
      this.#suppressClick = e.type === 'pointerup';
      if (this.#pointers.size === 0) this.#commit();
    }
    if (this.#pointers.size === 0) {
      this.#drag = undefined;
      this.frame?.classList.remove('dragging');
    }
  };

  /** A drag that ends over a marker is not a click on it. */
  #onClickCapture = (e: Event): void => {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      e.stopPropagation();
      e.preventDefault();
    }
  };

  #onWheel = {
    handleEvent: (e: WheelEvent): void => {
      if (!this.#basemap) return;
      if (!(e.ctrlKey || e.metaKey || this.#activated)) {
        const mac = /Mac|iPhone|iPad/.test(navigator.platform);
        this.#showHint(
          mac
            ? msg('Hold ⌘ and scroll to zoom the map.', {id: 'map.hint.wheelMac'})
            : msg('Hold Ctrl and scroll to zoom the map.', {id: 'map.hint.wheel'}),
        );
        return;
      }
      e.preventDefault();
      cancelAnimationFrame(this.#animation);
      const delta =
        -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey && !this.#activated ? 5 : 1);
      const [x, y] = this.#localPoint(e);
      this.#setView(zoomAround(this.#mapView, 2 ** delta, x, y, this.#basemap, this.#size), true);
    },
    passive: false,
  };

  #onDoubleClick = (e: MouseEvent): void => {
    if ((e.target as Element).closest('button') || !this.#basemap) return;
    const [x, y] = this.#localPoint(e);
    void this.#animateTo(
      zoomAround(this.#mapView, e.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, x, y, this.#basemap, this.#size),
    );
  };

  #showHint(text: string): void {
    this.hint = text;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.hint = ''), 1800);
  }

  // ---- rendering -----------------------------------------------------------------------------

  #text(value: LocalizedText | undefined, data: TwinData): ResolvedText | undefined {
    return resolveText(value, this.locale, data.defaultLanguage);
  }

  #nameOf(city: City | undefined, data: TwinData): TemplateResult {
    const name = city ? this.#text(city.name, data) : undefined;
    return html`<span lang=${ifDefined(name?.lang)}>${name?.text ?? city?.id ?? ''}</span>`;
  }

  protected override renderContent(data: TwinData) {
    const total = this.#partners.length;
    return html`<section class="partner-map" aria-labelledby="summary">
      ${this.#renderSummary(data)}
      ${total ? this.#renderToolbar() : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        total === 0
          ? this.renderEmpty(
              msg('This feed names no partner cities.', {id: 'map.empty.feed'}),
              msg('Partner cities are listed under "partnerships" in the feed.', {id: 'map.empty.feedHint'}),
            )
          : this.#shown.length === 0
            ? html`${this.renderEmpty(msg('No partners match the filter.', {id: 'map.empty.filtered'}))}
              <button class="clear" @click=${() => this.#setFilters(new Set())}>${msg('Show all partners', {id: 'map.clearFilters'})}</button>`
            : html`<div class="stage ${this.listMode ? 'list-mode' : 'map-mode'}">
              ${this.listMode ? nothing : this.#renderMap(data)} ${this.listMode || this.printing ? this.#renderTable(data) : nothing}
              ${this.#renderCard(data)}
            </div>
            ${this.listMode ? nothing : this.#renderLegend()}`
      }
    </section>`;
  }

  #renderSummary(data: TwinData) {
    const s = summarize(this.#shown, this.#home);
    const where = inCountries(s.countries, this.uiLocale, formatNumber(s.countries, this.locale));
    const partners = partnersIn(s.partners, this.uiLocale, formatNumber(s.partners, this.locale), where);
    const home = this.#home ? this.#nameOf(this.#home, data) : undefined;
    const parts = RELATIONS.filter((r) => s.byRelation.get(r)).map((r) => {
      const label = relationGroupLabel(r);
      const n = formatNumber(s.byRelation.get(r)!, this.locale);
      return msg(str`${label}: ${n}`, {id: 'map.summary.count'});
    });
    return html`<p part="summary" class="summary" id="summary">
      ${home ? msg(html`${home}: ${partners}.`, {id: 'map.summaryHome'}) : html`${partners}.`}
      ${parts.length ? msg(str`${formatList(parts, this.locale)}.`, {id: 'map.summary.byRelation'}) : nothing}
      ${this.#renderOldest(s, data)} ${this.#renderNotCurrent(s, data)}
      ${s.others.map(
        (g) =>
          html` ${msg(
            html`Also on the map, as partners of ${this.#nameOf(g.of, data)}: ${g.partners.map((p, i) => html`${i ? ', ' : ''}${this.#nameOf(p.city, data)}`)}.`,
            {
              id: 'map.summary.others',
            },
          )}`,
      )}
    </p>`;
  }

  /**
   * The oldest relationship, or, when the dates cannot tell which of several began first ("1991" and
   * "February 1991"), each of them with its date: never one picked by a guess. Nothing past five.
   */
  #renderOldest(s: Summary, data: TwinData) {
    const oldest = s.oldest;
    if (oldest.length === 1) {
      const o = oldest[0]!;
      return msg(
        html`The oldest relationship is with ${this.placeName(o.partner.city, data)}, since ${formatPartialDate(o.since, this.locale)}.`,
        {
          id: 'map.summary.oldest',
        },
      );
    }
    if (oldest.length === 0 || oldest.length > 5) return nothing;
    const each = oldest.map((o) => {
      const name = this.placeName(o.partner.city, data);
      const since = formatPartialDate(o.since, this.locale);
      return msg(html`${name} (${since})`, {id: 'map.summary.withDate'});
    });
    return msg(
      html`The oldest relationships are with ${joinTemplates(each, this.locale)}: their dates do not tell which came first.`,
      {
        id: 'map.summary.oldestSeveral',
      },
    );
  }

  /** Relations that are not active, said apart from the count of partners: suspended, planned, ended. */
  #renderNotCurrent(s: Summary, data: TwinData) {
    return (['suspended', 'planned', 'ended'] as const).map((status) => {
      const list = s.byStatus.get(status);
      if (!list?.length) return nothing;
      const label = statusLabel(status);
      const names = joinTemplates(
        list.map((p) => this.placeName(p.city, data)),
        this.locale,
      );
      return html` ${msg(html`${label}: ${names}.`, {id: 'map.summary.status'})}`;
    });
  }

  #setFilters(next: ReadonlySet<Relation>): void {
    this.filters = next;
    const shown = filterPartners(this.#partners, next);
    this.announcement = partnerCount(shown.length, this.uiLocale, formatNumber(shown.length, this.locale));
    const sel = this.selection;
    if (
      sel?.kind === 'group' ||
      (sel?.kind === 'city' && sel.id !== HOME && !shown.some((p) => p.city.id === sel.id))
    ) {
      this.selection = undefined;
    }
    this.#moved = false;
  }

  #renderToolbar() {
    const counts = relationCounts(this.#partners);
    const present = RELATIONS.filter((r) => counts.get(r) || this.filters.has(r));
    const toggle = (r: Relation) => {
      const next = new Set(this.filters);
      if (next.has(r)) next.delete(r);
      else next.add(r);
      this.#setFilters(next);
    };
    return html`<div class="toolbar">
      ${
        present.length > 1 || this.filters.size
          ? html`<div part="filters" class="filters" role="group" aria-label=${msg('Relation', {id: 'map.col.relation'})}>
            ${present.map(
              (
                r,
              ) => html`<button part="chip" class="chip" data-relation=${r} aria-pressed=${this.filters.has(r) ? 'true' : 'false'} @click=${() => toggle(r)}>
                ${this.#symbol(r, 'active')}<span>${relationGroupLabel(r)}</span> <span class="n">${formatNumber(counts.get(r) ?? 0, this.locale)}</span>
              </button>`,
            )}
          </div>`
          : nothing
      }
      <button part="view-toggle" class="view-toggle" aria-pressed=${this.listMode ? 'true' : 'false'} @click=${this.#toggleList}>
        ${msg('Show as list', {id: 'map.showList'})}
      </button>
    </div>`;
  }

  #toggleList = (): void => {
    this.listMode = !this.listMode;
    this.selection = undefined;
    if (!this.listMode) this.markers = this.#group();
  };

  /** The marker's shape: a circle for sister cities, a diamond for friendly cities, a triangle for others. */
  #symbol(relation: Relation | 'home', status: RelationStatus) {
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

  #renderMap(data: TwinData) {
    const map = this.#basemap!;
    const countries = [...new Set(this.#shown.map((p) => p.city.country))];
    const selected = this.selection?.kind === 'city' ? this.selection.id : undefined;
    const shownIds = new Set(this.#shown.map((p) => p.city.id));
    const singles = this.markers.filter((m) => m.kind !== 'group').length;
    const labels = singles <= LABELS_UP_TO;
    const active = this.#markerFor(this.#activeId) ?? this.markers[0];
    const {width, height} = this.#size;
    return html`<div
      part="map"
      class="frame"
      role="region"
      aria-label=${msg('Map of partner cities', {id: 'map.label'})}
      aria-describedby="summary"
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerUp}
      @pointerleave=${() => (this.#activated = false)}
      @click=${{handleEvent: this.#onClickCapture, capture: true}}
      @dblclick=${this.#onDoubleClick}
      @wheel=${this.#onWheel}
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
          <g class="arcs">
            ${this.#arcs
              .filter((a) => shownIds.has(a.id))
              .map(
                (a) =>
                  svg`<path part="arc" class="arc ${a.relation} ${a.status}${a.id === selected ? ' selected' : ''}" data-city=${a.id} d=${a.d}></path>`,
              )}
          </g>
        </g>
      </svg>
      <div class="markers" role="group" aria-label=${msg('Partners on the map', {id: 'map.markers'})} aria-describedby="keys">
        ${this.markers.map((m) => this.#renderMarker(m, data, m === active, labels))}
      </div>
      <p id="keys" class="visually-hidden">
        ${msg('Arrow keys move between the places on the map; Enter opens one. Plus and minus zoom, Shift with an arrow key moves the map, 0 shows all the partners again.', {id: 'map.keys'})}
      </p>
      <p class="hint ${this.hint ? 'shown' : ''}" aria-hidden="true">${this.hint}</p>
    </div>
      <div part="controls" class="controls">
        ${this.#control('zoom-in', msg('Zoom in', {id: 'map.zoomIn'}), '+', () => void this.zoomBy(ZOOM_STEP))}
        ${this.#control('zoom-out', msg('Zoom out', {id: 'map.zoomOut'}), '−', () => void this.zoomBy(1 / ZOOM_STEP))}
        ${this.#control('reset', msg('Show all partners', {id: 'map.reset'}), '⤢', () => void this.resetView())}
        <div class="pan">
          ${this.#control('pan-up', msg('Pan up', {id: 'map.panUp'}), '↑', () => void this.panBy(0, PAN_STEP))}
          ${this.#control('pan-left', msg('Pan left', {id: 'map.panLeft'}), '←', () => void this.panBy(PAN_STEP, 0))}
          ${this.#control('pan-right', msg('Pan right', {id: 'map.panRight'}), '→', () => void this.panBy(-PAN_STEP, 0))}
          ${this.#control('pan-down', msg('Pan down', {id: 'map.panDown'}), '↓', () => void this.panBy(0, -PAN_STEP))}
        </div>
      </div>`;
  }

  #control(name: string, label: string, glyph: string, action: () => void) {
    return html`<button class=${name} aria-label=${label} title=${label} @click=${action}><span aria-hidden="true">${glyph}</span></button>`;
  }

  #renderMarker(m: Marker, data: TwinData, active: boolean, labels: boolean) {
    const selected = this.selection?.kind === 'city' && this.selection.id === m.id;
    const common = (content: unknown, cls: string, part: string) => html`<button
      part=${part}
      class="marker ${cls}${selected ? ' selected' : ''}"
      data-id=${m.id === HOME ? (this.#home?.id ?? '') : m.id}
      data-x=${m.x}
      data-y=${m.y}
      tabindex=${active ? 0 : -1}
      aria-haspopup=${ifDefined(m.kind === 'group' ? undefined : 'dialog')}
      aria-expanded=${ifDefined(m.kind === 'group' ? undefined : selected ? 'true' : 'false')}
      @click=${(e: Event) => this.#onMarkerClick(e, m)}
      @keydown=${(e: KeyboardEvent) => this.#onMarkerKeydown(e, m)}
      @focus=${() => (this.#activeId = m.members.includes(this.#activeId) ? this.#activeId : m.id)}
    >${content}</button>`;
    if (m.kind === 'group') {
      const names = m.members.map((id) => (id === HOME ? this.#home : this.#byId.get(id)?.city));
      const n = formatNumber(m.members.length, this.locale);
      const withHome = m.members.includes(HOME);
      return common(
        html`${
          withHome
            ? html`${this.#symbol('home', 'active')}<span class="badge" aria-hidden="true">+${formatNumber(m.members.length - 1, this.locale)}</span>`
            : html`<span class="count" aria-hidden="true">${n}</span>`
        }<span class="visually-hidden"
            >${
              withHome
                ? msg(str`${n} places, the home city among them:`, {id: 'map.group.home'})
                : msg(str`${n} partners:`, {id: 'map.group'})
            }
            ${names.slice(0, NAMED_IN_GROUP).map((c, i) => html`${i ? ', ' : ''}${this.#nameOf(c, data)}`)}${
              names.length > NAMED_IN_GROUP
                ? html`, ${msg(str`${formatNumber(names.length - NAMED_IN_GROUP, this.locale)} more`, {id: 'map.group.more'})}`
                : nothing
            }.
            ${msg('Zoom in to see them.', {id: 'map.group.zoom'})}</span
          >`,
        withHome ? 'group with-home' : 'group',
        'marker group-marker',
      );
    }
    if (m.kind === 'home') {
      return common(
        html`${this.#symbol('home', 'active')}<span class="label ${labels ? '' : 'quiet'}">${this.#nameOf(this.#home, data)}</span
          ><span class="visually-hidden">, ${msg('home city', {id: 'map.home'})}</span>`,
        'home',
        'marker home-marker',
      );
    }
    const p = this.#byId.get(m.id)!;
    return common(
      html`${this.#symbol(p.relation, p.status)}<span class="label ${labels || selected ? '' : 'quiet'}">${this.#nameOf(p.city, data)}</span
        ><span class="visually-hidden"
          >, ${countryName(p.city.country, this.locale)}, ${relationLabel(p.relation)}${p.status !== 'active' ? `, ${statusLabel(p.status)}` : ''}</span
        >`,
      `partner ${p.relation} ${p.status}`,
      'marker',
    );
  }

  #renderLegend() {
    const relations = RELATIONS.filter((r) => this.#shown.some((p) => p.relation === r));
    const statuses = (['planned', 'suspended', 'ended'] as const).filter((s) =>
      this.#shown.some((p) => p.status === s),
    );
    const groups = this.markers.some((m) => m.kind === 'group');
    return html`<div part="legend" class="legend">
      <h3 class="visually-hidden">${msg('Legend', {id: 'map.legend'})}</h3>
      <ul>
        ${this.#home ? html`<li>${this.#symbol('home', 'active')} ${msg('Home city', {id: 'map.legend.home'})}</li>` : nothing}
        ${relations.map((r) => html`<li>${this.#symbol(r, 'active')} ${relationLabel(r)}</li>`)}
        ${statuses.map((s) => html`<li>${this.#symbol(relations[0] ?? 'sister', s)} ${statusLabel(s)}</li>`)}
        ${
          groups
            ? html`<li><span class="count-sample" aria-hidden="true">3</span> ${msg('Partners close together: choose to zoom in', {id: 'map.legend.group'})}</li>`
            : nothing
        }
      </ul>
      <p class="gestures">
        ${msg('Drag to move the map; zoom with the buttons, a double click, a pinch or Ctrl + scroll.', {id: 'map.legend.gestures'})}
      </p>
    </div>`;
  }

  #sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDescending = !this.sortDescending;
    else {
      this.sortKey = key;
      this.sortDescending = key === 'events' || key === 'delegations';
    }
  }

  #renderTable(data: TwinData) {
    const names = new Map(this.#shown.map((p) => [p.city.id, this.placeText(p.city, data)]));
    // A year-only date among exact ones is placed by its year's start: say so beside it.
    const finest = finestPrecision(this.#shown.map((p) => p.since));
    const countries = new Map(this.#shown.map((p) => [p.city.country, countryName(p.city.country, this.locale)]));
    const rows = sortPartners(this.#shown, this.sortKey, this.sortDescending, names, countries, this.locale);
    const homeName = this.#home ? this.#nameOf(this.#home, data) : undefined;
    const head = (key: SortKey | 'direction') => {
      if (key === 'direction') return html`<th scope="col">${columnLabel(key)}</th>`;
      const sorted = this.sortKey === key;
      return html`<th scope="col" aria-sort=${sorted ? (this.sortDescending ? 'descending' : 'ascending') : 'none'}>
        <button class="sort" data-sort=${key} @click=${() => this.#sortBy(key)}>
          ${columnLabel(key)}<span class="arrow" aria-hidden="true">${sorted ? (this.sortDescending ? '▼' : '▲') : ''}</span>
        </button>
      </th>`;
    };
    const km = (n: number | undefined) =>
      n === undefined
        ? '—'
        : formatNumber(Math.round(n), this.locale, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0});
    return html`<div class="table-wrap ${this.listMode ? '' : 'print-only'}">
      <table part="table">
        <caption>
          ${homeName ? msg(html`Partners of ${homeName}`, {id: 'map.table.caption'}) : msg('Partners', {id: 'map.table.captionNoHome'})}
        </caption>
        <thead>
          <tr>
            ${head('name')}${head('country')}${head('relation')}${head('since')}${head('distance')}${head('direction')}${head('events')}${head('delegations')}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (p) => html`<tr data-city=${p.city.id}>
              <th scope="row">
                <button class="city" aria-haspopup="dialog" @click=${(e: Event) => this.#openCard({kind: 'city', id: p.city.id}, e.currentTarget as HTMLElement)}>
                  ${this.placeName(p.city, data)}
                </button>
              </th>
              <td>${countryName(p.city.country, this.locale)}</td>
              <td>${this.#symbol(p.relation, p.status)} ${relationLabel(p.relation)}${p.status !== 'active' ? html` <span class="status">(${statusLabel(p.status)})</span>` : nothing}</td>
              <td>${p.since ? dateCell(p.since, this.locale, finest) : p.sinceUnknown ? dateNotKnown() : '—'}</td>
              <td class="num">${km(p.distanceKm)}</td>
              <td>${p.bearing === undefined ? '—' : compassLabel(compassPoint(p.bearing))}</td>
              <td class="num">${formatNumber(p.events, this.locale)}</td>
              <td class="num">${formatNumber(p.delegations, this.locale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderCard(data: TwinData) {
    const sel = this.selection;
    if (!sel) return nothing;
    let heading: unknown;
    let body: unknown;
    if (sel.kind === 'group') {
      heading = partnerCount(sel.members.length, this.uiLocale, formatNumber(sel.members.length, this.locale));
      body = html`<ul class="group-list">
        ${sel.members.map((id) => {
          const city = id === HOME ? this.#home : this.#byId.get(id)?.city;
          return html`<li>
            <button class="city" aria-haspopup="dialog" @click=${() => this.#openCard({kind: 'city', id}, this.#returnFocus)}>${this.#nameOf(city, data)}</button>
          </li>`;
        })}
      </ul>`;
    } else if (sel.id === HOME) {
      const home = this.#home!;
      heading = this.#nameOf(home, data);
      const events = data.events.length;
      const delegations = data.delegations.length;
      body = html`<dl>
          <dt>${msg('Country', {id: 'map.col.country'})}</dt>
          <dd>${countryName(home.country, this.locale)}</dd>
          <dt>${msg('Partners', {id: 'map.table.captionNoHome'})}</dt>
          <dd>${formatNumber(this.#partners.length, this.locale)}</dd>
          <dt>${columnLabel('events')}</dt>
          <dd>${formatNumber(events, this.locale)}</dd>
          <dt>${columnLabel('delegations')}</dt>
          <dd>${formatNumber(delegations, this.locale)}</dd>
        </dl>
        ${this.#links(home.url, undefined)}`;
    } else {
      const p = this.#byId.get(sel.id);
      if (!p) return nothing;
      heading = this.#nameOf(p.city, data);
      const kind = kindLabel(p.city.kind);
      const sinceOf = p.partnerships.find((q) => q.since === p.since?.raw);
      const region = this.#text(p.city.region, data);
      const note = p.partnerships.map((q) => q.note).find(Boolean);
      const ofHome = !p.of || p.of.id === this.#home?.id;
      body = html`<dl>
          ${kind ? html`<dt>${common.kind()}</dt><dd>${kind}</dd>` : nothing}
          <dt>${msg('Country', {id: 'map.col.country'})}</dt>
          <dd>${countryName(p.city.country, this.locale)}${region ? html`, <span lang=${region.lang}>${region.text}</span>` : nothing}</dd>
          <dt>${msg('Relation', {id: 'map.col.relation'})}</dt>
          <dd>
            ${p.partnerships.map(
              (q, i) =>
                html`${i ? html`<br />` : nothing}${this.#symbol(q.type, q.status)} ${relationLabel(q.type)}${
                  ofHome && (q.from === this.#home?.id || q.city === this.#home?.id)
                    ? nothing
                    : html` (${this.#nameOf(data.cityById.get(q.from === p.city.id ? q.city : q.from), data)})`
                }${q.status !== 'active' ? html`, ${statusLabel(q.status)}` : nothing}${this.#until(q)}${this.#otherParties(q, p, data)}`,
            )}
          </dd>
          ${
            p.since || p.sinceUnknown
              ? html`<dt>${msg('Since', {id: 'map.col.since'})}</dt>
                <dd>
                  ${p.since ? dateCell(p.since, this.locale) : dateNotKnown()}
                  ${sourcesNote(sinceOf?.since, sinceOf?.dateSources?.since, this.locale, data.defaultLanguage)}
                </dd>`
              : nothing
          }
          ${
            p.distanceKm !== undefined && p.bearing !== undefined
              ? html`<dt>${msg('Distance', {id: 'map.col.distance'})}</dt>
                <dd>
                  ${msg(str`${formatNumber(Math.round(p.distanceKm), this.locale, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0})}, ${compassLabel(compassPoint(p.bearing))}`, {id: 'map.card.distance'})}
                </dd>`
              : nothing
          }
          <dt>${columnLabel('events')}</dt>
          <dd>${formatNumber(p.events, this.locale)}</dd>
          <dt>${columnLabel('delegations')}</dt>
          <dd>${formatNumber(p.delegations, this.locale)}</dd>
        </dl>
        ${note ? html`<p class="note">${this.#nameOfText(note, data)}</p>` : nothing}
        ${this.#links(p.city.url, p.partnerships.map((q) => q.url).find(Boolean))}`;
    }
    return html`<section part="card" class="card" role="dialog" aria-modal="false" aria-labelledby="card-title" @keydown=${this.#onHostKeydown}>
      <div class="card-head">
        <h3 id="card-title" tabindex="-1">${heading}</h3>
        <button class="close" aria-label=${common.close()} title=${common.close()} @click=${this.#closeCard}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${body}
    </section>`;
  }

  /**
   * When a relation ended or was suspended ("Ended: 2014"), or until when an active one runs, with what
   * other sources say.
   */
  #until(q: PartnershipItem) {
    if (q.until === undefined) return nothing;
    const d = parsePartialDate(q.until);
    const when = d ? dateCell(d, this.locale) : dateNotKnown();
    const note = sourcesNote(q.until, q.dateSources?.until, this.locale, this.twinData?.defaultLanguage ?? 'en');
    if (q.status === 'ended' || q.status === 'suspended')
      return html`${msg(html`: ${when}`, {id: 'map.card.statusDate'})} ${note}`;
    return html`${msg(html`, until ${when}`, {id: 'map.card.until'})} ${note}`;
  }

  /** For a three-party agreement: the other parties, besides this partner and the home city. */
  #otherParties(q: PartnershipItem, p: Partner, data: TwinData) {
    const others = [q.city, ...q.parties]
      .filter((id) => id !== p.city.id && id !== q.from)
      .map((id) => data.cityById.get(id)!);
    if (others.length === 0) return nothing;
    const names = joinTemplates(
      others.map((c) => this.placeName(c, data)),
      this.locale,
    );
    return msg(html`; an agreement also with ${names}`, {id: 'map.card.parties'});
  }

  #nameOfText(value: LocalizedText, data: TwinData) {
    const t = this.#text(value, data);
    return html`<span lang=${ifDefined(t?.lang)}>${t?.text ?? ''}</span>`;
  }

  #links(cityUrl: string | undefined, partnershipUrl: string | undefined) {
    const city = safeHref(cityUrl);
    const partnership = safeHref(partnershipUrl);
    if (!city && !partnership) return nothing;
    return html`<p class="links">
      ${city ? html`<a href=${city} target="_blank" rel="noopener noreferrer">${msg('City website', {id: 'map.card.website'})}</a>` : nothing}
      ${
        partnership
          ? html`<a href=${partnership} target="_blank" rel="noopener noreferrer">${msg('About the partnership', {id: 'map.card.partnership'})}</a>`
          : nothing
      }
    </p>`;
  }

  protected override firstUpdated(): void {
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.#onHostKeydown(e);
    });
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node) && !this.renderRoot.contains(e.relatedTarget as Node))
        this.#activated = false;
    });
    this.#onResize();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const frame = this.frame;
    if (frame) {
      frame.style.height = `${this.#size.height}px`;
      this.#markerEls = [...this.renderRoot.querySelectorAll<HTMLElement>('.marker')].map((el) => [
        el,
        Number(el.dataset['x']),
        Number(el.dataset['y']),
      ]);
      this.#placed = undefined;
      this.#applyView(this.#commitTimer !== undefined || this.#animation !== 0);
    }
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.#focusActiveMarker();
    }
  }
}

/** The frame's size for a container width: about 16:9, taller on narrow screens, never taller than the window. */
function frameSize(width: number): Size {
  const ratio = width < 480 ? 0.8 : width < 800 ? 0.62 : 0.52;
  const viewport = typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight * 0.8 : 720;
  return {width, height: Math.round(Math.max(240, Math.min(width * ratio, viewport)))};
}

/** The mean of longitudes on the circle (so 170° and −170° average to 180°, not 0°). */
function circularMean(lons: readonly number[]): number {
  if (lons.length === 0) return 0;
  let x = 0;
  let y = 0;
  for (const l of lons) {
    x += Math.cos((l * Math.PI) / 180);
    y += Math.sin((l * Math.PI) / 180);
  }
  return (Math.atan2(y, x) * 180) / Math.PI;
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-partner-map': TwinPartnerMap;
  }
}
