import type { Options } from 'tsup';

/** Build settings every published package shares: ESM + CJS + types, ES2022. */
export const base: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup 8.5's dts step sets `baseUrl`, which TypeScript 6 reports as TS5101.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
};
