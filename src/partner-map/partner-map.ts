import {html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import {TwinElement} from '../core/twin-element.js';
import {TwinSelectEvent} from '../core/events.js';
import type {ResolvedText} from '../core/localized-text.js';
import {canonicalLocale, closestLang, type UiLocale} from '../core/locale.js';
import {formatNumber} from '../core/format.js';
import type {TwinData} from '../core/merge.js';
import {dateStyles} from '../core/date-display.js';
import {PrintController} from '../core/controllers/print.js';
import type {Size, View} from './geo.js';
import {partnerCount} from './labels.js';
import {filterPartners, nextInDirection, parseRelations, type Partner, type Relation, type SortKey} from './model.js';
import {HOME, fitBox, groupMarkers, placePartners, type Marker, type Places, type Selection} from './places.js';
import {MapViewController} from './view-controller.js';
import {ARROWS, GestureController} from './gesture-controller.js';
import type {MapHost} from './host.js';
import {renderSummary, renderToolbar} from './summary.js';
import {renderMap} from './markers.js';
import {renderLegend} from './legend.js';
import {partnerMapStyles} from './partner-map.styles.js';
import {mediaStyles} from './media.styles.js';

export type MapView = 'map' | 'list';

// The first date, list and country-name formatters on a page cost a few ms each, once (the engine lists
// the locales it has for each, and reads a language's date patterns once): made in the task after this
// module loads, while the page fetches its feed, in the page's language, which a map without a `lang` of
// its own takes.
setTimeout(() => {
  // No page (the package imported in Node, for its feed functions): nothing to warm.
  if (typeof document === 'undefined') return;
  const lang = canonicalLocale(closestLang(document.documentElement));
  new Intl.DateTimeFormat(lang);
  new Intl.ListFormat(lang);
  new Intl.DisplayNames(lang, {type: 'region'});
});

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
export class TwinPartnerMap extends TwinElement implements MapHost {
  static override styles = [...TwinElement.styles, dateStyles, partnerMapStyles, mediaStyles];
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
    printing: {state: true},
  };

  /** `map` or `list` (the table). */
  view: 'map' | 'list' = 'map';

  /** Relation types to show (space-separated: `sister`, `friendly`, `other`). Empty: all. */
  relation = '';

  // Read by the template modules (so not `private` in TypeScript), documented as private in the manifest.
  /** @private */
  listMode = false;
  /** @private */
  filters: ReadonlySet<Relation> = new Set();
  /** @private */
  selection: Selection | undefined;
  /** @private */
  markers: Marker[] = [];
  /** @private */
  sortKey: SortKey = 'distance';
  /** @private */
  sortDescending = false;
  private announcement = '';
  /**
   * The page is being printed: the table is rendered (it is what prints instead of the map).
   * @internal
   */
  printing = false;

  protected override narrowsToPartner = false;

  // The template modules' host (`MapHost`): the element itself. What it reads of TwinElement is public here.
  /** @internal */
  declare readonly locale: string;
  /** @internal */
  declare readonly uiLocale: UiLocale;
  /** @internal */
  declare feedText: (value: LocalizedText | undefined, data: TwinData) => ResolvedText | undefined;
  /** @internal */
  declare placeName: (city: City | undefined, data: TwinData) => TemplateResult;
  /** @internal */
  declare placeText: (city: City, data: TwinData) => string;
  /** @internal */
  places!: Places;
  /** @internal */
  activeId = HOME;

  #shown: Partner[] = [];
  #focusAfterRender = false;
  #returnFocus: HTMLElement | undefined;
  #preselected = '';
  #view = new MapViewController(this, {
    fitBox: () => (this.places ? fitBox(this.places, this.#shown) : undefined),
    regroup: () => this.#regroup(),
  });
  /** @internal */
  readonly gestures = new GestureController(this, this.#view, () => this.renderRoot.querySelector('.frame'));

  constructor() {
    super();
    new PrintController(this);
  }

  /** The partners on the map now (after the relation filter), for scripts and tests. */
  get shownPartners(): readonly Partner[] {
    return this.#shown;
  }

  /** The view now: the map is scaled by `k` and moved by `x`, `y` pixels in the frame (read-only; for scripts and tests). */
  get mapTransform(): Readonly<View> {
    return this.#view.view;
  }

  /** The current zoom relative to the whole world (1 = the whole world fits). */
  get zoom(): number {
    return this.#view.zoom;
  }

  /** Zooms in (factor > 1) or out around the middle of the frame. */
  zoomBy(factor: number): Promise<void> {
    return this.#view.zoomBy(factor);
  }

  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): Promise<void> {
    return this.#view.panBy(dx, dy);
  }

  /** Back to the view that shows all the partners. */
  resetView(): Promise<void> {
    return this.#view.reset();
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
    const places = this.places;
    if (dataChanged || changed.has('filters' as keyof TwinPartnerMap)) {
      this.#shown = filterPartners(places.partners, this.filters);
      if (dataChanged && !this.#view.moved) this.#view.fit();
      this.markers = this.#group();
    }
    if ((dataChanged || changed.has('partner')) && this.partner !== this.#preselected) {
      const home = places.home?.id;
      const before = this.#preselected === home ? HOME : this.#preselected;
      this.#preselected = this.partner;
      const id = this.partner === home ? HOME : this.partner;
      if (id === HOME || places.byId.has(id)) {
        this.selection = {kind: 'city', id};
        this.activeId = id;
        this.markers = this.#group();
        void this.updateComplete.then(() => this.#reveal(id));
      } else if (before && this.selection?.kind === 'city' && this.selection.id === before) {
        // `partner` cleared (or set to a city the feed does not have): the card it opened closes.
        this.selection = undefined;
        this.markers = this.#group();
      }
    }
  }

  #prepare(data: TwinData): void {
    const places = placePartners(data);
    this.places = places;
    this.#view.setBasemap(places.basemap);
    if (this.selection?.kind === 'city' && this.selection.id !== HOME && !places.byId.has(this.selection.id))
      this.selection = undefined;
  }

  /** Markers for the current zoom: the home city and the shown partners, close ones grouped. */
  #group(): Marker[] {
    const k = this.#view.view.k;
    this.#view.groupedAt = k;
    const selected = this.selection?.kind === 'city' ? this.selection.id : undefined;
    return this.places ? groupMarkers(this.places, this.#shown, selected, k) : [];
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

  /** Brings a place into view, clear of the card where the card lies over the map (wide containers). */
  #reveal(id: string): void {
    const card = this.renderRoot.querySelector('.card');
    const frame = this.renderRoot.querySelector('.frame');
    const free =
      card && frame && getComputedStyle(card).position === 'absolute'
        ? card.getBoundingClientRect().left - frame.getBoundingClientRect().left
        : undefined;
    this.#view.reveal(this.places?.positions.get(id), free);
  }

  /** @internal */
  setFilters(next: ReadonlySet<Relation>): void {
    this.filters = next;
    const shown = filterPartners(this.places.partners, next);
    this.announcement = partnerCount(shown.length, this.uiLocale, formatNumber(shown.length, this.locale));
    const sel = this.selection;
    if (
      sel?.kind === 'group' ||
      (sel?.kind === 'city' && sel.id !== HOME && !shown.some((p) => p.city.id === sel.id))
    ) {
      this.selection = undefined;
    }
    this.#view.moved = false;
  }

  // ---- markers and cards ---------------------------------------------------------------------

  /** Zooms to a group's members; when they cannot be told apart even at the closest zoom, lists them. */
  #openGroup(marker: Marker, from: HTMLElement): void {
    if (!this.#view.ready) return;
    const pts = marker.members.map((id) => this.places.positions.get(id)!).filter(Boolean);
    const target = this.#view.splitting(pts);
    if (!target) {
      this.openCard({kind: 'group', members: marker.members}, from);
      return;
    }
    this.activeId = marker.members[0]!;
    this.#focusAfterRender = this.matches(':focus-within');
    this.announcement = msg(str`Zoomed in on ${formatNumber(marker.members.length, this.locale)} partners.`, {
      id: 'map.zoomedGroup',
    });
    void this.#view.animateTo(target);
  }

  /** @internal */
  openCard(selection: Selection, from = this.#returnFocus): void {
    this.#returnFocus = from;
    this.selection = selection;
    if (selection.kind === 'city') {
      this.activeId = selection.id;
      this.markers = this.#group();
      const id = selection.id === HOME ? this.places?.home?.id : selection.id;
      if (id) this.dispatchEvent(new TwinSelectEvent({kind: 'city', id}));
    }
    void this.updateComplete.then(() => {
      if (selection.kind === 'city') this.#reveal(selection.id);
      (this.renderRoot.querySelector('#card-title') as HTMLElement | null)?.focus();
    });
  }

  /** @internal */
  closeCard(): void {
    const back = this.#returnFocus;
    this.selection = undefined;
    this.markers = this.#group();
    // Marker elements are reused in order: back to the marker that now holds the place, not the element.
    void this.updateComplete.then(() => {
      if (back?.isConnected && !back.classList.contains('marker')) back.focus();
      else this.#focusActiveMarker();
    });
  }

  #onEscape(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.selection) {
      e.preventDefault();
      e.stopPropagation();
      this.closeCard();
    }
  }

  #focusActiveMarker(): void {
    this.renderRoot.querySelector<HTMLElement>('.marker[tabindex="0"]')?.focus({preventScroll: true});
  }

  /** Arrows, Home and End move between the markers; the gestures take Shift + arrows and + − 0. */
  #onMarkerKeydown(e: KeyboardEvent, marker: Marker): void {
    if (this.gestures.key(e)) return;
    const dir = ARROWS[e.key];
    let next: Marker | undefined;
    if (dir) next = nextInDirection(marker, this.markers, dir);
    else if (e.key === 'Home' || e.key === 'End') {
      const byX = [...this.markers].sort((a, b) => a.x - b.x || a.y - b.y);
      next = e.key === 'Home' ? byX[0] : byX[byX.length - 1];
    } else return;
    e.preventDefault();
    if (!next || next === marker) return;
    this.activeId = next.id;
    this.requestUpdate();
    this.#focusAfterRender = true;
    this.#reveal(next.id);
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** @internal */
  get frameSize(): Size {
    return this.#view.size;
  }

  /** @internal */
  cityName(city: City | undefined): TemplateResult {
    return this.textSpan(city?.name, this.twinData!, city?.id);
  }

  /** @internal */
  cityWords(city: City | undefined): {text: string; lang?: string} {
    return (city && this.feedText(city.name, this.twinData!)) ?? {text: city?.id ?? ''};
  }

  /** @internal */
  toggleList(): void {
    this.listMode = !this.listMode;
    this.selection = undefined;
    if (!this.listMode) this.markers = this.#group();
  }

  /** @internal */
  sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDescending = !this.sortDescending;
    else {
      this.sortKey = key;
      this.sortDescending = key === 'events' || key === 'delegations';
    }
  }

  /** @internal */
  onMarker(e: Event, m: Marker): void {
    if (e.type === 'focus') {
      if (!m.members.includes(this.activeId)) this.activeId = m.id;
    } else if (e.type === 'keydown') this.#onMarkerKeydown(e as KeyboardEvent, m);
    else {
      const el = e.currentTarget as HTMLElement;
      this.activeId = m.id;
      if (m.kind === 'group') this.#openGroup(m, el);
      else this.openCard({kind: 'city', id: m.id}, el);
    }
  }

  /**
   * The card and the table: a separate chunk (see parts.ts), asked for as soon as the map is on the page,
   * while the feed loads and is checked. Asked for only with the data, it arrived after the map was drawn
   * and drew it all once more (its styles restyle the whole map).
   */
  #parts: typeof import('./parts.js') | undefined;
  #partsLoading: Promise<unknown> | undefined;

  #loadParts(): void {
    // A chunk that could not be fetched is asked for again at the next render.
    if (this.#partsLoading) return;
    this.#partsLoading = this.whenLoaded(import('./parts.js'), (m) => {
      if (this.#parts) return;
      this.#parts = m;
      this.addStyles(m.styles);
    }).catch(() => (this.#partsLoading = undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadParts();
  }

  protected override renderContent(data: TwinData) {
    const total = this.places.partners.length;
    const parts = this.#parts;
    this.#loadParts();
    return html`<section class="partner-map" aria-labelledby="summary">
      ${renderSummary(this, data)}
      ${total ? renderToolbar(this) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        total === 0
          ? this.renderEmpty(
              msg('This feed names no partner cities.', {id: 'map.empty.feed'}),
              msg('Partner cities are listed under "partnerships" in the feed.', {id: 'map.empty.feedHint'}),
            )
          : this.#shown.length === 0
            ? html`${this.renderEmpty(msg('No partners match the filter.', {id: 'map.empty.filtered'}))}
              <button class="clear" @click=${() => this.setFilters(new Set())}>${msg('Show all partners', {id: 'map.clearFilters'})}</button>`
            : html`<div class="stage ${this.listMode ? 'list-mode' : 'map-mode'}">
              ${this.listMode ? nothing : renderMap(this)}
              ${(this.listMode || this.printing) && parts ? parts.renderTable(this, data) : nothing}
              ${parts?.renderCard(this, data)}
            </div>
            ${this.listMode ? nothing : renderLegend(this)}`
      }
    </section>`;
  }

  protected override firstUpdated(): void {
    // Escape closes the card, from the card or anywhere in the element.
    this.addEventListener('keydown', (e) => this.#onEscape(e));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.#focusActiveMarker();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twin-partner-map': TwinPartnerMap;
  }
}
