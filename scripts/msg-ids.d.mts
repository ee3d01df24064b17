import type {Plugin} from 'vite';

export function explicitMsgIdsPlugin(): Plugin;
