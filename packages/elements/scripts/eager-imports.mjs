import { readFile } from 'node:fs/promises';

/** Modules the per-widget files load lazily but the all-in-one file carries anyway. */
const EAGER = ['@dvc-kit/client/public', './core-fallbacks'];

/**
 * esbuild plugin of the CDN build (tsup.cdn.config.ts) and its size measurement
 * (scripts/size.mjs): turns `import('@dvc-kit/client/public')` and `import('./core-fallbacks')`
 * into static imports. The CDN file bundles them in any case, and left dynamic they would
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
