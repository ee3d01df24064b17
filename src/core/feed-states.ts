/**
 * The detailed error and notice of every element: why a feed failed, what was skipped and every problem
 * with its JSON path, for the feed's editors, in the element's language. A separate chunk, loaded only
 * when a feed fails or has problems; until it arrives (or if it cannot), the element still shows its
 * error title and retry button.
 */
import {css, html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {FeedErrorKind} from './load.js';
import type {TwinData} from './merge.js';
import {formatPath} from './paths.js';
import type {Problem} from './problems.js';
import {describeProblems} from './validate.js';
import {describeReason, type ReasonTexts} from './reason-texts/say.js';
import {loadReasonTexts, reasonTextsReady} from './reason-texts/load.js';
import {pluralCategory} from './format.js';
import type {UiLocale} from './locale.js';

/** The notice's styles: adopted with this chunk (TwinElement.addStyles), as only this chunk draws one. */
export const noticeStyles = css`
  .notice {
    margin-block-end: 0.75em;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_notice-bg);
    border-inline-start: 0.3em solid currentColor;
  }
  .notice summary {
    cursor: pointer;
  }
  .notice + .retry {
    margin-block: -0.25em 0.75em;
  }
  .notice ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    max-height: 12em;
    overflow: auto;
    font-size: 0.9em;
  }
  .notice code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;

/** What the states need of the element they are drawn in. */
export interface StateHost {
  /** The element's UI language. */
  locale: UiLocale;
  retry(): void;
  /** Renders again when `p` settles (a chunk of texts loading). */
  wait(p: Promise<unknown>): void;
}

/** The reasons' texts in the host's language, once loaded (asked for here; a render follows). */
function textsFor(host: StateHost): ReasonTexts | undefined {
  const ready = reasonTextsReady(host.locale);
  if (!ready) host.wait(loadReasonTexts(host.locale));
  return ready;
}
/** Fills in the English `message` of problems (for `twin-load` and `twin-error` listeners). */
export {describeProblems};
/** Why an invalid item is invalid: `checkFeed` asks it when a feed has one. */
export {explainItem} from './validator-explaining.js';

export interface Failure {
  kind: FeedErrorKind;
  source: string;
  /** What failed, in English, for developers (the `twin-error` detail); the element says it in its language. */
  message: string;
  status?: number | undefined;
  /** For broken JSON: where the parser stopped. */
  at?: {line: number; column: number} | undefined;
  problems: Problem[];
}

/** At most this many problems are listed; the count always covers all of them. */
const LISTED_PROBLEMS = 50;

/** What failed, feed by feed, with the problems that made a feed unusable. */
export function renderFailures(failures: readonly Failure[], host: StateHost): unknown {
  const texts = textsFor(host);
  const plural = (n: number) => pluralCategory(n, host.locale);
  return failures.map(
    (f) => html`<p>${errorText(f)}</p>
      <p class="source"><span>${f.source}</span>${
        f.at ? html`: ${msg(str`line ${f.at.line}, column ${f.at.column}`, {id: 'error.at'})}` : nothing
      }</p>
      ${renderProblemList(f.problems, texts, plural)}`,
  );
}

export function errorText(f: Failure): string {
  switch (f.kind) {
    case 'http':
      return f.status === 404
        ? msg('The feed was not found at this address (404).', {id: 'error.http404'})
        : msg(str`The server answered with an error (${f.status ?? '?'}).`, {id: 'error.http'});
    case 'timeout':
      return msg('The feed did not arrive in time.', {id: 'error.timeout'});
    case 'network':
      // `javascript:`, `data:`, `file:`... (a `data-src` a CMS let through): fetch refuses it, nothing is requested.
      if (/^(?!https?:)[a-z][\w+.-]*:/i.test(f.source)) return addressText();
      return msg('The feed could not be reached. Check the address and the connection.', {id: 'error.network'});
    case 'parse':
      return msg('The feed is damaged: it is not valid JSON.', {id: 'error.parse'});
    case 'not-json':
      return msg('The address returned a web page instead of a feed.', {id: 'error.notJson'});
    case 'empty':
      return msg('The feed is empty.', {id: 'error.empty'});
    case 'too-large':
      return msg('The feed is too large to show.', {id: 'error.tooLarge'});
    case 'invalid':
      return msg('The feed does not follow the Twinning Kit format.', {id: 'error.invalid'});
  }
}

const addressText = () =>
  msg('This feed address is not allowed: it must start with https:// or http://.', {id: 'error.address'});

function skippedText(n: number, plural: (n: number) => string): string {
  switch (plural(n)) {
    case 'one':
      return msg(str`${n} item was skipped because it is invalid.`, {id: 'notice.skipped.one'});
    case 'few':
      return msg(str`${n} items were skipped because they are invalid.`, {id: 'notice.skipped.few'});
    case 'many':
      return msg(str`${n} items were skipped because they are invalid.`, {id: 'notice.skipped.many'});
    default:
      return msg(str`${n} items were skipped because they are invalid.`, {id: 'notice.skipped.other'});
  }
}

function problemsText(n: number, plural: (n: number) => string): string {
  switch (plural(n)) {
    case 'one':
      return msg(str`${n} problem found in the feed. The rest is shown.`, {id: 'notice.problems.one'});
    case 'few':
      return msg(str`${n} problems found in the feed. The rest is shown.`, {id: 'notice.problems.few'});
    case 'many':
      return msg(str`${n} problems found in the feed. The rest is shown.`, {id: 'notice.problems.many'});
    default:
      return msg(str`${n} problems found in the feed. The rest is shown.`, {id: 'notice.problems.other'});
  }
}

/** The notice above the content. */
export function renderNotice(data: TwinData, failed: readonly Failure[], stale: boolean, host: StateHost): unknown {
  const problems = data.problems;
  if (problems.length === 0 && failed.length === 0 && !stale) return nothing;
  const texts = textsFor(host);
  const plural = (n: number) => pluralCategory(n, host.locale);
  const lines: string[] = [];
  if (stale)
    lines.push(msg('The data could not be refreshed; what is shown may be out of date.', {id: 'notice.stale'}));
  for (const f of failed) lines.push(`${errorText(f)} (${f.source})`);
  if (data.skipped > 0) lines.push(skippedText(data.skipped, plural));
  const warnings = problems.length - problems.filter((p) => p.skipped).length;
  if (warnings > 0) lines.push(problemsText(warnings, plural));
  return html`<details part="notice" class="notice">
      <summary>${lines.join(' ')}</summary>
      ${
        problems.length
          ? html`<p>${msg('For the feed’s editors:', {id: 'notice.forEditors'})}</p>
            ${renderProblemList(problems, texts, plural)}`
          : nothing
      }
    </details>
    ${
      stale || failed.length
        ? // What failed (a refresh, one of several feeds) can be tried again from here, as from the error.
          html`<button part="retry-button" class="retry" @click=${host.retry}>${msg('Try again', {id: 'action.retry'})}</button>`
        : nothing
    }`;
}

function moreText(n: number, plural: (n: number) => string): string {
  switch (plural(n)) {
    case 'one':
      return msg(str`and ${n} more problem`, {id: 'notice.more.one'});
    case 'few':
      return msg(str`and ${n} more problems`, {id: 'notice.more.few'});
    case 'many':
      return msg(str`and ${n} more problems`, {id: 'notice.more.many'});
    default:
      return msg(str`and ${n} more problems`, {id: 'notice.more.other'});
  }
}

/** The problems, each in one line: path, the value quoted, the reason in the element's language. */
function renderProblemList(
  problems: readonly Problem[],
  texts: ReasonTexts | undefined,
  plural: (n: number) => string,
): unknown {
  // Until the language's texts arrive (a moment), the list waits: never a line in another language.
  if (problems.length === 0 || !texts) return nothing;
  const shown = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - shown.length;
  return html`<ul part="problems">
    ${shown.map(
      (p) =>
        html`<li>${p.source ? html`${p.source} ` : nothing}<code>${formatPath(p.path)}</code>${
          p.value === undefined ? nothing : html` <code>${p.value}</code>`
        }: ${describeReason(p.reason, texts)}</li>`,
    )}
    ${more > 0 ? html`<li>${moreText(more, plural)}</li>` : nothing}
  </ul>`;
}
