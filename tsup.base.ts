import type { Options } from 'tsup';

/**
 * `DVC_BUILD_JS_ONLY=1` skips type declarations: `pnpm start` only runs the code, and
 * declarations are most of the build time (the full build, with them, is `pnpm build`).
 */
const jsOnly = process.env.DVC_BUILD_JS_ONLY === '1';

/** Declaration settings; `false` when only JavaScript is built. */
export const dts: Options['dts'] = jsOnly
  ? false
  : {
      compilerOptions: {
        // tsup 8.5's dts step sets `baseUrl`, which TypeScript 6 reports as TS5101.
        ignoreDeprecations: '6.0',
        // tsconfig.base.json maps workspace packages to their sources for editors,
        // typecheck and tests; a build must see them as the external packages they are.
        paths: {},
      },
    };

/** Build settings every published package shares: ESM + CJS + types, ES2022. */
export const base: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts,
  sourcemap: true,
  clean: true,
  target: 'es2022',
};
