export const TERSER_OPTIONS: import('terser').MinifyOptions;
export const COMPILE_HINT: string;
