export const TERSER_OPTIONS: import('terser').MinifyOptions;
