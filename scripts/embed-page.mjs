/**
 * For `vite build --mode embed`: the embed page's static files beside the dist/embed.js it builds:
 * embed.html (which loads ./embed.js) and embed-resize.js (the parent page's script), copied as written.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

export const EMBED_STATIC = ['embed.html', 'embed-resize.js'];

export function embedPagePlugin() {
  return {
    name: 'twinning-kit-embed-page',
    apply: 'build',
    generateBundle() {
      for (const fileName of EMBED_STATIC)
        this.emitFile({type: 'asset', fileName, source: readFileSync(resolve('src/embed', fileName))});
    },
  };
}
