import type {Plugin} from 'vite';
export function templatesOf(
  code: string,
  fileName?: string,
): {start: number; end: number; entries: Array<[id: string, text: string]>};
export function asTextList(code: string, ids: Map<string, string>, fileName: string): string;
export function localeKeysPlugin(): Plugin;
