/** Path of a Chrome or Chromium binary; installs Debian's chromium when it can (see find-chrome.mjs). */
export function findChrome(options?: {install?: boolean}): string;
/** Flags for headless Chromium on these machines (root, no GPU, closed network). */
export const CHROME_ARGS: string[];
