/**
 * What all four elements share: where the data comes from (`src`, `data`, an inline JSON child),
 * language, partner, theme, the loading / error / empty / notice states and the `twin-*` events.
 * Subclasses render the data (`renderContent`) and nothing else.
 */
import {
  adoptStyles,
  html,
  LitElement,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {msg, str} from '@lit/localize';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {City, FeedInput, LocalizedText} from '../../data-schema/schema.js';
import {resolveText, type ResolvedText} from './localized-text.js';
import {kindAfterName} from './place.js';
import {TwinErrorEvent, TwinLoadEvent} from './events.js';
import {inLocale, isLocaleReady, loadLocale} from './i18n.js';
import {feedSources, readFeed} from './read-feeds.js';
import {canonicalLocale, closestLang, observeLang, uiLocaleFor, type UiLocale} from './locale.js';
import {forPartner, mergeValidatedFeeds, type SeveralFeeds, type TwinData, type ValidatedFeed} from './merge.js';
import type {Failure, StateHost} from './feed-states.js';
import {stateStyles, tokens} from './theme.js';
import type {Problem} from './problems.js';
import {stopWaiting, whenNear} from './controllers/near-viewport.js';

export type Theme = 'auto' | 'light' | 'dark';

/** A resolved feed text in a `<span>` with its own `lang` (`fallback` when there is none); see `TwinElement.textSpan`. */
export const langSpan = (t: ResolvedText | undefined, fallback = ''): TemplateResult =>
  html`<span lang=${ifDefined(t?.lang)}>${t?.text ?? fallback}</span>`;
/** Reflects a text attribute only when it is set: `lang=""` would tell screen readers and fonts "unknown language". */
const unlessEmpty = {toAttribute: (value: string) => value || null};
// A page's first Intl formatter costs 15–35 ms (the engine lists the locales it has, once per page):
// made in the task after this module loads, while the page is still fetching its feed, not in the first render.
setTimeout(() => new Intl.NumberFormat());
type Status = 'idle' | 'loading' | 'ready' | 'error' | 'unconfigured';

/**
 * The `aria-level` of one of an element's headings, `depth` levels below its top heading (0: the top one,
 * at its `heading-level`), within 1–6. A function, not a method: an element without headings carries none of it.
 */
export const level = (el: {readonly headingLevel: number}, depth = 0): number =>
  Math.min(6, Math.max(1, Math.trunc(el.headingLevel) || 2) + depth);

/**
 * The base of every Twinning Kit element.
 *
 * @slot - Fallback content (for example a plain link to the feed), shown until the data arrives.
 *
 * @fires twin-load - The feeds are loaded, merged and validated. `detail`: `{data, problems}`.
 * @fires twin-error - A feed could not be loaded or used. `detail`: `{kind, source, message, status, problems}`.
 *
 * @csspart state - The loading, error and empty states (also `loading`, `error`, `empty`).
 * @csspart retry-button - The "try again" button of the error state.
 * @csspart notice - The notice about skipped items and other problems in the feed.
 * @csspart problems - The list of problems, with their JSON paths, for the feed's editors.
 *
 * @cssprop [--twin-color-text=light-dark(#1d2430, #e8ebf0)] - Text colour.
 * @cssprop [--twin-color-bg=light-dark(#ffffff, #16191e)] - Background.
 * @cssprop [--twin-color-surface=light-dark(#f4f6f9, #1f242b)] - Raised surfaces: buttons, cells, cards.
 * @cssprop [--twin-color-muted=light-dark(#4f5b6b, #a9b3c1)] - Secondary text.
 * @cssprop [--twin-color-border=light-dark(#c9d1dc, #3a4350)] - Borders and rules.
 * @cssprop [--twin-color-accent=light-dark(#0b5cad, #7cb7ff)] - Links, primary buttons, selection.
 * @cssprop [--twin-color-on-accent=light-dark(#ffffff, #0b1522)] - Text on the accent colour.
 * @cssprop [--twin-color-danger=light-dark(#a4161a, #ff8a8a)] - Errors.
 * @cssprop [--twin-color-notice-bg=light-dark(#fff6d6, #3a3117)] - Background of notices.
 * @cssprop [--twin-color-focus=light-dark(#0b5cad, #9ccaff)] - Focus ring.
 * @cssprop [--twin-radius=0.375em] - Corner radius.
 * @cssprop [--twin-space=1em] - Base spacing.
 * @cssprop [--twin-inset=0.75em] - Space between the widget's edge (its own background) and its content.
 * @cssprop [--twin-reserved-height=16em] - Height reserved while loading, so the page does not jump (empty and error states take only the room they need). Each element sets its own
 *   (about its usual height, at most a screen): set it on the element to the height it will have on your page.
 */
export abstract class TwinElement extends LitElement {
  static override styles = [tokens, stateStyles];
  /** Reactive properties are declared here, not with decorators: no decorator runtime in any entry. */
  static override properties: PropertyDeclarations = {
    src: {reflect: true, converter: unlessEmpty},
    data: {attribute: false},
    lang: {reflect: true, converter: unlessEmpty},
    partner: {reflect: true, converter: unlessEmpty},
    theme: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    timeout: {type: Number},
    status: {state: true},
    twinData: {state: true},
    failures: {state: true},
    stale: {state: true},
  };

  /** One or more feed URLs, separated by spaces; merged in order. The first feed's publisher is home. */
  src = '';

  /** A feed object, or an array of them, instead of `src`: parsed JSON as it comes, checked like a fetched feed. */
  data: FeedInput | Record<string, unknown> | ReadonlyArray<FeedInput | Record<string, unknown>> | undefined;

  /** Language of the widget (`ru`, `en`, `zh-Hans`, `ja`, `ko`...); else the closest ancestor's, else the page's. */
  override lang = '';

  /** A city id: show only what involves that partner. */
  partner = '';

  /** `auto` follows the visitor's system; `light` or `dark` forces one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * The level of the element's top heading in the page's outline (1–6): set it to one below the heading
   * the element sits under (`heading-level="3"` under an `h2`). The element's own headings follow below it,
   * in order. Its headings are `role="heading"` with this `aria-level`, the same to assistive technology as
   * an `h2`…`h6`.
   */
  headingLevel = 2;

  /** Milliseconds to wait for each feed before giving up. */
  timeout = 15_000;

  protected status: Status = 'idle';
  /** The merged data, narrowed to `partner`. */
  protected twinData: TwinData | undefined;
  private failures: Failure[] = [];
  /** The last refresh failed, the data shown is older. */
  private stale = false;

  /** Whether `partner` narrows the data to what involves that partner (the map shows everyone and preselects instead). */
  protected narrowsToPartner = true;
  /** The locale for `Intl` (dates, numbers, names), e.g. `ja` or `en-GB`. */
  protected locale = 'en';
  /** The locale of the UI strings: one of the five the kit is translated into. */
  protected uiLocale: UiLocale = 'en';
  #fullData: TwinData | undefined;
  #abortLoad: AbortController | undefined;
  #stopObservingLang: (() => void) | undefined;
  #loadToken = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLang = observeLang(() => this.requestUpdate());
    // Not loaded yet, or stopped when it left the page (no element out of the page is `loading`).
    if (this.hasUpdated && this.status === 'idle') void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    stopWaiting(this);
    if (this.status === 'loading') {
      this.#abortLoad?.abort();
      this.status = 'idle';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const tag = this.lang || closestLang(this.parentNode instanceof Element ? this.parentNode : this);
    const locale = canonicalLocale(this.lang || tag);
    const ui = uiLocaleFor(locale);
    this.locale = locale;
    if (isLocaleReady(ui)) {
      this.uiLocale = ui;
    } else {
      void loadLocale(ui).then(() => this.requestUpdate());
    }
    if (changed.has('src') || changed.has('data') || changed.has('timeout') || !this.hasUpdated) {
      void this.reload();
    } else if (changed.has('partner') && this.#fullData) {
      this.twinData = this.narrowsToPartner ? forPartner(this.#fullData, this.partner) : this.#fullData;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    inLocale(this.uiLocale, () => super.update(changed));
  }

  /** Runs `fn` with `msg()` in this element's language (for texts made outside `render`). */
  protected inOwnLocale<T>(fn: () => T): T {
    return inLocale(this.uiLocale, fn);
  }

  /** Loads the data again, bypassing the page's cache (the retry button). */
  async reload(fresh = false): Promise<void> {
    const token = ++this.#loadToken;
    this.#abortLoad?.abort();
    // Removed before its first render (or changed while out of the page): nothing to fetch for no one.
    // `connectedCallback` loads when it is back.
    if (!this.isConnected) return void (this.status = 'idle');
    const controller = new AbortController();
    this.#abortLoad = controller;
    const sources = feedSources(this);
    if (sources.length === 0) {
      this.status = 'unconfigured';
      return;
    }
    if (!this.#fullData) {
      this.status = 'loading';
      // Far below the fold, its reserved space and fallback wait until it comes near (controllers/near-viewport.ts).
      await whenNear(this);
      if (token !== this.#loadToken || !this.isConnected) return;
    }
    const ui = uiLocaleFor(canonicalLocale(this.lang || closestLang(this)));
    const [results] = await Promise.all([
      Promise.all(
        sources.map(({source, read}) =>
          readFeed(source, read, controller.signal, fresh, () => this.#loadStates().then((m) => m.explainItem)),
        ),
      ),
      loadLocale(ui),
    ]);
    if (token !== this.#loadToken || controller.signal.aborted) return;
    const ok = results.filter((r): r is ValidatedFeed => 'feed' in r);
    const failed = results.filter((r): r is Failure => !('feed' in r));
    // The English reasons of the problems (for listeners) come with the chunk that shows them.
    if (!(await this.#describe(failed)) || controller.signal.aborted) return;
    this.failures = failed;
    for (const f of failed) {
      this.dispatchEvent(
        new TwinErrorEvent({
          kind: f.kind,
          source: f.source,
          message: f.message,
          status: f.status,
          problems: f.problems,
        }),
      );
    }
    if (ok.length === 0) {
      if (this.#fullData && fresh) {
        this.stale = true;
        return;
      }
      this.status = 'error';
      return;
    }
    let several: SeveralFeeds | undefined;
    if (ok.length > 1) {
      several = await import('./merge-several.js').then(
        (m) => m.SEVERAL,
        () => undefined,
      );
      if (token !== this.#loadToken) return;
      // Without that chunk, the first feed alone is shown, and the others are said to have failed.
      if (!several)
        this.failures = [
          ...failed,
          ...ok
            .splice(1)
            .map((f): Failure => ({kind: 'network', source: f.source, message: 'not merged', problems: []})),
        ];
    }
    this.stale = false;
    const merged = mergeValidatedFeeds(ok, several);
    // Merging finds problems of its own (the same event in two feeds): described with the feeds' own.
    if (!(await this.#describe([merged])) || controller.signal.aborted) return;
    this.#fullData = merged;
    this.twinData = this.narrowsToPartner ? forPartner(this.#fullData, this.partner) : this.#fullData;
    this.status = 'ready';
    await this.updateComplete;
    this.dispatchEvent(new TwinLoadEvent({data: this.#fullData, problems: this.#fullData.problems}));
  }

  /** Renders the loaded data. `this.twinData` is set. */
  protected abstract renderContent(data: TwinData): unknown;

  /** A text of the feed in this element's language (the fallback chain of `resolveText`), with the language it is in. */
  protected feedText(value: LocalizedText | undefined, data: TwinData): ResolvedText | undefined {
    return resolveText(value, this.locale, data.defaultLanguage);
  }

  /**
   * A text of the feed drawn inline, in a `<span>` with its own `lang` (so screen readers and fonts
   * read it in its language): the one way the elements draw feed text. `fallback` (an id, say) when the
   * feed has no text; `resolved` when the text is already resolved.
   */
  protected textSpan(value: LocalizedText | undefined, data: TwinData, fallback = ''): TemplateResult {
    return langSpan(this.feedText(value, data), fallback);
  }

  /**
   * A partner's name as plain text, with its kind when it is not a city and its name does not say so
   * ("Gangwon, province"; "…連合（団体）"): for labels and sorting. `placeName` is the same with `lang`.
   */
  protected placeText(city: City, data: TwinData): string {
    const name = this.feedText(city.name, data)?.text ?? city.id;
    return name + this.#kind(city, name);
  }

  /** A partner's name in its own `lang`, followed by its kind when it is not a city (see `placeText`). */
  protected placeName(city: City | undefined, data: TwinData): TemplateResult {
    const name = city ? this.feedText(city.name, data) : undefined;
    const text = name?.text ?? city?.id ?? '';
    const kind = this.#kind(city, text);
    return html`${langSpan(name, text)}${kind ? html`<span class="kind">${kind}</span>` : nothing}`;
  }

  /** ", province" after a partner's `name` when it is not a city and its name does not say so; else nothing. */
  #kind(city: City | undefined, name: string): string {
    const kind = city && kindAfterName(city.kind, name, this.locale);
    return kind ? msg(str`, ${kind}`, {id: 'common.kindAfterName'}) : '';
  }

  protected override render(): unknown {
    // Pre-rendered content (`twinning-kit render`) stays on screen while the data loads, instead of the
    // shimmer, and under the error if it fails: the widget replaces it only once drawn (no flash).
    const pre = this.querySelector(':scope>[data-twin-static]');
    switch (this.status) {
      case 'idle':
      case 'loading':
        return html`<div part="state loading" class=${pre ? 'pre' : 'state loading'} aria-busy="true">
          <span role="status" class="visually-hidden">${msg('Loading…', {id: 'state.loading'})}</span>
          <slot></slot>
        </div>`;
      case 'unconfigured':
        return this.renderEmpty(
          msg('No feed is set.', {id: 'state.unconfigured.title'}),
          msg('Give the element a src attribute with the address of a feed, or a data property.', {
            id: 'state.unconfigured.hint',
          }),
        );
      case 'error':
        return html`${this.#renderError()}${pre && html`<slot></slot>`}`;
      case 'ready':
        return html`${this.#renderNotice()}${this.renderContent(this.twinData!)}`;
    }
  }

  /** The shared "nothing to show" state; `hint` says what the user can do about it. */
  protected renderEmpty(title: string, hint?: string): TemplateResult {
    return html`<div part="state empty" class="state empty" role="status">
      <p><strong>${title}</strong></p>
      ${hint ? html`<p>${hint}</p>` : nothing}
    </div>`;
  }

  /** The detailed error and notice: a separate chunk, loaded only when a feed fails or has problems. */
  #states: typeof import('./feed-states.js') | undefined;
  #lazyLoads = new Set<Promise<unknown>>();

  #addedStyles: CSSResultOrNative[] = [];
  /** Adopts the styles a lazily loaded chunk brings, beside the element's own (and those added before). */
  protected addStyles(styles: CSSResultOrNative[]): void {
    this.#addedStyles.push(...styles);
    adoptStyles(this.renderRoot as ShadowRoot, [
      ...(this.constructor as typeof LitElement).elementStyles,
      ...this.#addedStyles,
    ]);
  }

  /** Loads a chunk the next render needs; `updateComplete` waits for it (and the render it asks for). */
  protected whenLoaded<T>(chunk: Promise<T>, use: (module: T) => void): Promise<T> {
    const p = chunk.then((m) => {
      use(m);
      this.requestUpdate();
      return m;
    });
    this.#lazyLoads.add(p);
    const done = () => this.#lazyLoads.delete(p);
    p.then(done, done);
    return p;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#lazyLoads.size) {
      await Promise.allSettled([...this.#lazyLoads]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Whatever the chunk's fate, the error says what happened and offers to try again. */
  #renderError(): TemplateResult {
    void this.#loadStates().catch(() => undefined);
    return html`<div part="state error" class="state error" role="alert">
      <p class="error-title">${msg('The data could not be loaded.', {id: 'error.title'})}</p>
      ${this.#states?.renderFailures(this.failures, this.#stateHost())}
      <button part="retry-button" class="primary" @click=${() => void this.reload(true)}>
        ${msg('Try again', {id: 'action.retry'})}
      </button>
    </div>`;
  }

  #renderNotice(): unknown {
    const data = this.#fullData;
    if (!data || (data.problems.length === 0 && this.failures.length === 0 && !this.stale)) return nothing;
    void this.#loadStates().catch(() => undefined);
    return this.#states?.renderNotice(data, this.failures, this.stale, this.#stateHost());
  }

  /**
   * Gives the problems their English `message` (and quoted value) before anyone sees them; false when
   * a newer load has begun meanwhile.
   */
  async #describe(owners: ReadonlyArray<{problems: Problem[]}>): Promise<boolean> {
    const token = this.#loadToken;
    const problems = owners.flatMap((o) => o.problems).filter((p) => !p.message);
    if (problems.length)
      await this.#loadStates().then(
        (m) => m.describeProblems(problems),
        () => undefined,
      );
    return token === this.#loadToken;
  }

  #statesLoading: Promise<typeof import('./feed-states.js')> | undefined;
  #loadStates(): Promise<typeof import('./feed-states.js')> {
    this.#statesLoading ??= this.whenLoaded(import('./feed-states.js'), (m) => {
      this.#states = m;
      this.addStyles([m.noticeStyles]);
    }).catch((err: unknown) => {
      this.#statesLoading = undefined;
      throw err;
    });
    return this.#statesLoading;
  }

  /** What the states chunk needs of the element: its language, a retry, a way to load what it lacks. */
  #stateHost(): StateHost {
    return {
      locale: this.uiLocale,
      retry: () => void this.reload(true),
      wait: (p) => void this.whenLoaded(p, () => undefined),
    };
  }
}
