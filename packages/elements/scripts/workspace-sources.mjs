// esbuild plugin: resolves workspace packages to their TypeScript sources, as the tests do
// (../../workspace-aliases.ts), so measurements never depend on another package's build.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const sources = {
  '@dvc-kit/core': '../core/src/index.ts',
  '@dvc-kit/core/units': '../core/src/units.ts',
  '@dvc-kit/client/public': '../client/src/public.ts',
  '@dvc-kit/client/errors': '../client/src/errors.ts',
  '@dvc-kit/client/errors/guards': '../client/src/errors/guards.ts',
};

/** The plugin; pass it to esbuild's `plugins`. */
export const workspaceSources = {
  name: 'workspace-sources',
  setup(b) {
    b.onResolve({ filter: /^@dvc-kit\// }, (args) =>
      sources[args.path] ? { path: resolve(pkg, sources[args.path]) } : undefined,
    );
  },
};
