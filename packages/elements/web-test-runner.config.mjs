import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { stackPlugin, stackProxy } from './test/stack-plugin.mjs';
import { flakyBundleEndpoint } from './test/flaky-bundle-endpoint.mjs';

/** Flags Debian's Chromium needs here (root, closed network, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Writes vitest-shaped counts to DVC_TEST_REPORT so the root test command can sum runners. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.DVC_TEST_REPORT;
      if (!file) return;
      let passed = 0,
        skipped = 0;
      const failures = [];
      const walk = (suite, path, testFile) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else
            failures.push({ name: `${testFile} > ${[...path, t.name].join(' > ')}`, message: t.error?.message ?? '' });
        }
        for (const s of suite.suites ?? []) walk(s, [...path, s.name], testFile);
      };
      for (const session of sessions) {
        const testFile = session.testFile.replace(/^.*\/packages\/elements\//, '');
        if (session.testResults) walk(session.testResults, [], testFile);
        // A file that failed to load has no tests but must still count as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          failures.push({ name: testFile, message: session.errors?.[0]?.message ?? 'the file failed to load' });
        }
      }
      writeFileSync(
        file,
        JSON.stringify({ numPassedTests: passed, numFailedTests: failures.length, numPendingTests: skipped, failures }),
      );
    },
  };
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Serves workspace packages from their TypeScript sources, as vitest does (workspace-aliases.ts). */
function workspaceSources() {
  const map = {
    '@dvc-kit/core': '/packages/core/src/index.ts',
    '@dvc-kit/core/units': '/packages/core/src/units.ts',
    '@dvc-kit/core/testing': '/packages/core/src/testing.ts',
    '@dvc-kit/client/public': '/packages/client/src/public.ts',
    '@dvc-kit/client/errors': '/packages/client/src/errors.ts',
    '@dvc-kit/client/errors/guards': '/packages/client/src/errors/guards.ts',
    '@dvc-kit/elements': '/packages/elements/src/index.ts',
  };
  return { name: 'dvc-workspace-sources', resolveImport: ({ source }) => map[source] };
}

/** The strict host policy the CSP test page is served with (ARCHITECTURE.md: commune CMS sites). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; require-trusted-types-for 'script'";

/**
 * Test-only HTTP endpoints on the wtr server (real HTTP, same origin as the tests):
 * - POST /__dvc-test/upload — stores nothing, answers like the gateway's POST /v1/uploads
 *   (id, name, size, type, sha256). `?fail-once=<key>` answers 503 the first time a key is seen.
 * - GET /__dvc-test/csp.html — a page served with {@link STRICT_CSP} that renders every element.
 */
function testEndpoints() {
  const failedOnce = new Set();
  return async (ctx, next) => {
    if (ctx.path === '/__dvc-test/upload' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      const key = ctx.query['fail-once'];
      if (key && !failedOnce.has(key)) {
        failedOnce.add(key);
        ctx.status = 503;
        ctx.body = { code: 'unavailable' };
        return;
      }
      const sha256 = createHash('sha256').update(body).digest('hex');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        id: `up-${sha256.slice(0, 12)}`,
        name: decodeURIComponent(ctx.get('x-file-name')),
        size: body.length,
        type: ctx.get('content-type'),
        sha256,
      });
      return;
    }
    if (ctx.path === '/__dvc-test/csp.html') {
      ctx.set('Content-Security-Policy', STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body =
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title></head>' +
        '<body><script type="module" src="/packages/elements/test/csp-page.ts"></script></body></html>';
      return;
    }
    return next();
  };
}

export default {
  rootDir: repoRoot,
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [testEndpoints(), flakyBundleEndpoint(STRICT_CSP), stackProxy()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
  plugins: [
    workspaceSources(),
    stackPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
