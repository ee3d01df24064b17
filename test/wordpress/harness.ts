/**
 * A real WordPress for the plugin's test: Debian's `wordpress` package (6.1) on a private MariaDB and a
 * private Apache with mod_php, everything under one temporary folder, started once per test run and torn
 * down after it. Nothing of the machine's own configuration is used or changed, except one file,
 * `/etc/wordpress/config-twinning-kit-test-PORT.php` (Debian's wp-config.php reads its settings from
 * /etc/wordpress; Apache names the file through `SetEnv WORDPRESS_CONFIG`), removed on teardown.
 *
 *   MariaDB  mariadb-install-db + mariadbd on a private socket, no TCP
 *   Apache   ServerRoot in the temp folder, Listen 127.0.0.1:PORT, prefork + mod_php, AllowOverride All
 *            (the plugin's and the embed pages' .htaccess count), pretty permalinks by mod_rewrite
 *   content  WP_CONTENT_DIR in the temp folder: plugins/ (the unzipped plugin zip), themes/ (Debian's,
 *            linked), mu-plugins/ (the classic-editor switch), uploads/
 *
 * When a package is missing and we are root on Debian, it is installed with apt-get (as .ci/run does for
 * Chromium); otherwise the error says exactly what to install.
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir, userInfo} from 'node:os';
import {join} from 'node:path';

import {apacheConfig} from './apache.js';
import {ensurePackages, THEMES, WP} from './packages.js';

export interface User {
  login: string;
  password: string;
  role: 'administrator' | 'author';
}

export interface WordPressSite {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  root: string;
  contentDir: string;
  uploadsDir: string;
  uploadsUrl: string;
  admin: User;
  author: User;
  /** Runs PHP with WordPress loaded (wp-load.php); returns what it printed. */
  php(code: string): string;
  /** The tail of Apache's error log and WordPress's debug log, for a failure message. */
  logs(): string;
  /** WordPress's debug log (PHP notices, warnings and errors of every request). */
  debugLog: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  /** The plugin zip to unzip into plugins/ and activate (its top folder is the plugin's folder). */
  pluginZip?: string;
  /** The plugin's main file, relative to plugins/. */
  pluginFile?: string;
  /** Files written into the content folder before the install (`mu-plugins/x.php`: ...). */
  contentFiles?: Record<string, string>;
  log?: (line: string) => void;
}

function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function until(what: string, test: () => boolean | Promise<boolean>, timeoutMs: number, why: () => string) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return;
    await wait(100);
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s\n${why()}`);
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

function phpString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Stops a child and waits for it to be gone (SIGKILL after `ms`). */
async function stopChild(child: ChildProcess | undefined, ms = 5000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await gone;
  clearTimeout(timer);
}

export async function startWordPress(options: StartOptions = {}): Promise<WordPressSite> {
  const log = options.log ?? (() => {});
  const port = options.port ?? 8089;
  ensurePackages(log);

  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? 'www-data' : userInfo().username;
  const configName = `twinning-kit-test-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const url = `http://127.0.0.1:${port}`;

  const root = mkdtempSync(join(tmpdir(), 'twin-wordpress-'));
  chmodSync(root, 0o755); // Apache's workers (www-data) read the content folder and reach the socket
  const contentDir = join(root, 'wp-content');
  const uploadsDir = join(contentDir, 'uploads');
  const dbDir = join(root, 'db');
  const socket = join(root, 'mysqld.sock');
  const apacheDir = join(root, 'apache');
  const debugLog = join(root, 'wp-debug.log');
  for (const d of [contentDir, uploadsDir, join(contentDir, 'plugins'), join(contentDir, 'themes'), apacheDir])
    mkdirSync(d, {recursive: true});
  for (const theme of readdirSync(THEMES).filter((t) => statSync(join(THEMES, t)).isDirectory()))
    symlinkSync(join(THEMES, theme), join(contentDir, 'themes', theme));
  for (const [file, text] of Object.entries(options.contentFiles ?? {})) {
    mkdirSync(join(contentDir, file, '..'), {recursive: true});
    writeFileSync(join(contentDir, file), text);
  }
  if (options.pluginZip) {
    if (!existsSync(options.pluginZip))
      throw new Error(
        `No plugin zip at ${options.pluginZip}: run npm run build first (it ends with the plugin's zip).`,
      );
    execFileSync('unzip', ['-q', '-o', options.pluginZip, '-d', join(contentDir, 'plugins')]);
  }

  let mariadb: ChildProcess | undefined;
  let apache: ChildProcess | undefined;
  let stopped = false;
  // The servers run in their own process groups: if this process ends without stop(), they end too.
  const atExit = () => {
    for (const child of [apache, mariadb])
      if (child?.pid && child.exitCode === null)
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
    rmSync(configFile, {force: true});
  };
  const onSignal = (signal: NodeJS.Signals) => {
    atExit();
    process.kill(process.pid, signal);
  };
  process.once('exit', atExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopChild(apache);
    await stopChild(mariadb, 15_000);
    rmSync(configFile, {force: true});
    process.off('exit', atExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!process.env['TWIN_WP_KEEP']) rmSync(root, {recursive: true, force: true});
    else log(`kept ${root}`);
  };
  const logs = () =>
    [`-- apache error log`, tail(join(apacheDir, 'error.log')), `-- WordPress debug log`, tail(debugLog)].join('\n');

  try {
    // MariaDB: a private data folder, a private socket, no TCP.
    const mariaUser = isRoot ? 'root' : userInfo().username;
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dbDir}`,
        `--user=${mariaUser}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        '--skip-name-resolve',
      ],
      {stdio: ['ignore', 'ignore', 'pipe']},
    );
    mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dbDir}`,
        `--socket=${socket}`,
        `--pid-file=${join(root, 'mysqld.pid')}`,
        `--log-error=${join(root, 'mysqld.err')}`,
        `--user=${mariaUser}`,
        '--skip-networking',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=64M',
        '--innodb-flush-log-at-trx-commit=0',
        '--skip-log-bin',
      ],
      {stdio: 'ignore', detached: true},
    );
    await until(
      'MariaDB',
      () => existsSync(socket),
      30_000,
      () => tail(join(root, 'mysqld.err')),
    );
    const dbPassword = randomBytes(12).toString('hex');
    const sql = (statement: string) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {encoding: 'utf8'});
    await until(
      'MariaDB (accepting connections)',
      () => {
        try {
          sql('SELECT 1');
          return true;
        } catch {
          return false;
        }
      },
      30_000,
      () => tail(join(root, 'mysqld.err')),
    );
    sql(
      `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${dbPassword}'; ` +
        `GRANT ALL ON wordpress.* TO 'wp'@'localhost';`,
    );

    // Debian's wp-config.php requires /etc/wordpress/config-NAME.php (NAME from WORDPRESS_CONFIG).
    const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
      .flatMap((k) => [`${k}_KEY`, `${k}_SALT`])
      .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`)
      .join('\n');
    try {
      mkdirSync('/etc/wordpress', {recursive: true});
      writeFileSync(configFile, '<?php\n');
    } catch (err) {
      throw new Error(
        `Debian's WordPress reads its settings from /etc/wordpress/, which this user cannot write (${String(err)}): run the test as root.`,
      );
    }
    writeFileSync(
      configFile,
      `<?php
// Written by the Twinning Kit WordPress test (test/wordpress/harness.ts); removed when it stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', ${phpString(contentDir)});
define('WP_CONTENT_URL', '${url}/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${phpString(debugLog)});
${salts}
$table_prefix = 'wp_';
`,
    );

    const php = (code: string): string => {
      const file = join(root, `cli-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${configName}';
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
${code}
`,
      );
      try {
        return execFileSync('php', ['-d', 'display_errors=stderr', file], {encoding: 'utf8', stdio: 'pipe'});
      } catch (err) {
        const e = err as {stdout?: string; stderr?: string};
        throw new Error(`PHP failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
      } finally {
        rmSync(file, {force: true});
      }
    };

    const admin: User = {login: 'admin', password: randomBytes(9).toString('hex'), role: 'administrator'};
    const author: User = {login: 'author', password: randomBytes(9).toString('hex'), role: 'author'};
    // The welcome guide of the block editor would cover it on the first visit: seen already.
    const preferences = `array('core/edit-post' => array('welcomeGuide' => false, 'isPublishSidebarEnabled' => true), '_modified' => gmdate('c'))`;
    php(`
define('WP_INSTALLING', true);
require '${WP}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
function wp_new_blog_notification() {}
$r = wp_install('Twinning Kit test site', '${admin.login}', 'admin@example.org', false, '', '${admin.password}');
$author = wp_create_user('${author.login}', '${author.password}', 'author@example.org');
(new WP_User($author))->set_role('author');
foreach (array(1, $author) as $id) update_user_meta($id, $wpdb->prefix . 'persisted_preferences', ${preferences});
update_option('permalink_structure', '/%postname%/');
update_option('blogdescription', '');
`);
    if (options.pluginFile) {
      const out = php(`
require '${WP}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user(1);
$r = activate_plugin(${phpString(options.pluginFile)});
echo is_wp_error($r) ? 'ERROR ' . $r->get_error_message() : 'ok';
`);
      if (!out.trim().endsWith('ok')) throw new Error(`The plugin did not activate: ${out}`);
    }
    if (isRoot) execFileSync('chown', ['-R', `${runAs}:${runAs}`, contentDir]);

    // Apache: a minimal private configuration serving Debian's WordPress.
    writeFileSync(
      join(apacheDir, 'httpd.conf'),
      apacheConfig({apacheDir, port, user: isRoot ? runAs : undefined, contentDir, configName}),
    );
    // Its own process group: on stopping, Apache's prefork parent signals its whole group.
    apache = spawn('apache2', ['-f', join(apacheDir, 'httpd.conf'), '-DFOREGROUND'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let apacheErr = '';
    apache.stderr?.on('data', (d: Buffer) => (apacheErr += d.toString()));
    await until(
      'Apache',
      async () => {
        if (apache!.exitCode !== null) throw new Error(`Apache stopped: ${apacheErr}\n${logs()}`);
        try {
          const res = await fetch(`${url}/wp-login.php`);
          return res.status === 200;
        } catch {
          return false;
        }
      },
      30_000,
      () => `${apacheErr}\n${logs()}`,
    );

    return {
      url,
      root,
      contentDir,
      uploadsDir,
      uploadsUrl: `${url}/wp-content/uploads`,
      admin,
      author,
      php: (code) => php(`require '${WP}/wp-load.php';\n${code}`),
      logs,
      debugLog,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Files written after the start land in uploads/ (readable by Apache's workers). */
export function writeUpload(site: WordPressSite, path: string, data: string | Buffer): void {
  const file = join(site.uploadsDir, path);
  mkdirSync(join(file, '..'), {recursive: true});
  writeFileSync(file, data);
  if (process.getuid?.() === 0) chownSync(file, statSync(site.uploadsDir).uid, statSync(site.uploadsDir).gid);
}
