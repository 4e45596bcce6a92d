import { build } from 'esbuild';
import { defineConfig } from 'tsup';
// @ts-expect-error -- plain ESM script without type declarations
import { eagerImports } from './scripts/eager-imports.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { writeCdnManifest } from './scripts/cdn-manifest.mjs';

/**
 * The CDN build: one minified ESM file that bundles everything (lit, @dvc-kit/client/public,
 * @dvc-kit/core) and registers every element. Only the lazily loaded unit tables become
 * separate files next to it. Beside it, built on their own so they import nothing:
 * dvc-loader.js (loads that file with retries) and fallback.css (minified). Then each of the
 * three gets a content-hashed copy (`dvc-elements.1a2b3c4d.js`) listed in dist/cdn/manifest.json,
 * for servers that cache immutably. Run after the main build, which cleans dist/.
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
  async onSuccess() {
    const common = { minify: true, legalComments: 'none', logLevel: 'warning' } as const;
    await build({ ...common, entryPoints: ['src/loader/dvc-loader.ts'], outfile: 'dist/cdn/dvc-loader.js', bundle: true, format: 'esm', platform: 'browser', target: 'es2022', sourcemap: true });
    await build({ ...common, entryPoints: ['src/fallback/fallback.css'], outfile: 'dist/cdn/fallback.css' });
    await writeCdnManifest('dist/cdn');
  },
});
