import { vitestConfig } from '../vitest.shared.ts';

// One browser run of the whole stack per test: generous limits, files one after another.
export default vitestConfig({ testTimeout: 240_000, include: ['test/**/*.test.ts'] });
