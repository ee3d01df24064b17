/**
 * The first two steps of the pipeline (ARCHITECTURE.md): where an element's feeds come from (`data`,
 * `src` with one or more URLs, or an inline `<script type="application/json">` child), and reading one
 * of them: fetch or parse, then validate. A feed becomes either a validated feed (its problems, with
 * their reasons, and the items skipped) or a failure that says why; never an exception.
 */
import {checkFeed, type Explain} from './check.js';
import type {Failure} from './feed-states.js';
import {FeedError, fetchFeedJson, parseJson} from './load.js';
import type {ValidatedFeed} from './merge.js';

export type ReadSource = (signal: AbortSignal, fresh: boolean) => Promise<unknown>;

/** What an element says about where its data comes from. */
export interface FeedOwner {
  data: unknown;
  src: string;
  timeout: number;
  querySelector(selectors: string): Element | null;
}

/** The element's feeds, in order: `data` wins over `src`, and `src` over an inline JSON child. */
export function feedSources(owner: FeedOwner): Array<{source: string; read: ReadSource}> {
  if (owner.data !== undefined && owner.data !== null) {
    const list = Array.isArray(owner.data) ? owner.data : [owner.data];
    return list.map((feed, i) => ({
      source: list.length > 1 ? `data[${i}]` : 'data',
      read: () => Promise.resolve(feed),
    }));
  }
  const urls = owner.src.split(/\s+/).filter(Boolean);
  if (urls.length) {
    return [...new Set(urls)].map((url) => ({
      source: url,
      read: (signal, fresh) => fetchFeedJson(url, {signal, timeout: owner.timeout, fresh}),
    }));
  }
  const script = owner.querySelector(':scope > script[type="application/json"]');
  if (script) {
    return [
      {source: 'inline', read: () => Promise.resolve().then(() => parseJson(script.textContent ?? '', 'inline'))},
    ];
  }
  return [];
}

/**
 * Reads and validates one feed. Why an item is invalid is explained by code that loads only for a feed
 * that has one (`loadExplain`); without it, the invalid items are a failure of the feed.
 */
export async function readFeed(
  source: string,
  read: ReadSource,
  signal: AbortSignal,
  fresh: boolean,
  loadExplain: () => Promise<Explain>,
): Promise<ValidatedFeed | Failure> {
  try {
    const json = await read(signal, fresh);
    let result = checkFeed(json, source);
    if (!result) {
      const explain = await loadExplain().catch(() => undefined);
      result = explain ? checkFeed(json, source, {explain}) : {feed: null, problems: [], skipped: 0};
    }
    if (!result.feed) {
      return {
        kind: 'invalid',
        source,
        message: 'the feed does not follow the Twinning Kit format',
        problems: result.problems,
      };
    }
    return {source, feed: result.feed, problems: result.problems, skipped: result.skipped, origin: result.origin};
  } catch (err) {
    if (err instanceof FeedError) {
      return {kind: err.kind, source, message: err.message, status: err.status, at: err.at, problems: []};
    }
    const message = err instanceof Error ? err.message : String(err);
    return {kind: 'network', source, message, problems: []};
  }
}
