/**
 * <demo-feed-checker>: for the people who keep a feed by hand. Paste it, open it or drop it; every
 * problem is listed with its line and column, JSON path and reason, found by the same validator the
 * command line uses (`validateFeedText`, positions from src/cli/locate.ts); which events will show as
 * events in search results and why the others will not (src/static/rich.ts); and the four widgets
 * preview the feed. The check runs in the page: the feed is sent nowhere.
 */
import {LitElement, css, html, nothing, type TemplateResult} from 'lit';
import '../src/twinning-kit.js';
import {customElement, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {validateFeedText, type ValidationResult} from '../src/core/validate.js';
import {formatPath} from '../src/core/paths.js';
import type {Problem} from '../src/core/problems.js';
import {locator, syntaxError, type TextPosition} from '../src/cli/locate.js';
import {describeReason} from '../src/core/reason-texts/say.js';
import {REASON_TEXTS} from '../src/core/reason-texts/all.js';
import {LangController, fill} from './i18n.js';
import {CHECKER_WORDS, type CheckerKey} from './feed-checker.words.js';
import {BUILDER_WORDS} from './embed-builder.words.js';
import {richResults, type RichResults} from '../src/static/rich.js';

const BUILT_IN = '/data-schema/feeds/khabarovsk-2021.json';
/** At most this many problems are listed; the summary counts them all. */
const LISTED = 200;
const WIDGETS = ['twin-report-summary', 'twin-event-calendar', 'twin-partner-map', 'twin-delegation-list'] as const;
type Widget = (typeof WIDGETS)[number];

export interface CheckedProblem extends Problem {
  position: TextPosition | undefined;
}
export interface CheckOutcome {
  result: ValidationResult;
  problems: CheckedProblem[];
  /** The parsed JSON, for the preview (`undefined` when the text is not JSON). */
  json: unknown;
}

/** Validates a feed's text as `twinning-kit validate` does, and finds where each problem is. */
export function checkFeedText(text: string): CheckOutcome {
  const result = validateFeedText(text, 'feed');
  const notJson = result.problems.some((p) => p.reason.id === 'json');
  const syntax = notJson ? syntaxError(text) : undefined;
  const find = notJson ? undefined : locator(text);
  // In the order of the text, as an editor goes through them (the validator's order is by collection).
  const problems = result.problems
    .map((p) => {
      const position = syntax && p.path.length === 0 ? syntax.position : find?.(p.path);
      // The parser and the locator may disagree by a character: the reason says the place the row shows.
      const reason =
        p.reason.id === 'json' && position ? {...p.reason, line: position.line, column: position.column} : p.reason;
      return {...p, reason, position};
    })
    .sort((a, b) => (a.position?.offset ?? -1) - (b.position?.offset ?? -1));
  let json: unknown;
  if (!notJson) json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return {result, problems, json};
}

/** The built-in feed with typical mistakes of hand editing, for trying the checker. */
export function withMistakes(feed: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(feed) as {
    events: Array<Record<string, unknown>>;
    cities: Array<Record<string, unknown>>;
  };
  copy.events[2]!['start'] = '2021-07-32';
  copy.events[5]!['format'] = 'zoom';
  copy.events[0]!['url'] = 'javascript:alert(1)';
  delete copy.events[7]!['title'];
  copy.events[9]!['cities'] = ['khabarovsk', 'nigata'];
  copy.cities[3]!['coordinates'] = [200, 48.4];
  return copy;
}

@customElement('demo-feed-checker')
export class DemoFeedChecker extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h1 {
      font-size: 1.6em;
      margin: 0.4em 0;
    }
    .intro {
      max-width: 52em;
      margin: 0 0 1em;
    }
    label.field {
      display: grid;
      gap: 0.3em;
      font-weight: 600;
    }
    textarea {
      font: 0.85em/1.45 ui-monospace, 'DejaVu Sans Mono', monospace;
      font-weight: normal;
      width: 100%;
      min-height: 18em;
      box-sizing: border-box;
      padding: 0.5em 0.7em;
      border: 1px solid #6b7788;
      border-radius: 4px;
      resize: vertical;
      tab-size: 2;
    }
    textarea.dragging {
      outline: 3px dashed #0b5cad;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.6em;
      margin: 0.6em 0;
    }
    button,
    .file {
      font: inherit;
      min-height: 2.2em;
      padding: 0.2em 0.9em;
      border: 1px solid #0b5cad;
      border-radius: 4px;
      background: #fff;
      color: #0b5cad;
      cursor: pointer;
      display: inline-flex;
      align-items: center;
    }
    .file input {
      position: absolute;
      opacity: 0;
      width: 1px;
      height: 1px;
    }
    .file:focus-within,
    button:focus-visible,
    textarea:focus-visible {
      outline: 3px solid #0b5cad;
      outline-offset: 2px;
    }
    .hint {
      color: #4f5b6b;
      font-size: 0.9em;
    }
    .summary {
      padding: 0.6em 1em;
      border-radius: 6px;
      border-inline-start: 6px solid #1f7a3a;
      background: #e8f5ec;
      margin: 1em 0;
    }
    .summary.bad {
      border-color: #a4161a;
      background: #fdecec;
    }
    .summary.warn {
      border-color: #8a6d00;
      background: #fff6d6;
    }
    .summary p {
      margin: 0.2em 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.92em;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.4em 0.5em;
      border-bottom: 1px solid #c9d1dc;
    }
    td code {
      word-break: break-all;
    }
    td:first-child,
    td:nth-child(2) {
      white-space: nowrap;
    }
    .sev-error {
      color: #a4161a;
      font-weight: 600;
    }
    .sev-warning {
      color: #6b5400;
      font-weight: 600;
    }
    td button {
      text-align: start;
      border: 0;
      padding: 0;
      min-height: 24px;
      text-decoration: underline;
      background: none;
    }
    .kind {
      display: block;
      font-weight: 600;
    }
    h2 {
      font-size: 1.2em;
      margin: 1.5em 0 0.5em;
    }
    h3 {
      font-size: 1em;
      margin: 1em 0 0.3em;
    }
    ul.rich {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    ul.rich li {
      margin: 0.2em 0;
    }
    ul.rich code {
      margin-inline-end: 0.3em;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 0.8em;
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em 1em;
    }
    fieldset label {
      display: inline-flex;
      gap: 0.4em;
      align-items: center;
      min-height: 28px;
    }
  `;

  private readonly i18n = new LangController(this);
  @state() private text = '';
  @state() private outcome: CheckOutcome | undefined;
  @state() private errorsOnly = false;
  @state() private widget: Widget = 'twin-report-summary';
  @state() private readFailed = false;
  @state() private dragging = false;
  @query('textarea') private area!: HTMLTextAreaElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The rich results of the feed checked, with titles in the language they were found for. */
  private rich: {outcome: CheckOutcome; lang: string; rich: RichResults | undefined} | undefined;

  private t(key: CheckerKey, values?: Record<string, string | number>): string {
    const text = CHECKER_WORDS[this.i18n.lang][key];
    return values ? fill(text, values, this.i18n.lang) : text;
  }

  /** Checks a text now (a file, a button) or soon after the last key stroke. */
  private setText(text: string, now: boolean): void {
    this.text = text;
    this.readFailed = false;
    clearTimeout(this.timer);
    const run = () => (this.outcome = text.trim() ? checkFeedText(text) : undefined);
    if (now) run();
    else this.timer = setTimeout(run, 300);
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      this.setText(await file.text(), true);
    } catch {
      this.readFailed = true;
    }
  }

  private async loadBuiltIn(broken: boolean): Promise<void> {
    try {
      const res = await fetch(BUILT_IN);
      const feed = (await res.json()) as Record<string, unknown>;
      this.setText(`${JSON.stringify(broken ? withMistakes(feed) : feed, null, 2)}\n`, true);
    } catch {
      this.readFailed = true;
    }
  }

  /** Puts the text cursor on a problem's value and scrolls the text box to it. */
  private reveal(position: TextPosition): void {
    const area = this.area;
    area.focus();
    area.setSelectionRange(position.offset, position.offset + Math.min(position.length, 400));
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (position.line - 4) * lineHeight);
  }

  override render(): TemplateResult {
    document.title = `${this.t('title')} — Twinning Kit`;
    return html`<div lang=${this.i18n.lang}>
      <h1>${this.t('title')}</h1>
      <p class="intro">${this.t('intro')}</p>
      <label class="field">
        ${this.t('input')}
        <textarea
          spellcheck="false"
          autocomplete="off"
          class=${this.dragging ? 'dragging' : ''}
          .value=${this.text}
          aria-describedby="drop-hint"
          @input=${(e: Event) => this.setText((e.target as HTMLTextAreaElement).value, false)}
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = true;
          }}
          @dragleave=${() => (this.dragging = false)}
          @drop=${(e: DragEvent) => {
            e.preventDefault();
            this.dragging = false;
            void this.openFile(e.dataTransfer?.files[0]);
          }}
        ></textarea>
      </label>
      <div class="tools">
        <label class="file">
          <input type="file" accept=".json,application/json" @change=${(e: Event) => void this.openFile((e.target as HTMLInputElement).files?.[0])} />
          ${this.t('open')}
        </label>
        <button type="button" data-load="sample" @click=${() => void this.loadBuiltIn(false)}>${this.t('sample')}</button>
        <button type="button" data-load="broken" @click=${() => void this.loadBuiltIn(true)}>${this.t('broken')}</button>
        <span id="drop-hint" class="hint">${this.t('drop')}</span>
      </div>
      <div role="status" aria-live="polite">${this.renderSummary()}</div>
      ${this.renderProblems()} ${this.renderRich()} ${this.renderPreview()}
    </div>`;
  }

  private renderSummary(): TemplateResult {
    if (this.readFailed) return html`<div class="summary bad"><p>${this.t('readFailed')}</p></div>`;
    const o = this.outcome;
    if (!o) return html`<p class="hint">${this.t('empty')}</p>`;
    const {result} = o;
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const f = result.feed;
    const counts = f
      ? html`<p>${this.t('counts', {cities: f.cities.length, partnerships: f.partnerships.length, events: f.events.length, delegations: f.delegations.length, reports: f.reports.length})}</p>`
      : nothing;
    if (result.problems.length === 0)
      return html`<div class="summary" data-outcome="valid"><p>${this.t('valid')}</p>${counts}</div>`;
    return html`<div class="summary ${f ? (errors ? 'bad' : 'warn') : 'bad'}" data-outcome=${f ? 'problems' : 'unusable'}>
      <p>${f ? this.t('problems', {n: result.problems.length, errors, warnings: result.problems.length - errors, skipped: result.skipped}) : this.t('unusable')}</p>
      ${counts}
    </div>`;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const o = this.outcome;
    if (!o || o.problems.length === 0) return nothing;
    const all = this.errorsOnly ? o.problems.filter((p) => p.severity === 'error') : o.problems;
    const shown = all.slice(0, LISTED);
    return html`<label class="choice"
        ><input type="checkbox" .checked=${this.errorsOnly} @change=${(e: Event) => (this.errorsOnly = (e.target as HTMLInputElement).checked)} />
        ${this.t('errorsOnly')}</label
      >
      <table data-problems>
        <thead>
          <tr>
            <th scope="col">${this.t('severity')}</th>
            <th scope="col">${this.t('where')}</th>
            <th scope="col">${this.t('path')}</th>
            <th scope="col">${this.t('value')}</th>
            <th scope="col">${this.t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (p) => html`<tr>
              <td class="sev-${p.severity}">${p.severity === 'error' ? '✖' : '⚠'} ${this.t(p.severity)}</td>
              <td>
                ${
                  p.position
                    ? html`<button type="button" @click=${() => this.reveal(p.position!)}>${this.t('line', {line: String(p.position.line), column: String(p.position.column)})}</button>`
                    : this.t('noLine')
                }
              </td>
              <td><code>${formatPath(p.path)}</code></td>
              <td>${p.value === undefined ? '—' : html`<code class="value">${p.value}</code>`}</td>
              <td><span class="kind">${this.t(`code.${p.code}`)}</span>${describeReason(p.reason, REASON_TEXTS[this.i18n.lang])}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${all.length > shown.length ? html`<p class="hint">${this.t('more', {n: all.length - shown.length})}</p>` : nothing}`;
  }

  /**
   * How many events will show as events in search results (known to the day, with a place or online),
   * and, grouped by reason, the others with their path and title (quoted, as the feed's values are
   * above): what the editor can add to the feed.
   */
  private renderRich(): TemplateResult | typeof nothing {
    const o = this.outcome;
    const lang = this.i18n.lang;
    if (!o?.result.feed) return nothing;
    if (this.rich?.outcome !== o || this.rich.lang !== lang)
      this.rich = {outcome: o, lang, rich: richResults(o.result, 'feed', lang)};
    const r = this.rich.rich;
    if (!r?.events) return nothing;
    return html`<section data-rich aria-labelledby="rich-title">
      <h2 id="rich-title">${this.t('richTitle')}</h2>
      <p data-rich-count>${this.t('richCount', {rich: r.rich, events: r.events})}</p>
      ${(['month', 'year', 'place'] as const).map((reason) => {
        const list = r.missing.filter((m) => m.reason === reason);
        return list.length
          ? html`<h3 data-rich-reason=${reason}>${this.t(`rich.${reason}`)} (${list.length})</h3>
              <ul class="rich" data-rich-list=${reason}>
                ${list.map(
                  (m) =>
                    html`<li><code>${formatPath(['events', m.index])}</code> <span lang=${ifDefined(m.lang)}>${`"${m.title ?? m.id}"`}</span></li>`,
                )}
              </ul>`
          : nothing;
      })}
      <p class="hint">${this.t('richStill')}</p>
    </section>`;
  }

  private renderPreview(): TemplateResult | typeof nothing {
    const o = this.outcome;
    if (!o) return nothing;
    return html`<h2>${this.t('preview')}</h2>
      ${
        o.json === undefined
          ? html`<p class="hint">${this.t('previewNone')}</p>`
          : html`<fieldset aria-label=${this.t('preview')}>
              ${WIDGETS.map(
                (w) =>
                  html`<label><input type="radio" name="widget" .checked=${this.widget === w} @change=${() => (this.widget = w)} />${BUILDER_WORDS[this.i18n.lang][w]}</label>`,
              )}
            </fieldset>
            <div data-preview></div>`
      }`;
  }

  /** The preview: the chosen widget, made with DOM calls, given the feed as parsed (its `data` property). */
  protected override updated(): void {
    const box = this.renderRoot.querySelector('[data-preview]');
    const json = this.outcome?.json;
    if (!box || json === undefined) return;
    let el = box.firstElementChild as (HTMLElement & {data?: unknown}) | null;
    if (el?.localName !== this.widget) {
      el?.remove();
      el = document.createElement(this.widget);
      box.append(el);
    }
    // A JSON value that is no object gets the widget's own "not a feed" error.
    if (el.data !== json) el.data = json;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-feed-checker': DemoFeedChecker;
  }
}
