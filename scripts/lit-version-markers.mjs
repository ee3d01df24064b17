/**
 * Drops Lit's version markers from the CDN file, so that it adds one global to a page, not four.
 *
 * Each of Lit's three packages pushes its version onto an array on `globalThis` when it loads:
 * `litHtmlVersions`, `reactiveElementVersions`, `litElementVersions`. Lit reads them only in its
 * development build, to warn that several copies of Lit are on one page; the production build (the one
 * the CDN file inlines) only writes them. Nothing else in Lit reads them; outside Lit, only tools that
 * detect which libraries a page uses do. The CDN file is self-contained on purpose (its own Lit, its own
 * registry guard): announcing its copy of Lit to the page buys nothing, and a host page's own Lit in
 * development mode would warn about a copy that is none of its business.
 *
 * The fourth global, `litPropertyMetadata` (a WeakMap that @lit/reactive-element shares between copies of
 * Lit for standard decorators), stays: `ReactiveElement.finalize()` reads it as a global.
 *
 * The build fails if a marker is not found, or if any code still mentions one (Lit's development build,
 * or a Lit release that reads them): better no file than a file that throws.
 */
const NAMES = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'];
const LIT = /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
// `(globalThis.litHtmlVersions ??= []).push('3.3.3')`, as Lit's production build minifies it: `(t.litHtmlVersions??=[]).push("3.3.3")`.
const MARKER = new RegExp(
  String.raw`\(\s*[\w$]+\s*\.\s*(${NAMES.join('|')})\s*\?\?=\s*\[\s*\]\s*\)\s*\.\s*push\(\s*(["'])[^"']*\2\s*\)`,
  'g',
);
const ANY = new RegExp(NAMES.join('|'));

/** Returns the code without the markers, and which were dropped. */
export function dropMarkers(code) {
  const dropped = [];
  const out = code.replace(MARKER, (_m, name) => {
    dropped.push(name);
    return 'void 0';
  });
  return {code: out, dropped};
}

/** The Vite / Rolldown plugin, for `vite build --mode cdn`. */
export function dropLitVersionMarkersPlugin() {
  const dropped = new Set();
  return {
    name: 'twinning-kit-drop-lit-version-markers',
    apply: 'build',
    transform(code, id) {
      if (!LIT.test(id) || !ANY.test(code)) return undefined;
      const result = dropMarkers(code);
      if (ANY.test(result.code))
        this.error(
          `${id} still mentions a Lit version marker after they were dropped: is this Lit's development build, or a Lit that reads them?`,
        );
      for (const name of result.dropped) dropped.add(name);
      return result.dropped.length ? {code: result.code, map: null} : undefined;
    },
    generateBundle(_options, bundle) {
      const missing = NAMES.filter((n) => !dropped.has(n));
      if (missing.length)
        this.error(`Lit's version markers not found (${missing.join(', ')}): update scripts/lit-version-markers.mjs`);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && ANY.test(chunk.code))
          this.error(`${chunk.fileName} still mentions a Lit version marker`);
      }
    },
  };
}
