import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/browser.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { misbehavingServer } from './test/support/misbehaving-server.mjs';
import { centerApi } from './test/support/center-api.mjs';
import { bmltServer } from './test/support/bmlt-server.mjs';

function browserPath() {
  try {
    return findChrome();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}

// Started by its plugin's serverStart, which web-test-runner awaits before it launches the browser: no test
// depends on another file having woken the API up first.
const api = centerApi();

export default {
  files: ['test/**/*.test.ts', '!test/api/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  // Lit's dev-mode notice repeats for every file and hides real browser output.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), api],
  // A real HTTP server that misbehaves on purpose, and the real center API with faults injected in front of
  // it, on the same loopback server as the tests.
  middleware: [misbehavingServer(), bmltServer(), api.middleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browserPath(), headless: true, args: CHROME_ARGS },
      // Each test file in a browser context of its own: files run side by side, and the staff console's session
      // cookie (or any storage) of one must not be another's.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
