/**
 * What test/node/lifecycle.test.ts and its in-page half (test/helpers/lifecycle-page.ts) agree on: the
 * kind of each cycle, and what the page reports. No side effects: the test imports it in Node.
 */

export type CycleKind = 'data' | 'slow' | 'quick';

/**
 * What cycle `i` does: most render the feed given as the `data` property; one in ten points `src` at
 * the slow route and is removed once its loading state shows and the server has the request; one in
 * twenty points `src` at the slow route (on the second port) and is removed in the same task as it
 * was added, before its first render: it should fetch nothing at all.
 */
export function cycleKind(i: number): CycleKind {
  if (i % 10 === 3) return 'slow';
  if (i % 20 === 9) return 'quick';
  return 'data';
}

export interface BatchResult {
  /** Data cycles whose content was on screen before the element was removed. */
  rendered: number;
  /** Slow cycles whose loading state was on screen before the element was removed. */
  loading: number;
  /** Cycles removed in the task that added them. */
  quick: number;
  /** Of those, the ones that started a request all the same (out of the page, for no one). */
  quickFetched: number;
  /** The most listeners (on window, document, html), document MutationObservers and ResizeObservers seen while an element was on the page. */
  peak: {listeners: number; documentObservers: number; resizeObservers: number};
  /** Milliseconds spent in each kind of cycle. */
  ms: Record<CycleKind, number>;
  failures: string[];
}

export interface Snapshot {
  /** `target:type`, sorted: the live listeners on window, document and the root element. */
  listeners: string[];
  /** MutationObservers observing a node of the document, not disconnected. */
  documentObservers: number;
  /** ResizeObservers with at least one element observed. */
  resizeObservers: number;
  /** Pending timers (`timeout <ms>`), animation frames (`frame`) and idle callbacks (`idle`). */
  pending: string[];
  /** The kit's requests to the slow route. */
  slowFetches: {started: number; aborted: number; settled: number; failed: number};
}

export interface LifecycleHarness {
  /**
   * Waits for the kit's four elements and loads the feed (for the `data` property). `quickOrigin`
   * serves the quick cycles' `src`: another port, so that requests a regression leaves hanging there
   * do not take the connections (six per host) the other cycles need.
   */
  ready(quickOrigin: string): Promise<void>;
  /** Runs cycles `from` to `from + count - 1` of `tag`. `prefix` makes the slow URLs unique. */
  cycles(tag: string, from: number, count: number, prefix: string): Promise<BatchResult>;
  snapshot(): Snapshot;
  /** Puts one of each element on the page, rendered (`true`), or takes them off again (`false`). */
  mountAll(on: boolean): Promise<void>;
}

declare global {
  interface Window {
    __lifecycle: LifecycleHarness;
  }
}
