import { defineConfig } from 'tsup';
import { base, dts } from '../../tsup.base';

const entries = ['src/index.ts', 'src/units.ts'];

export default defineConfig([
  {
    // ESM keeps one output file per source module: core's schemas are top-level zod
    // calls a bundler cannot prove pure, so only whole unused files (sideEffects: false)
    // can be dropped — importing one identifier must not pull in every codec.
    ...base,
    format: ['esm'],
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts', '!src/**/examples/**'],
    splitting: true,
    dts: dts && { ...(dts as object), entry: entries },
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // Node's require() does not care about bundle size: one file per entry.
    ...base,
    format: ['cjs'],
    entry: entries,
    // The declarations are the same for both formats: scripts/copy-cjs-types.mjs copies
    // index.d.ts → index.d.cts instead of running the slow declaration build twice.
    dts: false,
    clean: false,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // `@dvc-kit/core/testing` (shared test examples): its own declaration build, so its
    // .d.ts is self-contained instead of sharing a chunk with index.d.ts (require() needs that).
    ...base,
    format: ['cjs'],
    entry: ['src/testing.ts'],
    dts: dts && { ...(dts as object), entry: ['src/testing.ts'] },
    clean: false,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
