import type {Plugin} from 'vite';

export function staticImportsPlugin(): Plugin;
