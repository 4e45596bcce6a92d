import { vitestConfig } from '../../vitest.shared.ts';

/** Node-side tests of the elements package (size budgets); browser tests run in wtr. */
export default vitestConfig({ include: ['scripts/**/*.test.ts'], testTimeout: 60_000 });
