import type {Plugin} from 'vite';

export function explicitMsgIdsPlugin(): Plugin;
export function shortIds(): Map<string, string>;
