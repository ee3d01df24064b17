/**
 * Which events of a checked feed will show as events in search results (Google's event rich results),
 * and why the others will not: for the feed checker and `twinning-kit validate`. DOM-free.
 */
import type {ValidationResult} from '../core/validate.js';
import {mergeFeeds} from '../core/merge-feeds.js';
import {resolveText} from '../core/localized-text.js';
import {richVerdict, type RichVerdict} from './json-ld.js';

/** An event without a rich result: where it is in the feed as written, its title, and why. */
export interface NoRichResult {
  /** Its index in the feed's `events` as written (`$.events[index]`). */
  index: number;
  id: string;
  title: string | undefined;
  lang: string | undefined;
  reason: Exclude<RichVerdict, 'ok'>;
}

export interface RichResults {
  /** The events the feed can show (invalid ones are skipped, and are problems of their own). */
  events: number;
  /** Those that will show as events in search results. */
  rich: number;
  /** The others, in the order of the feed. */
  missing: NoRichResult[];
}

/** The rich results of one checked feed (`undefined` when it is not usable); titles in `locale`. */
export function richResults(result: ValidationResult, source: string, locale: string): RichResults | undefined {
  const feed = result.feed;
  if (!feed) return undefined;
  const written = result.origin?.['events'];
  const at = new Map(feed.events.map((e, i) => [e.id, written?.[i] ?? i]));
  const data = mergeFeeds([{source, feed, problems: [], skipped: 0, origin: result.origin}]);
  const missing: NoRichResult[] = [];
  for (const e of data.events) {
    const reason = richVerdict(e);
    if (reason === 'ok') continue;
    const title = resolveText(e.title, locale, data.defaultLanguage);
    missing.push({index: at.get(e.id) ?? -1, id: e.id, title: title?.text, lang: title?.lang, reason});
  }
  missing.sort((a, b) => a.index - b.index);
  return {events: data.events.length, rich: data.events.length - missing.length, missing};
}
