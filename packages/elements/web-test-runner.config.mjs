import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

/** Flags Debian's Chromium needs here (root, closed network, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Writes vitest-shaped counts to DVC_TEST_REPORT so the root test command can sum runners. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.DVC_TEST_REPORT;
      if (!file) return;
      let passed = 0, failed = 0, skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no tests but must still count as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      writeFileSync(file, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped }));
    },
  };
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Serves workspace packages from their TypeScript sources, as vitest does (workspace-aliases.ts). */
function workspaceSources() {
  const map = {
    '@dvc-kit/core': '/packages/core/src/index.ts',
    '@dvc-kit/core/units': '/packages/core/src/units.ts',
    '@dvc-kit/client/public': '/packages/client/src/public.ts',
    '@dvc-kit/elements': '/packages/elements/src/index.ts',
  };
  return { name: 'dvc-workspace-sources', resolveImport: ({ source }) => map[source] };
}

export default {
  rootDir: repoRoot,
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
  plugins: [workspaceSources(), esbuildPlugin({ ts: true, target: 'es2022',
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [chromeLauncher({ launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true, args: CHROMIUM_ARGS } })],
};
