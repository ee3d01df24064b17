/**
 * The final minification of every shipped file (the npm build, the CDN file) and of what bench/size.ts
 * measures: terser after the bundler's own minifier takes about 3% more off the gzip size. Safe options
 * only (no `unsafe*`, no property mangling: Lit's `_$` names cross module boundaries in the npm build).
 */
export const TERSER_OPTIONS = {
  module: true,
  ecma: 2022,
  compress: {passes: 2},
  mangle: true,
  format: {comments: false},
};
