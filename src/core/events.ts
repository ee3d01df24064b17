/** The events every element fires: bubbling, composed, with a typed, read-only `detail`. */
import type {Problem} from './problems.js';
import type {FeedErrorKind} from './load.js';
import type {TwinData} from './merge.js';

export interface TwinLoadDetail {
  readonly data: TwinData;
  /** Every problem found in the feeds (also in `data.problems`). */
  readonly problems: readonly Problem[];
}
export interface TwinErrorDetail {
  readonly kind: FeedErrorKind;
  /** The feed that failed: its URL, or `data` / `inline`. */
  readonly source: string;
  readonly message: string;
  readonly status?: number | undefined;
  readonly problems: readonly Problem[];
}
/** What a `twin-select` names: an event (calendar), a partner city (map) or a delegation (list). */
export type TwinSelectKind = 'event' | 'city' | 'delegation';
export interface TwinSelectDetail {
  readonly kind: TwinSelectKind;
  readonly id: string;
}

const init = {bubbles: true, composed: true} as const;

/** Fired when the feeds are loaded, merged and validated. */
export class TwinLoadEvent extends CustomEvent<TwinLoadDetail> {
  constructor(detail: TwinLoadDetail) {
    super('twin-load', {...init, detail: Object.freeze(detail)});
  }
}
/** Fired when the feed could not be loaded or used at all. */
export class TwinErrorEvent extends CustomEvent<TwinErrorDetail> {
  constructor(detail: TwinErrorDetail) {
    super('twin-error', {...init, detail: Object.freeze(detail)});
  }
}
/** Fired when the user chooses an item (an event, a city, a delegation...). */
export class TwinSelectEvent extends CustomEvent<TwinSelectDetail> {
  constructor(detail: TwinSelectDetail) {
    super('twin-select', {...init, detail: Object.freeze(detail)});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'twin-load': TwinLoadEvent;
    'twin-error': TwinErrorEvent;
    'twin-select': TwinSelectEvent;
  }
}
