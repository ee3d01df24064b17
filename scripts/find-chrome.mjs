#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then the usual install paths. When none is there
 * and this is a Debian-like machine where we are root, installs Debian's `chromium` and `fonts-noto-cjk`
 * (the CJK fonts keep Chinese, Japanese and Korean readable in screenshots). Otherwise it says exactly
 * what to install. Prints the path when run directly.
 */
import {existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function findChrome({install = true} = {}) {
  let path = found();
  if (!path && install && canApt()) {
    console.error("No Chromium found: installing Debian's chromium and fonts-noto-cjk with apt-get...");
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    try {
      execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {stdio: 'inherit', env});
    } catch {
      // reported below
    }
    path = found();
  }
  if (!path) {
    throw new Error(
      [
        'The browser tests need Chromium, and none was found.',
        'Install one of these, then run the tests again:',
        '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
        '  macOS:         brew install --cask chromium',
        '  or point CHROME_PATH at any Chrome or Chromium binary: CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
  }
  return path;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
