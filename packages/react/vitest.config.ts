import { vitestConfig } from '../../vitest.shared.ts';

/** Server rendering of every wrapper (react-dom/server), the manifest coverage check and the generator's drift check. */
export default vitestConfig({ include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'] });
