import { vitestConfig } from '../../vitest.shared.ts';

export default vitestConfig({ include: ['test/**/*.test.ts'], testTimeout: 120_000 });
