// Finds a Chrome or Chromium for the test runners and scripts, and the flags that make it run here.
// Order: $CHROME_PATH, then the usual install paths. When none is found and we are root on a Debian-like
// system, Debian's chromium is installed (npm tools cannot download a browser on a closed network).
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { platform } from 'node:os';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that let headless Chromium start as root on a machine without internet access. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Tests run in several tabs at once; a background tab must not have its timers and rendering throttled.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

function findInstalled() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt() {
  return platform() === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
}

/**
 * The path of a Chrome/Chromium executable. Installs Debian's chromium when allowed and needed;
 * otherwise throws with instructions a person can follow.
 */
export function findChrome({ install = true } = {}) {
  const found = findInstalled();
  if (found) return found;
  if (install && canInstallWithApt()) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium (apt-get install chromium)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    const installed = findInstalled();
    if (installed) return installed;
  }
  throw new Error(
    'No Chrome or Chromium was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: Google Chrome) ' +
      'or set CHROME_PATH to its executable, then run the command again.',
  );
}
