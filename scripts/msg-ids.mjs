/**
 * Every `msg()` of the kit has an explicit id (ESLint enforces it), so @lit/localize never derives one
 * from a message's text: the one-file CDN build leaves out that code (a hash function), standing in a
 * function that gives no id, so that a message without one would show its English source text.
 * The npm build keeps @lit/localize external and untouched.
 *
 * The CDN file also carries its own copy of @lit/localize, which no page can configure, so there the ids
 * are only names between the kit's `msg()` calls and its four translations: each becomes a short one
 * (`cal.export.hint` → `b3`), the same in both, in the order of the translations' keys. About 2 KB gzip of
 * the one file. Ids with no translation are left as they are.
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const STUB = fileURLToPath(new URL('./msg-id-stub.mjs', import.meta.url));

const LOCALES = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));

/** Every translated id, each with its short name: its place among the Russian translation's keys, base 36. */
export function shortIds() {
  const keys = [...readFileSync(`${LOCALES}ru.ts`, 'utf8').matchAll(/^'([\w.-]+)':/gm)].map((m) => m[1]);
  return new Map(keys.map((k, i) => [k, i.toString(36)]));
}

/** The module's code with every translated id (`id: '…'` in a `msg()`, a key of a translation) made short. */
export function shortenIds(code, ids) {
  return code
    .replace(/\bid: '([\w.-]+)'/g, (all, id) => (ids.has(id) ? `id: '${ids.get(id)}'` : all))
    .replace(/^'([\w.-]+)':/gm, (all, id) => (ids.has(id) ? `'${ids.get(id)}':` : all));
}

/** The Vite / Rollup plugin (the CDN build). */
export function explicitMsgIdsPlugin() {
  let ids;
  return {
    name: 'twinning-kit:explicit-msg-ids',
    enforce: 'pre',
    buildStart() {
      ids = shortIds();
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/[\\/]src[\\/].*\.ts$/.test(file) || !/\bid: '|^'[\w.-]+':/m.test(code)) return null;
      return {code: shortenIds(code, ids), map: null};
    },
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer && /@lit[\\/]localize[\\/]internal[\\/]/.test(importer)) {
        return STUB;
      }
      return null;
    },
  };
}
