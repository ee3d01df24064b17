/**
 * What the Schedule-X and TOAST UI Calendar adapters share: an event's title as they show it, and the
 * wait for a render that lands in the DOM after the call that asked for it (both libraries render
 * with Preact, which batches updates into a microtask and runs effects after the next frame).
 */
import type {FeedEvent} from './rival.js';

/** The title in English, else in the feed's default language, else in any language. */
export function feedTitle(title: FeedEvent['title'], defaultLanguage: string | undefined): string {
  if (typeof title === 'string') return title;
  return title['en'] ?? (defaultLanguage ? title[defaultLanguage] : undefined) ?? Object.values(title)[0] ?? '';
}

/**
 * Resolves as soon as `ready()` holds: checked now, then after every batch of DOM changes in `el`
 * (a MutationObserver on nodes, text and aria-labels, whose callback runs as a microtask right after the
 * library's commit), so the time measured ends with the commit that drew the events, not at a fixed delay or the next frame.
 * Rejects after a minute without it: a render that never draws fails the bench instead of hanging.
 */
export function whenDrawn(el: HTMLElement, ready: () => boolean, what: string): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      observer.disconnect();
      clearTimeout(guard);
      if (error) reject(error);
      else resolve();
    };
    const observer = new MutationObserver(() => ready() && done());
    observer.observe(el, {childList: true, subtree: true, characterData: true, attributeFilter: ['aria-label']});
    const guard = setTimeout(() => done(new Error(`${what}: nothing drawn after 60 s`)), 60_000);
  });
}
