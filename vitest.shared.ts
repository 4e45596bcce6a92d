import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.ts';

/**
 * Vitest settings every Node package shares. When `DVC_TEST_REPORT` names a file
 * (set by `scripts/test.mjs`), a JSON report is written there so the root test
 * command can print one `N passed, N failed` line over every runner.
 */
export function vitestConfig(overrides: { testTimeout?: number; include?: string[] } = {}) {
  const report = process.env.DVC_TEST_REPORT;
  return defineConfig({
    resolve: { alias: workspaceAliases },
    test: {
      include: overrides.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: 60_000,
      passWithNoTests: true,
      reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
    },
  });
}
