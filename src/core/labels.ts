/**
 * The vocabulary the elements share, under `common.*` message ids: a translation here changes every
 * element that says it, and only words said the same way everywhere belong here. Each element's own
 * words stay in its folder's `labels.ts` (`cal.*`, `map.*`, `del.*`, `rep.*`). Call inside a render
 * (or `inOwnLocale`) so `msg()` speaks the element's language.
 */
import {msg} from '@lit/localize';

/** How people take part, in the one order every element lists them; `unstated` when the feed does not say. */
export const FORMATS = ['online', 'offline', 'hybrid', 'unstated'] as const;
export type FormatKey = (typeof FORMATS)[number];

export const formatLabel = (f: FormatKey): string => {
  switch (f) {
    case 'online':
      return msg('Online', {id: 'common.format.online'});
    case 'offline':
      return msg('In person', {id: 'common.format.offline'});
    case 'hybrid':
      return msg('Hybrid', {id: 'common.format.hybrid'});
    case 'unstated':
      return msg('Format not stated', {id: 'common.format.unstated'});
  }
};

/** An event's status other than "scheduled", or undefined. */
export const statusLabel = (s: string): string | undefined => {
  switch (s) {
    case 'cancelled':
      return msg('Cancelled', {id: 'common.status.cancelled'});
    case 'postponed':
      return msg('Postponed', {id: 'common.status.postponed'});
    case 'rescheduled':
      return msg('Rescheduled', {id: 'common.status.rescheduled'});
    case 'moved-online':
      return msg('Moved online', {id: 'common.status.movedOnline'});
    default:
      return undefined;
  }
};

/** Words of filters, tables and details that every element says the same way (`common.filters()`...). */
// Shared words: `import * as common from './common-words.js'` (one export each, so a bundle keeps only those it says).
