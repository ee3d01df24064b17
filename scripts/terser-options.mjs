/**
 * V8's explicit compile hint (Chrome 136+): every function in the file is compiled when the file is, on the
 * background thread that compiles a script as it downloads, instead of one by one on the main thread the
 * first time each runs. An element's first render runs most of its functions once; compiled lazily, that
 * was about 20 of the partner map's 85 ms first render on a fresh page (bench/map.ts). Other engines read a
 * comment. Only the CDN file carries it (vite.config.ts): a site that bundles the npm package runs its own
 * minifier, which drops comments (it can add the same line to its bundle).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The final minification of every shipped file (the npm build, the CDN file) and of what bench/size.ts
 * measures: terser after the bundler's own minifier takes about 3% more off the gzip size (a third pass
 * another 0.1%). Safe options only (no `unsafe*`, no property mangling: Lit's `_$` names cross module
 * boundaries in the npm build).
 */
export const TERSER_OPTIONS = {
  module: true,
  ecma: 2022,
  compress: {passes: 3},
  mangle: true,
  format: {comments: false},
};
