import { defineConfig } from 'tsup';
import { base } from '../../tsup.base';

export default defineConfig({
  ...base,
  entry: {
    index: 'src/index.ts',
    public: 'src/public.ts',
    errors: 'src/errors.ts',
    'errors/guards': 'src/errors/guards.ts',
  },
});
