import type { Options } from 'tsup';

/** Build settings every published package shares: ESM + CJS + types, ES2022. */
export const base: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: {
    compilerOptions: {
      // tsup 8.5's dts step sets `baseUrl`, which TypeScript 6 reports as TS5101.
      ignoreDeprecations: '6.0',
      // tsconfig.base.json maps workspace packages to their sources for editors,
      // typecheck and tests; a build must see them as the external packages they are.
      paths: {},
    },
  },
  sourcemap: true,
  clean: true,
  target: 'es2022',
};
