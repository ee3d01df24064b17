/**
 * The WordPress test's own Apache configuration: ServerRoot in the temp folder, Listen 127.0.0.1:PORT,
 * prefork + mod_php and only the modules WordPress needs, AllowOverride All (the plugin's and the embed
 * pages' .htaccess count), pretty permalinks by mod_rewrite, Debian's /usr/share/wordpress served with the
 * private wp-content aliased in, and Debian's wp-config.php told which settings file to read.
 */
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {MODULES, THEMES, WP} from './packages.js';

export interface ApacheOptions {
  apacheDir: string;
  port: number;
  /** The user Apache's workers run as (when started by root). */
  user?: string;
  contentDir: string;
  /** WORDPRESS_CONFIG: /etc/wordpress/config-NAME.php. */
  configName: string;
}

export function apacheConfig({apacheDir, port, user, contentDir, configName}: ApacheOptions): string {
  const phpModule = readdirSync(MODULES).find((f) => /^libphp[\d.]*\.so$/.test(f))!;
  const modules = ['mpm_prefork', 'authz_core', 'mime', 'dir', 'alias', 'rewrite', 'headers', 'env', 'setenvif'];
  return `# The Twinning Kit WordPress test's own Apache (test/wordpress/apache.ts)
ServerRoot ${apacheDir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(apacheDir, 'httpd.pid')}
DefaultRuntimeDir ${apacheDir}
Mutex file:${apacheDir} default
ErrorLog ${join(apacheDir, 'error.log')}
LogLevel warn
${user ? `User ${user}\nGroup ${user}` : ''}
${modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
LoadModule php_module ${MODULES}/${phpModule}
StartServers 8
MinSpareServers 4
MaxSpareServers 16
MaxRequestWorkers 48
KeepAlive Off
Timeout 60
TypesConfig /etc/mime.types
AddType application/javascript .js .mjs
AddType application/json .json
DirectoryIndex index.php index.html
DocumentRoot ${WP}
SetEnv WORDPRESS_CONFIG ${configName}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WP}>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
Alias /wp-content ${contentDir}
<Directory ${contentDir}>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
<Directory ${THEMES}>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
`;
}
