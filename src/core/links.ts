import {LINK_SCHEMES} from '../../data-schema/constants.js';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The href to render for a feed link, or `undefined` when it must not become a link: only https:,
 * http:, mailto: and tel:, with no control or bidi characters anywhere.
 */
export function safeHref(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || CONTROL.test(value)) return undefined;
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return undefined;
  }
  return (LINK_SCHEMES as readonly string[]).includes(url.protocol) ? url.href : undefined;
}
