import { readFile } from 'node:fs/promises';

/** Modules the per-widget files load lazily but the all-in-one file carries anyway. */
const EAGER = ['@dvc-kit/client/public', './open-client', './core-fallbacks'];

/**
 * esbuild plugin of the CDN build (tsup.cdn.config.ts) and its size measurement
 * (scripts/size.mjs): turns `import('@dvc-kit/client/public')`, `import('./open-client')` (the
 * widgets' lazily loaded half of the client: src/internal/client/open-client.ts) and
 * `import('./core-fallbacks')` into static imports. The CDN file bundles them in any case, and left dynamic they would
 * make esbuild split what they share with the entry into a second file the page must fetch
 * before anything renders. The 2025 unit tables (`@dvc-kit/core/units`) stay lazy.
 */
export const eagerImports = {
  name: 'dvc-eager-imports',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      const hoisted = [];
      EAGER.forEach((specifier, i) => {
        // Calls only: `typeof import('…')` in type positions stays as it is.
        const call = new RegExp(`(?<!typeof )import\\('${specifier.replace(/[/.]/g, '\\$&')}'\\)`, 'g');
        if (!call.test(source)) return;
        hoisted.push(`import * as __eager${i} from '${specifier}';`);
        source = source.replace(call, `Promise.resolve(__eager${i})`);
      });
      return hoisted.length ? { contents: `${hoisted.join('\n')}\n${source}`, loader: 'ts' } : undefined;
    });
  },
};

/** Name of the CDN file that holds the whole 2025 unit table (`@dvc-kit/core/units`). */
export const CDN_UNITS_FILE = 'dvc-units.js';

/**
 * esbuild plugin of the CDN build: `import('@dvc-kit/core/units')` loads `./dvc-units.js`,
 * a file of its own built beside the bundle (tsup.cdn.config.ts). So the bundle needs no
 * code splitting: nothing it shares with the tables becomes a chunk the page must fetch
 * (one more round trip) before any widget renders. Only `bundled` unit pickers load the file.
 */
export const unitsFile = {
  name: 'dvc-units-file',
  setup(build) {
    build.onResolve({ filter: /^@dvc-kit\/core\/units$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./${CDN_UNITS_FILE}`, external: true } : undefined,
    );
  },
};
