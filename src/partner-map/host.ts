/**
 * What the template modules (summary, toolbar, markers, legend, card, table) read from the element and
 * call on it. The element is its own host (these members are `@internal` there), so the modules need
 * neither the element class nor a copy of its state, and no object is built for each render.
 */
import type {TemplateResult} from 'lit';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import type {ResolvedText} from '../core/localized-text.js';
import type {TwinData} from '../core/merge.js';
import type {Size} from './geo.js';
import type {GestureController} from './gesture-controller.js';
import type {Partner, Relation, SortKey} from './model.js';
import type {Marker, Places, Selection} from './places.js';

export interface MapHost {
  /** The locale for `Intl`, and the UI strings' locale (for plurals). */
  readonly locale: string;
  readonly uiLocale: string;
  /** The feed's places (set with the feed, before its first render). */
  readonly places: Places;
  /** The partners after the relation filter. */
  readonly shownPartners: readonly Partner[];
  readonly markers: readonly Marker[];
  readonly selection: Selection | undefined;
  readonly filters: ReadonlySet<Relation>;
  readonly listMode: boolean;
  readonly sortKey: SortKey;
  readonly sortDescending: boolean;
  /** The marker that takes the focus (the roving tabindex), by the id of a place it holds. */
  readonly activeId: string;
  /** The map frame's size. */
  readonly frameSize: Size;
  readonly gestures: GestureController;
  /** The level of the element's top heading (`heading-level`; `level()` of core/twin-element.ts). */
  readonly headingLevel: number;
  zoomBy(factor: number): Promise<void>;
  panBy(dx: number, dy: number): Promise<void>;
  resetView(): Promise<void>;
  /** A city's name (its id without one) with its `lang`. */
  cityName(city: City | undefined): TemplateResult;
  /**
   * The same as text and its language (none for a city without a name, shown by its id): for a label that
   * holds more than a name, and for what is only spoken (an accessible name is one string, without languages).
   */
  cityWords(city: City | undefined): {text: string; lang?: string};
  /** A feed text in the reader's language (for `langSpan`). */
  feedText(value: LocalizedText | undefined, data: TwinData): ResolvedText | undefined;
  /** A city's name with its kind, with `lang`; and as plain text. */
  placeName(city: City, data: TwinData): TemplateResult;
  placeText(city: City, data: TwinData): string;
  setFilters(next: ReadonlySet<Relation>): void;
  toggleList(): void;
  sortBy(key: SortKey): void;
  /** Opens a card; the focus returns to `from` when it closes (by default, where the last card would return it). */
  openCard(selection: Selection, from?: HTMLElement): void;
  closeCard(): void;
  /** A marker's `click`, `keydown` or `focus`. */
  onMarker(e: Event, marker: Marker): void;
}
