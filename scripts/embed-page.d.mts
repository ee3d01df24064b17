import type {Plugin} from 'vite';

export const EMBED_STATIC: string[];
export function embedPagePlugin(): Plugin;
