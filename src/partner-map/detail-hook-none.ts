/**
 * detail-hook.ts in the one-file CDN build (vite.config.ts): that file inlines every dynamic import, and
 * the finer basemap's tiles (over 200 KB gzip) would all be inlined. Its map keeps the world basemap.
 */
export function drawDetail(_g: unknown, _at: unknown): void {}
