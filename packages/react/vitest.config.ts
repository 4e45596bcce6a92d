import { vitestConfig } from '../../vitest.shared.ts';

/** Server rendering of every wrapper (react-dom/server) and the manifest coverage check. */
export default vitestConfig();
