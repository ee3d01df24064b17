/**
 * What the template modules (summary, toolbar, markers, legend, card, table) read from the element and
 * call on it: a snapshot the element builds for each render, so the modules need neither the element
 * class nor its private state.
 */
import type {TemplateResult} from 'lit';
import type {City, LocalizedText} from '../../data-schema/schema.js';
import type {ResolvedText} from '../core/localized-text.js';
import type {TwinData} from '../core/merge.js';
import type {GestureController} from './gesture-controller.js';
import type {Partner, Relation, SortKey} from './model.js';
import type {Marker, Places, Selection} from './places.js';
import type {MapViewController} from './view-controller.js';

export interface MapHost {
  readonly data: TwinData;
  /** The locale for `Intl`, and the UI strings' locale (for plurals). */
  readonly locale: string;
  readonly uiLocale: string;
  readonly places: Places;
  /** The partners after the relation filter. */
  readonly shown: readonly Partner[];
  readonly markers: readonly Marker[];
  readonly selection: Selection | undefined;
  readonly filters: ReadonlySet<Relation>;
  readonly listMode: boolean;
  readonly sortKey: SortKey;
  readonly sortDescending: boolean;
  /** The marker that takes the focus (the roving tabindex), by the id of a place it holds. */
  readonly activeId: string;
  readonly view: MapViewController;
  readonly gestures: GestureController;
  /** A city's name (its id without one) with its `lang`. */
  name(city: City | undefined): TemplateResult;
  /** A feed text in the reader's language (for `langSpan`). */
  resolve(value: LocalizedText | undefined): ResolvedText | undefined;
  /** A city's name with its kind, with `lang`; and as plain text. */
  placeName(city: City): TemplateResult;
  placeText(city: City): string;
  setFilters(next: ReadonlySet<Relation>): void;
  toggleList(): void;
  sortBy(key: SortKey): void;
  /** Opens a card; the focus returns to `from` when it closes (by default, where the last card would return it). */
  openCard(selection: Selection, from?: HTMLElement): void;
  closeCard(): void;
  markerClick(e: Event, marker: Marker): void;
  markerKeydown(e: KeyboardEvent, marker: Marker): void;
  markerFocus(marker: Marker): void;
}
