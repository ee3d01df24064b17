import type {Plugin} from 'vite';

export declare const CDN_PATH: string;
export declare const CDN_INFO_PATH: string;
export interface CdnInfo {
  version: string;
  file: string;
  integrity: string;
  bytes: number;
  gzipBytes: number;
}
export declare function buildCdnFile(root: string): Promise<{bytes: Buffer; info: CdnInfo}>;
export declare function cdnFilePlugin(): Plugin;
export declare function integrityReportPlugin(): Plugin;
