import { defineConfig } from 'tsup';
// @ts-expect-error -- plain ESM script without type declarations
import { eagerImports } from './scripts/eager-imports.mjs';

/**
 * The CDN build: one minified ESM file that bundles everything (lit, @dvc-kit/client/public,
 * @dvc-kit/core) and registers every element. Only the lazily loaded unit tables become
 * separate files next to it. Run after the main build, which cleans dist/.
 */
export default defineConfig({
  entry: { 'dvc-elements': 'src/cdn/dvc-elements.ts' },
  outDir: 'dist/cdn',
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  dts: false,
  noExternal: [/.*/],
  esbuildPlugins: [eagerImports],
  esbuildOptions(options) {
    options.conditions = ['browser', 'production', 'import'];
    options.legalComments = 'none';
  },
});
