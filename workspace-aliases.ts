import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Workspace packages resolved to their TypeScript sources, so tests never wait for
 * (or race with) another package's build. Longest specifiers first.
 */
export const workspaceAliases: { find: string | RegExp; replacement: string }[] = [
  { find: /^@dvc-kit\/core\/units$/, replacement: at('./packages/core/src/units.ts') },
  { find: /^@dvc-kit\/core\/testing$/, replacement: at('./packages/core/src/testing.ts') },
  { find: /^@dvc-kit\/core$/, replacement: at('./packages/core/src/index.ts') },
  { find: /^@dvc-kit\/client\/errors\/guards$/, replacement: at('./packages/client/src/errors/guards.ts') },
  { find: /^@dvc-kit\/client\/errors$/, replacement: at('./packages/client/src/errors.ts') },
  { find: /^@dvc-kit\/client\/public$/, replacement: at('./packages/client/src/public.ts') },
  { find: /^@dvc-kit\/client$/, replacement: at('./packages/client/src/index.ts') },
  { find: /^@dvc-kit\/sandbox$/, replacement: at('./packages/sandbox/src/index.ts') },
  { find: /^@dvc-kit\/gateway$/, replacement: at('./packages/gateway/src/index.ts') },
  { find: /^@dvc-kit\/elements$/, replacement: at('./packages/elements/src/index.ts') },
];
