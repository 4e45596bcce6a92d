import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { base } from '../../tsup.base';

/** Every component folder (src/components/<name>/) with its registration file `<name>.define.ts`. */
const components = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The main entry (no side effects) plus one side-effect entry per element in dist/define/:
 * `dist/define/rating.js` is built from `src/components/rating/rating.define.ts`, and
 * `dist/define/all.js` from `src/define/all.ts`.
 */
export default defineConfig({
  ...base,
  entry: {
    index: 'src/index.ts',
    'define/all': 'src/define/all.ts',
    ...Object.fromEntries(components.map((name) => [`define/${name}`, `src/components/${name}/${name}.define.ts`])),
  },
  format: ['esm'],
  external: [
    '@dvc-kit/core',
    '@dvc-kit/core/units',
    '@dvc-kit/client',
    '@dvc-kit/client/public',
    '@dvc-kit/client/errors',
    '@dvc-kit/client/errors/guards',
    'lit',
  ],
});
