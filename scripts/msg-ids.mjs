/**
 * Every `msg()` of the kit has an explicit id (ESLint enforces it), so @lit/localize never derives one
 * from a message's text: the one-file CDN build leaves out that code (a hash function), standing in a
 * function that gives no id, so that a message without one would show its English source text.
 * The npm build keeps @lit/localize external and untouched.
 */
import {fileURLToPath} from 'node:url';

const STUB = fileURLToPath(new URL('./msg-id-stub.mjs', import.meta.url));

/** The Vite / Rollup plugin (the CDN build). */
export function explicitMsgIdsPlugin() {
  return {
    name: 'twinning-kit:explicit-msg-ids',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer && /@lit[\\/]localize[\\/]internal[\\/]/.test(importer)) {
        return STUB;
      }
      return null;
    },
  };
}
