import { defineConfig } from 'tsup';
import { base } from '../../tsup.base';

/** The main entry (no side effects) plus one side-effect entry per element in dist/define/. */
export default defineConfig({
  ...base,
  entry: ['src/index.ts', 'src/define/*.ts', '!src/define/define-all.ts'],
  format: ['esm'],
  external: ['@dvc-kit/core', '@dvc-kit/core/units', '@dvc-kit/client', '@dvc-kit/client/public', 'lit'],
});
