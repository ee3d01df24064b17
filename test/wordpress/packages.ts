/**
 * Debian's packages the WordPress test runs on: installed with apt-get when missing and we are root on
 * Debian (as .ci/run does for Chromium); otherwise an error that says exactly what to install.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

export const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-mysql',
  'apache2',
  'libapache2-mod-php',
];
export const WP = '/usr/share/wordpress';
export const THEMES = `${WP}/wp-content/themes`;
export const MODULES = '/usr/lib/apache2/modules';

function have(bin: string): boolean {
  return ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].some((d) => existsSync(join(d, bin)));
}

function missingPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(`${WP}/wp-settings.php`)) missing.push('wordpress');
  if (!existsSync(THEMES) || readdirSync(THEMES).filter((t) => !t.endsWith('.php')).length === 0)
    missing.push('wordpress-theme-twentytwentythree');
  if (!have('mariadbd') || !have('mariadb-install-db')) missing.push('mariadb-server');
  if (!have('php')) missing.push('php-cli');
  else if (!/^mysqli$/m.test(execFileSync('php', ['-m'], {encoding: 'utf8'}))) missing.push('php-mysql');
  if (!have('apache2')) missing.push('apache2');
  if (!existsSync(`${MODULES}/mod_mpm_prefork.so`)) missing.push('apache2');
  // Before Apache is installed its modules folder does not exist at all.
  if (!existsSync(MODULES) || !readdirSync(MODULES).some((f) => /^libphp[\d.]*\.so$/.test(f)))
    missing.push('libapache2-mod-php');
  return [...new Set(missing)];
}

/** Installs Debian's packages when missing and we may; else throws saying what to install. */
export function ensurePackages(log: (line: string) => void = console.error): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log(`installing Debian's ${PACKAGES.join(' ')} (missing: ${missing.join(', ')})`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], {stdio: 'inherit', env});
    // The packages start their own services: the test uses private ones on its own ports and sockets.
    for (const service of ['apache2', 'mariadb'])
      try {
        execFileSync('service', [service, 'stop'], {stdio: 'ignore'});
      } catch {
        // not started, or no service command: nothing of ours
      }
  }
  const still = missingPackages();
  if (still.length > 0)
    throw new Error(
      [
        `The WordPress test needs Debian's WordPress, MariaDB, PHP and Apache; missing: ${still.join(', ')}.`,
        'Install them (as root), then run the test again:',
        `  apt-get install -y ${PACKAGES.join(' ')}`,
      ].join('\n'),
    );
}
