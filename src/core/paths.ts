/** JSON paths as the notice, `twin-load` readers and the CLI print them. */

import type {Problem} from './problems.js';

export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['events', 3, 'title', 'zh-Hans']` → `$.events[3].title["zh-Hans"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** One line per problem, as the CLI and the widgets' details list print it. */
export function formatProblem(p: Problem): string {
  const where = p.source ? `${p.source}: ` : '';
  return `${where}${formatPath(p.path)}: ${p.message}`;
}
