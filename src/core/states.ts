/**
 * The detailed error and notice of every element: why a feed failed, what was skipped and every problem
 * with its JSON path, for the feed's editors. A separate chunk, loaded only when a feed fails or has
 * problems; until it arrives (or if it cannot), the element still shows its error title and retry button.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {FeedErrorKind} from './load.js';
import type {TwinData} from './merge.js';
import {formatPath} from './paths.js';
import type {Problem} from './problems.js';

/** The reasons of schema issues: only a feed with problems needs their texts (see `Describe`). */
export {describeIssue} from './problems.js';

export interface Failure {
  kind: FeedErrorKind;
  source: string;
  message: string;
  status?: number | undefined;
  problems: Problem[];
}

/** At most this many problems are listed; the count always covers all of them. */
const LISTED_PROBLEMS = 50;

/** What failed, feed by feed, with the problems that made a feed unusable. */
export function renderFailures(failures: readonly Failure[]): unknown {
  return failures.map(
    (f) => html`<p>${errorText(f)}</p>
      <p class="source"><span>${f.source}</span>: <span lang="en">${f.message}</span></p>
      ${renderProblemList(f.problems)}`,
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

/** The notice above the content; `plural` gives the plural category of a number in the UI's language. */
export function renderNotice(
  data: TwinData,
  failed: readonly Failure[],
  stale: boolean,
  plural: (n: number) => string,
  retry: () => void,
): unknown {
  const problems = data.problems;
  if (problems.length === 0 && failed.length === 0 && !stale) return nothing;
  const lines: string[] = [];
  if (stale) lines.push(msg('The data could not be refreshed; what is shown may be out of date.', {id: 'notice.stale'}));
  for (const f of failed) lines.push(`${errorText(f)} (${f.source})`);
  if (data.skipped > 0) lines.push(skippedText(data.skipped, plural));
  const warnings = problems.length - problems.filter((p) => p.skipped).length;
  if (warnings > 0) {
    lines.push(msg(str`Problems found in the feed: ${warnings}. The rest is shown.`, {id: 'notice.problems'}));
  }
  return html`<details part="notice" class="notice">
    <summary>${lines.join(' ')}</summary>
    ${problems.length
      ? html`<p>${msg('For the feed’s editors:', {id: 'notice.forEditors'})}</p>
          ${renderProblemList(problems)}`
      : nothing}
  </details>
    ${stale || failed.length
      ? // What failed (a refresh, one of several feeds) can be tried again from here, as from the error.
        html`<button part="retry-button" class="retry" @click=${retry}>${msg('Try again', {id: 'action.retry'})}</button>`
      : nothing}`;
}

function renderProblemList(problems: readonly Problem[]): unknown {
  if (problems.length === 0) return nothing;
  const shown = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - shown.length;
  return html`<ul part="problems" lang="en">
    ${shown.map(
      (p) => html`<li>${p.source ? html`${p.source} ` : nothing}<code>${formatPath(p.path)}</code> ${p.message}</li>`,
    )}
    ${more > 0 ? html`<li>… +${more}</li>` : nothing}
  </ul>`;
}
