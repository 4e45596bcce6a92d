import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
// @ts-expect-error -- plain ESM script without type declarations
import { CDN_UNITS_FILE, eagerImports, unitsFile } from './scripts/eager-imports.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { inlineGroupChunks, writeCdnManifest, writePreloadMap } from './scripts/cdn-manifest.mjs';
import type { Metafile, Plugin } from 'esbuild';

/** The build's esbuild metafile, kept by {@link keepMetafile} for dist/cdn/preload.json. */
let metafile: Metafile | undefined;
const keepMetafile: Plugin = {
  name: 'dvc-keep-metafile',
  setup(build) {
    build.onEnd((result) => {
      metafile = result.metafile;
    });
  },
};

/**
 * The CDN build: dvc-elements.js registers `<dvc-provider>` and loads every other element's
 * chunk when its tag first appears (src/internal/cdn/autoload.ts); lit, @dvc-kit/client/public and
 * @dvc-kit/core are bundled into content-named shared chunks beside it. dist/cdn/preload.json
 * maps the file and each tag to the chunks it needs, so a server can send modulepreload hints
 * and save the round trips the chunks would otherwise cost. The whole 2025 unit table, which
 * only `bundled` unit pickers load, is dvc-units.js beside it (the unitsFile plugin). Also beside it, built on their own so they import nothing:
 * dvc-loader.js (loads that file with retries) and fallback.css (minified). Then each of the
 * three gets a content-hashed copy (`dvc-elements.1a2b3c4d.js`) listed in dist/cdn/manifest.json,
 * for servers that cache immutably. Run after the main build, which cleans dist/.
 */
export default defineConfig({
  entry: { 'dvc-elements': 'src/internal/cdn/dvc-elements.ts' },
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
  esbuildPlugins: [eagerImports, unitsFile, keepMetafile],
  esbuildOptions(options) {
    options.conditions = ['browser', 'production', 'import'];
    options.legalComments = 'none';
    options.metafile = true;
  },
  async onSuccess() {
    const common = { minify: true, legalComments: 'none', logLevel: 'warning' } as const;
    await build({
      ...common,
      entryPoints: ['src/internal/loader/dvc-loader.ts'],
      outfile: 'dist/cdn/dvc-loader.js',
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      sourcemap: true,
    });
    await build({ ...common, entryPoints: ['src/internal/fallback/fallback.css'], outfile: 'dist/cdn/fallback.css' });
    await build({
      ...common,
      entryPoints: [fileURLToPath(import.meta.resolve('@dvc-kit/core/units'))],
      outfile: `dist/cdn/${CDN_UNITS_FILE}`,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      sourcemap: true,
    });
    if (metafile) await inlineGroupChunks(metafile, 'dist/cdn');
    await writeCdnManifest('dist/cdn');
    if (metafile) await writePreloadMap(metafile, 'dist/cdn');
  },
});
