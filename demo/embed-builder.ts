/**
 * <demo-embed-builder>: a webmaster chooses a widget and its settings, sees it live, and copies a snippet
 * that works when pasted into a CMS's HTML block: the CDN file pinned to this version with its
 * Subresource Integrity hash (or the self-hosted file), the element with only the attributes that differ
 * from the defaults, and a plain link inside as the no-JavaScript fallback. The preview runs the very
 * file the snippet loads (scripts/cdn-file.mjs serves it with its hash).
 */
import {LitElement, css, html, nothing, type TemplateResult} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {fetchFeedJson} from '../src/core/load.js';
import {validateFeed} from '../src/core/validate.js';
import {mergeFeeds} from '../src/core/merge-feeds.js';
import {resolveText} from '../src/core/localized-text.js';
import {countryName} from '../src/core/format.js';
import {LangController, fill} from './i18n.js';
import {BUILDER_WORDS, type BuilderKey} from './embed-builder.words.js';
import {INITIAL_HEIGHT, embedKind, embedPageUrl, iframeSnippet} from '../src/embed/snippet.js';
import {EMBED_WORDS} from '../src/embed/words.js';
import {uiLocaleFor} from '../src/core/locale.js';

export const ELEMENTS = [
  'twin-event-calendar',
  'twin-partner-map',
  'twin-delegation-list',
  'twin-report-summary',
] as const;
export type ElementName = (typeof ELEMENTS)[number];
const LANGS = ['', 'ru', 'en', 'zh-Hans', 'ja', 'ko'] as const;
const LANG_NAMES: Record<string, string> = {
  ru: 'Русский',
  en: 'English',
  'zh-Hans': '中文（简体）',
  ja: '日本語',
  ko: '한국어',
};
const VIEWS: Partial<Record<ElementName, readonly string[]>> = {
  'twin-event-calendar': ['', 'month', 'list', 'year'],
  'twin-partner-map': ['map', 'list'],
};
const SORTS = ['date', '-date', 'city', 'country'] as const;
/** The attribute defaults: the snippet leaves out what a default already gives. */
const DEFAULTS: Record<string, string> = {theme: 'auto', view: '', sort: 'date'};
const CDN_BASE = 'https://cdn.jsdelivr.net/npm/twinning-kit';
const INFO_URL = '/@twinning-kit/cdn.json';
/** The CDN file itself: the preview runs it (not the sources), so it shows what the snippet loads. */
const CDN_FILE = '/@twinning-kit/twinning-kit.js';

interface CdnInfo {
  version: string;
  integrity: string;
  bytes: number;
  gzipBytes: number;
}
interface PartnerOption {
  id: string;
  label: string;
  lang: string;
}

/** What a pasted snippet must escape inside a double-quoted attribute and in text. */
export const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A feed address the snippet may carry: http(s), or a path on the site (no `javascript:`, no `data:`). */
export function usableFeedUrl(value: string): boolean {
  const v = value.trim();
  if (!v || /\s/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return /^https?:\/\/[^/]/i.test(v);
  return !v.startsWith('//');
}

export interface EmbedChoice {
  element: ElementName;
  src: string;
  lang: string;
  partner: string;
  theme: string;
  view: string;
  sort: string;
  compact: boolean;
  hosting: 'cdn' | 'self';
  selfPath: string;
  /** The element itself, a `<div class="twinning-kit">` that sanitizers keep, or an iframe of embed.html. */
  form: 'element' | 'div' | 'iframe';
  /** The folder of embed.html, embed.js and twinning-kit.js on the site (the iframe form). */
  kitFolder: string;
}
export const FORMS = ['element', 'div', 'iframe'] as const;

/** The element's attributes, in a stable order, without the defaults. */
export function attributesOf(c: EmbedChoice): Array<[string, string | true]> {
  const list: Array<[string, string | true]> = [['src', c.src.trim()]];
  if (c.lang) list.push(['lang', c.lang]);
  if (c.partner) list.push(['partner', c.partner]);
  if (c.theme !== DEFAULTS['theme']) list.push(['theme', c.theme]);
  if (VIEWS[c.element] && c.view && c.view !== (c.element === 'twin-partner-map' ? 'map' : DEFAULTS['view']))
    list.push(['view', c.view]);
  if (c.element === 'twin-delegation-list' && c.sort !== DEFAULTS['sort']) list.push(['sort', c.sort]);
  if (c.element === 'twin-report-summary' && c.compact) list.push(['compact', true]);
  return list;
}

/** The code to paste. `iframeTitle`: the iframe's title (the widget, in its language). */
export function snippetFor(c: EmbedChoice, cdn: CdnInfo | undefined, fallbackText: string, iframeTitle = ''): string {
  const kind = embedKind(c.element)!;
  if (c.form === 'iframe') {
    const folder = c.kitFolder.trim().replace(/\/?$/, '/');
    const attrs = Object.fromEntries(attributesOf(c).map(([k, v]) => [k, v === true ? '1' : v]));
    const url = embedPageUrl(folder, {...attrs, element: kind, src: c.src.trim()});
    return `${iframeSnippet({url, title: iframeTitle, height: INITIAL_HEIGHT[kind], resizeScript: `${folder}embed-resize.js`})}\n`;
  }
  const script =
    c.hosting === 'cdn'
      ? `<script type="module" src="${CDN_BASE}@${cdn?.version ?? '…'}/dist/twinning-kit.js"\n  integrity="${cdn?.integrity ?? '…'}" crossorigin="anonymous"></script>`
      : `<script type="module" src="${escapeAttr(c.selfPath.trim() || '/assets/twinning-kit.js')}"></script>`;
  const data = c.form === 'div';
  const attrs = attributesOf(c)
    .map(([name, value]) => {
      const attr = data ? `data-${name}` : name;
      return value === true ? (data ? ` ${attr}=""` : ` ${attr}`) : ` ${attr}="${escapeAttr(value)}"`;
    })
    .join('');
  const src = escapeAttr(c.src.trim());
  const link = `<a href="${src}">${escapeAttr(fallbackText)}</a>`;
  return data
    ? `${script}\n<div class="twinning-kit" data-element="${kind}"${attrs}>\n  ${link}\n</div>\n`
    : `${script}\n<${c.element}${attrs}>\n  ${link}\n</${c.element}>\n`;
}

/** What a Content-Security-Policy must allow for the snippet. */
export function cspFor(c: EmbedChoice, pageOrigin: string): string[] {
  let feedOrigin = '';
  try {
    const u = new URL(c.src.trim(), pageOrigin);
    if (u.origin !== pageOrigin) feedOrigin = ` ${u.origin}`;
  } catch {
    // An address that does not parse gets no directive of its own.
  }
  // The iframe form: the page loads the embed page and its resize script, both from the site itself.
  if (c.form === 'iframe') return ["frame-src 'self'", "script-src 'self'"];
  return [
    `script-src 'self'${c.hosting === 'cdn' ? ' https://cdn.jsdelivr.net' : ''}`,
    `connect-src 'self'${feedOrigin}`,
    "require-trusted-types-for 'script'; trusted-types lit-html",
  ];
}

@customElement('demo-embed-builder')
export class DemoEmbedBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      --_border: #c9d1dc;
      --_accent: #0b5cad;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(16em, 22em) minmax(0, 1fr);
      gap: 1.5em;
      align-items: start;
    }
    @container (max-width: 44em) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    :host {
      container-type: inline-size;
    }
    form {
      display: grid;
      gap: 1em;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: 6px;
      margin: 0;
      padding: 0.5em 0.9em 0.8em;
    }
    legend,
    label.field {
      font-weight: 600;
    }
    label.field {
      display: grid;
      gap: 0.3em;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 28px;
    }
    .choice.long {
      align-items: flex-start;
      margin-block: 0.3em;
    }
    .choice.long input {
      margin-top: 0.2em;
      flex: none;
    }
    input[type='radio'],
    input[type='checkbox'] {
      width: 1.1em;
      height: 1.1em;
      margin: 0;
    }
    code.tag {
      display: block;
      font-size: 0.8em;
      color: #4f5b6b;
    }
    input[type='text'],
    select {
      font: inherit;
      font-weight: normal;
      min-height: 2.2em;
      padding: 0.2em 0.5em;
      border: 1px solid #6b7788;
      border-radius: 4px;
      background: #fff;
      color: inherit;
      box-sizing: border-box;
      width: 100%;
    }
    .hint {
      font-weight: normal;
      font-size: 0.9em;
      color: #4f5b6b;
    }
    .bad {
      color: #a4161a;
      font-weight: normal;
    }
    [aria-invalid='true'] {
      border-color: #a4161a;
      outline: 2px solid #a4161a;
    }
    h1 {
      font-size: 1.6em;
      margin: 0.4em 0;
    }
    .intro {
      max-width: 48em;
      margin: 0 0 1.2em;
    }
    h2 {
      font-size: 1.15em;
      margin: 0 0 0.5em;
    }
    .preview {
      border: 2px dashed var(--_border);
      border-radius: 6px;
      padding: 1em;
      background: #fff;
      min-height: 10em;
    }
    .preview.dark {
      background: #16191e;
    }
    pre {
      margin: 0;
      padding: 0.8em 1em;
      border-radius: 6px;
      background: #1d2430;
      color: #f1f4f8;
      font-size: 0.85em;
      line-height: 1.5;
      overflow-x: auto;
      white-space: pre;
    }
    pre:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em;
      margin: 0.6em 0 1.2em;
    }
    button {
      font: inherit;
      min-height: 2.2em;
      padding: 0.2em 1em;
      border: 0;
      border-radius: 4px;
      background: var(--_accent);
      color: #fff;
      cursor: pointer;
    }
    button:disabled {
      background: #6b7788;
      cursor: default;
    }
    ul.csp {
      margin: 0.3em 0 0;
      padding-inline-start: 1.2em;
    }
    code {
      font-size: 0.9em;
    }
    section + section {
      margin-top: 1.5em;
    }
  `;

  private readonly i18n = new LangController(this);
  @state() private choice: EmbedChoice = {
    element: 'twin-event-calendar',
    src: '/data-schema/feeds/khabarovsk-2021.json',
    lang: '',
    partner: '',
    theme: 'auto',
    view: '',
    sort: 'date',
    compact: false,
    hosting: 'cdn',
    selfPath: '/assets/twinning-kit.js',
    form: 'element',
    kitFolder: '/assets/',
  };
  @state() private cdn: CdnInfo | undefined;
  @state() private cdnFailed = false;
  @state() private partners: PartnerOption[] | 'loading' | 'failed' = 'loading';
  @state() private copyStatus = '';
  private partnersFor = '';

  private t(key: BuilderKey, values?: Record<string, string | number>): string {
    const text = BUILDER_WORDS[this.i18n.lang][key];
    return values ? fill(text, values) : text;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    fetch(INFO_URL)
      .then((r) => (r.ok ? (r.json() as Promise<CdnInfo>) : Promise.reject(new Error(String(r.status)))))
      .then((info) => (this.cdn = info))
      .catch(() => (this.cdnFailed = true));
    // Loaded by address at run time (Vite leaves it alone): the middleware in scripts/cdn-file.mjs serves it.
    import(/* @vite-ignore */ CDN_FILE).catch(() => (this.cdnFailed = true));
    void this.loadPartners();
  }

  /** The feed's cities other than the publisher, for the partner menu, in the page's language. */
  private async loadPartners(): Promise<void> {
    const src = this.choice.src.trim();
    this.partnersFor = src;
    if (!usableFeedUrl(src)) {
      this.partners = 'failed';
      return;
    }
    this.partners = 'loading';
    try {
      const feeds = await Promise.all(
        src
          .split(/\s+/)
          .map(async (url) => ({url, result: validateFeed(await fetchFeedJson(url, {timeout: 15_000}), url)})),
      );
      if (this.partnersFor !== src) return;
      const data = mergeFeeds(
        feeds
          .filter((f) => f.result.feed)
          .map((f) => ({source: f.url, feed: f.result.feed!, problems: f.result.problems, skipped: f.result.skipped})),
      );
      this.partners = data.cities
        .filter((c) => c.id !== data.home?.id)
        .map((c) => {
          const name = resolveText(c.name, this.i18n.lang, data.defaultLanguage);
          return {
            id: c.id,
            label: `${name?.text ?? c.id}, ${countryName(c.country, this.i18n.lang)}`,
            lang: name?.lang ?? '',
          };
        });
    } catch {
      if (this.partnersFor === src) this.partners = 'failed';
    }
  }

  private set<K extends keyof EmbedChoice>(key: K, value: EmbedChoice[K]): void {
    const next = {...this.choice, [key]: value};
    if (key === 'element') next.view = value === 'twin-partner-map' ? 'map' : '';
    this.choice = next;
    this.copyStatus = '';
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = this.t('copied');
    } catch {
      this.copyStatus = this.t('copyFailed');
    }
  }

  override render(): TemplateResult {
    const c = this.choice;
    const feedOk = usableFeedUrl(c.src);
    const kinds = EMBED_WORDS[c.lang ? uiLocaleFor(c.lang) : this.i18n.lang].kinds;
    const snippet = snippetFor(c, this.cdn, this.t('fallback'), kinds[embedKind(c.element)!]);
    const waiting = c.form !== 'iframe' && c.hosting === 'cdn' && !this.cdn;
    document.title = `${this.t('title')} — Twinning Kit`;
    return html`<div lang=${this.i18n.lang}>
      <h1>${this.t('title')}</h1>
      <p class="intro">${this.t('intro')}</p>
      <div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${this.t('element')}</legend>
          ${ELEMENTS.map(
            (name) => html`<label class="choice">
              <input type="radio" name="element" .checked=${c.element === name} @change=${() => this.set('element', name)} />
              <span>${this.t(name)} <code class="tag">&lt;${name}&gt;</code></span>
            </label>`,
          )}
        </fieldset>
        <label class="field">
          ${this.t('feed')}
          <input
            type="text"
            inputmode="url"
            spellcheck="false"
            autocomplete="off"
            .value=${c.src}
            aria-invalid=${feedOk ? 'false' : 'true'}
            aria-describedby="feed-hint"
            @input=${(e: Event) => this.set('src', (e.target as HTMLInputElement).value)}
            @change=${() => void this.loadPartners()}
          />
          <span id="feed-hint" class=${feedOk ? 'hint' : 'hint bad'}>${feedOk ? this.t('feedHint') : this.t('feedBad')}</span>
        </label>
        <label class="field">
          ${this.t('lang')}
          <select @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}>
            ${LANGS.map((l) => html`<option value=${l} lang=${ifDefined(l || undefined)} ?selected=${c.lang === l}>${l ? LANG_NAMES[l] : this.t('langPage')}</option>`)}
          </select>
        </label>
        ${this.renderPartner()}
        <label class="field">
          ${this.t('theme')}
          <select @change=${(e: Event) => this.set('theme', (e.target as HTMLSelectElement).value)}>
            ${(['auto', 'light', 'dark'] as const).map((v) => html`<option value=${v} ?selected=${c.theme === v}>${this.t(`theme.${v}`)}</option>`)}
          </select>
        </label>
        ${this.renderElementOptions()}
        <fieldset>
          <legend>${this.t('form')}</legend>
          ${FORMS.map(
            (f) =>
              html`<label class="choice long"><input type="radio" name="form" .checked=${c.form === f} @change=${() => this.set('form', f)} /><span>${this.t(`form.${f}`)}</span></label>`,
          )}
          ${c.form === 'div' ? html`<p class="hint">${this.t('form.divHint')}</p>` : nothing}
          ${
            c.form === 'iframe'
              ? html`<p class="hint">${this.t('form.iframeHint')}</p>
                <label class="field">${this.t('kitFolder')}
                  <input type="text" spellcheck="false" .value=${c.kitFolder} @input=${(e: Event) => this.set('kitFolder', (e.target as HTMLInputElement).value)} />
                </label>`
              : nothing
          }
        </fieldset>
        ${
          c.form === 'iframe'
            ? nothing
            : html`<fieldset>
            <legend>${this.t('hosting')}</legend>
            <label class="choice"><input type="radio" name="hosting" .checked=${c.hosting === 'cdn'} @change=${() => this.set('hosting', 'cdn')} />${this.t('hosting.cdn')}</label>
            <label class="choice"><input type="radio" name="hosting" .checked=${c.hosting === 'self'} @change=${() => this.set('hosting', 'self')} />${this.t('hosting.self')}</label>
            ${
              c.hosting === 'self'
                ? html`<label class="field">${this.t('selfPath')}
                  <input type="text" spellcheck="false" .value=${c.selfPath} @input=${(e: Event) => this.set('selfPath', (e.target as HTMLInputElement).value)} />
                </label>`
                : nothing
            }
          </fieldset>`
        }
      </form>
      <div>
        <section aria-labelledby="code-title">
          <h2 id="code-title">${this.t('code')}</h2>
          <pre tabindex="0" aria-labelledby="code-title" data-snippet><code>${snippet}</code></pre>
          <div class="actions">
            <button type="button" ?disabled=${waiting || !feedOk} @click=${() => void this.copy(snippet)}>${this.t('copy')}</button>
            <span role="status">${this.copyStatus}</span>
          </div>
          <p class="hint">
            ${
              c.form === 'iframe'
                ? ''
                : c.hosting === 'cdn'
                  ? this.cdn
                    ? this.t('version', {version: this.cdn.version, kb: (this.cdn.gzipBytes / 1024).toFixed(1)})
                    : this.cdnFailed
                      ? this.t('integrityFailed')
                      : this.t('integrityLoading')
                  : this.t('selfHint')
            }
          </p>
          <p class="hint">${this.t('csp')}</p>
          <ul class="csp hint">
            ${cspFor(c, location.origin).map((line) => html`<li><code>${line}</code></li>`)}
          </ul>
        </section>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">${this.t('preview')}</h2>
          <div class="preview ${c.theme === 'dark' ? 'dark' : ''}" data-preview></div>
        </section>
      </div>
      </div>
    </div>`;
  }

  private renderPartner(): TemplateResult {
    const p = this.partners;
    return html`<label class="field">
      ${this.t('partner')}
      <select ?disabled=${!Array.isArray(p)} @change=${(e: Event) => this.set('partner', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.choice.partner === ''}>${this.t('partnerAll')}</option>
        ${
          Array.isArray(p)
            ? p.map(
                (o) =>
                  html`<option value=${o.id} lang=${ifDefined(o.lang || undefined)} ?selected=${this.choice.partner === o.id}>${o.label}</option>`,
              )
            : nothing
        }
      </select>
      ${p === 'loading' ? html`<span class="hint">${this.t('partnerLoading')}</span>` : nothing}
      ${p === 'failed' ? html`<span class="hint bad">${this.t('partnerFailed')}</span>` : nothing}
    </label>`;
  }

  private renderElementOptions(): TemplateResult | typeof nothing {
    const c = this.choice;
    const views = VIEWS[c.element];
    if (views) {
      return html`<label class="field">
        ${this.t('view')}
        <select @change=${(e: Event) => this.set('view', (e.target as HTMLSelectElement).value)}>
          ${views.map((v) => html`<option value=${v} ?selected=${c.view === v}>${this.t(`view.${c.element === 'twin-partner-map' && v === 'list' ? 'table' : v || 'auto'}` as BuilderKey)}</option>`)}
        </select>
      </label>`;
    }
    if (c.element === 'twin-delegation-list') {
      return html`<label class="field">
        ${this.t('sort')}
        <select @change=${(e: Event) => this.set('sort', (e.target as HTMLSelectElement).value)}>
          ${SORTS.map((v) => html`<option value=${v} ?selected=${c.sort === v}>${this.t(`sort.${v}`)}</option>`)}
        </select>
      </label>`;
    }
    return html`<label class="choice"><input type="checkbox" .checked=${c.compact} @change=${(e: Event) => this.set('compact', (e.target as HTMLInputElement).checked)} />${this.t('compact')}</label>`;
  }

  /**
   * The preview: the element the snippet writes, with the very same attributes, made with DOM calls
   * (the page registers it from the CDN file). Kept between changes, so only what changed reloads.
   */
  protected override updated(): void {
    const box = this.renderRoot.querySelector('[data-preview]');
    if (!box) return;
    const c = this.choice;
    let el = box.firstElementChild;
    if (!usableFeedUrl(c.src)) return void el?.remove();
    if (el?.localName !== c.element) {
      el?.remove();
      el = document.createElement(c.element);
      box.append(el);
    }
    const wanted = new Map(attributesOf(c).map(([name, value]) => [name, value === true ? '' : value]));
    for (const name of el.getAttributeNames()) if (!wanted.has(name)) el.removeAttribute(name);
    for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-embed-builder': DemoEmbedBuilder;
  }
}
