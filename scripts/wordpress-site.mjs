// A throwaway WordPress site for the plugin's end-to-end test (scripts/test-wordpress.mjs), built from Debian's
// packages: WordPress (/usr/share/wordpress, copied so nothing under /etc or /var/lib is touched), PHP's CLI and
// its built-in server on 127.0.0.1, and a private MariaDB server on a socket in the same temporary folder.
// WordPress is installed and set up by its own PHP (wp_install, unzip_file, activate_plugin, wp_insert_post): no
// WP-CLI, which Debian does not ship.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress';
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentyone', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server'];
const THEME = 'twentytwentyone'; // a classic theme: the harder case (the script is enqueued after wp_head)
const BLOCK_THEME = 'twentytwentythree'; // a block theme: templates render before wp_head

const which = (name) => ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'].map((dir) => join(dir, name)).find(existsSync);

/** What is missing for the test, by package name (empty when everything is there). */
export function missingPackages() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push('wordpress');
  for (const theme of [THEME, BLOCK_THEME]) {
    if (!existsSync(join(WORDPRESS, 'wp-content/themes', theme, 'style.css'))) missing.push(`wordpress-theme-${theme}`);
  }
  if (!which('php')) missing.push('php-cli', 'php-mysql');
  else if (!/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout)) missing.push('php-mysql');
  if (!which('mariadbd') || !which('mariadb-install-db')) missing.push('mariadb-server');
  return missing;
}

/** Installs the missing packages with apt-get (root on Debian only). Returns false when that is not possible. */
export function installPackages(missing) {
  if (process.getuid?.() !== 0 || !which('apt-get')) return false;
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install().status !== 0) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    if (install().status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed`);
  }
  return true;
}

export const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function waitFor(what, check, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((tick) => setTimeout(tick, 100));
  }
  throw new Error(`${what} did not come up within ${ms / 1000} s`);
}

/** Runs a PHP file of the site's (WordPress loaded by it); resolves with its standard output. */
function php(site, code, args = []) {
  const file = join(site.folder, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
  writeFileSync(file, code);
  try {
    return execFileSync('php', [file, ...args], { cwd: site.root, encoding: 'utf8', env: { ...process.env, WP_ROOT: site.root } });
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Starts MariaDB and PHP's server, writes wp-config.php and installs WordPress with an administrator
 * (admin / the returned password). `extraConfig` is PHP added to wp-config.php.
 */
export async function startSite({ log = () => {} } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'recovery-widgets-wordpress-'));
  const root = join(folder, 'site');
  const data = join(folder, 'db');
  const socket = join(folder, 'mysqld.sock');
  const processes = [];
  const site = { folder, root, processes, password: 'correct-horse-battery-staple' };
  try {
    // Dereferenced: Debian links a few files (underscore, backbone, getID3, the CA bundle) to its own packages by
    // relative paths, which a copy elsewhere would break.
    cpSync(WORDPRESS, root, { recursive: true, dereference: true });
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync(which('mariadb-install-db'), ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { stdio: 'ignore' });
    const mariadb = spawn(which('mariadbd'), ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(folder, 'mysqld.pid')}`, `--log-error=${join(folder, 'mysqld.err')}`, ...asRoot], { stdio: 'ignore' });
    processes.push(mariadb);
    await waitFor('MariaDB', () => existsSync(socket));
    execFileSync(which('mariadb') ?? which('mysql'), ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'], { stdio: 'ignore' });

    const port = await freePort();
    site.url = `http://127.0.0.1:${port}`;
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((name) => `define('${name}', '${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}');`)
      .join('\n');
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${site.url}');
define('WP_SITEURL', '${site.url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('FS_METHOD', 'direct');
// A test site: no cron loopbacks, no update checks, no request to anywhere but itself.
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
// Every notice and warning goes to a log the test reads at the end.
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(folder, 'debug.log')}');
${salts}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // PHP's server handles one request at a time unless told otherwise; the elements fetch their chunks in parallel.
    // Its workers are forked children: it leads its own process group, so that closing ends them too.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
    let serverLog = '';
    server.stderr.on('data', (chunk) => (serverLog = (serverLog + chunk).slice(-20_000)));
    site.serverLog = () => serverLog;
    processes.push(server);
    await waitFor('PHP’s server', () => fetch(`${site.url}/readme.html`).then((r) => r.ok, () => false));

    php(
      site,
      `<?php
define('WP_INSTALLING', true);
require getenv('WP_ROOT') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false'); // no sendmail here, and no one to tell
$result = wp_install('Harbor Light Recovery', 'admin', 'admin@example.org', false, '', '${site.password}');
echo $result['user_id'];
`,
    );
    log(`WordPress ${readFileSync(join(root, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)?.[1]} at ${site.url}`);
    site.php = (code, args) => php(site, `<?php\nrequire getenv('WP_ROOT') . '/wp-load.php';\nwp_set_current_user(1);\n${code}`, args);
    site.debugLog = () => (existsSync(join(folder, 'debug.log')) ? readFileSync(join(folder, 'debug.log'), 'utf8') : '');
    site.theme = THEME;
    site.blockTheme = BLOCK_THEME;
    site.close = async () => {
      for (const child of processes.reverse()) {
        if (child.exitCode === null) {
          const exited = new Promise((done) => child.once('exit', done));
          if (child.spawnargs.includes('-S')) process.kill(-child.pid, 'SIGTERM');
          else child.kill('SIGTERM');
          await Promise.race([exited, new Promise((late) => setTimeout(late, 10_000))]);
        }
      }
      rmSync(folder, { recursive: true, force: true });
    };
    return site;
  } catch (error) {
    for (const child of processes) {
      try {
        if (child.spawnargs.includes('-S')) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
    throw error;
  }
}
