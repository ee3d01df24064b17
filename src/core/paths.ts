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

/** One problem in one line, with its English message: `source: $.json.path "value": reason`. */
export function formatProblem(p: Problem): string {
  const where = p.source ? `${p.source}: ` : '';
  return `${where}${formatPath(p.path)}${p.value === undefined ? '' : ` ${p.value}`}: ${p.message}`;
}
