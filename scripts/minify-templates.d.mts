export function minifyTemplates(code: string, fileName?: string): string | undefined;
export function minifyTemplatesPlugin(): import('vite').Plugin;
export function minifyTemplatesEsbuild(): import('esbuild').Plugin;
