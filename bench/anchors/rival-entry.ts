/**
 * A calendar rival's bench page (bench/anchors/calendars.ts): `install(rival, css)` puts `rivalBench` on
 * globalThis, the counterpart of bench/calendar.ts's `calBench` for one rival's adapter
 * (bench/anchors/<rival>-app.ts). calendars.ts bundles, for each rival, a two-line entry that imports
 * its adapter and this, so that each page loads one rival only.
 */
import type {Drawn, Feed, RivalCalendar, RivalHandle, RivalView} from './rival.js';

type ListOf = 'month' | 'year' | undefined;

export interface RivalRun {
  ms: number;
  drawn: Drawn;
}

export function install(rival: RivalCalendar, css: string[] = []): void {
  let handle: RivalHandle | undefined;
  let el: HTMLElement | undefined;

  /** Destroys the last calendar and empties <main>. */
  function clear(): void {
    handle?.destroy();
    handle = undefined;
    document.querySelector('main')!.replaceChildren();
  }

  async function mount(feed: Feed, view: RivalView, date: string, listOf?: ListOf): Promise<HTMLElement> {
    clear();
    el = document.createElement('div');
    document.querySelector('main')!.append(el);
    handle = await rival.mount(el, feed, view, date, listOf);
    el.getBoundingClientRect();
    return el;
  }

  /**
   * A cheap reading of the title the rival shows, for a frame callback: the text node that holds
   * `drawn().title` now (found once, before the timed click), else its parent's text; `drawn()` (which
   * counts every event) only if the rival replaced both.
   */
  function titleReader(target: HTMLElement): () => string {
    const title = rival.drawn(target).title;
    const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeValue?.trim() !== title) continue;
      const text = n;
      const parent = n.parentElement!;
      return () =>
        text.isConnected
          ? text.nodeValue!.trim()
          : parent.isConnected
            ? parent.textContent!.trim()
            : rival.drawn(target).title;
    }
    return () => rival.drawn(target).title;
  }

  const rivalBench = {
    name: rival.name,
    views: rival.views,
    css,
    feeds: {} as Record<string, string>,
    clear,
    /** The first render, from the parsed feed to laid out. */
    async render(key: string, view: RivalView, date: string, listOf?: ListOf): Promise<RivalRun> {
      clear();
      const target = document.createElement('div');
      document.querySelector('main')!.append(target);
      el = target;
      const feed = JSON.parse(this.feeds[key]!) as Feed;
      const t = performance.now();
      handle = await rival.mount(target, feed, view, date, listOf);
      target.getBoundingClientRect();
      const ms = performance.now() - t;
      return {ms, drawn: rival.drawn(target)};
    },
    /** The next period through the rival's API, to laid out. */
    async next(key: string, view: RivalView, date: string, listOf?: ListOf): Promise<RivalRun> {
      const target = await mount(JSON.parse(this.feeds[key]!) as Feed, view, date, listOf);
      const before = rival.drawn(target).title;
      await new Promise((r) => setTimeout(r, 30));
      const t = performance.now();
      await handle!.next();
      target.getBoundingClientRect();
      const ms = performance.now() - t;
      const drawn = rival.drawn(target);
      if (drawn.title === before) throw new Error(`${rival.name}: next() did not change the period (${before})`);
      return {ms, drawn};
    },
    /**
     * Mounts the month view for a real click on the next button: resolves with that button's centre in
     * the page and arms `clickProbe` (bench/anchors/calendars.ts) with a cheap title reading.
     */
    async armClick(key: string, date: string): Promise<{x: number; y: number}> {
      const target = await mount(JSON.parse(this.feeds[key]!) as Feed, 'month', date);
      const button = target.querySelector<HTMLElement>(rival.nextButton);
      if (!button) throw new Error(`${rival.name}: no next button (${rival.nextButton})`);
      const title = titleReader(target);
      const ready = () => !rival.pending?.(target);
      const r = button.getBoundingClientRect();
      (globalThis as unknown as {clickProbe: (t: () => string, r: () => boolean) => void}).clickProbe(title, ready);
      return {x: r.left + r.width / 2, y: r.top + r.height / 2};
    },
    drawn: (): Drawn => rival.drawn(el!),
  };
  Object.assign(globalThis, {rivalBench});
}
