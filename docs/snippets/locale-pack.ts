import { registerLocale } from '@dvc-kit/elements';

// Ê Đê strings for the widgets, loaded on first use; anything missing falls back to Vietnamese.
registerLocale('ede', () => import('./locale-ede'), { fallback: 'vi' });
// Then: <html lang="ede"> (or lang="ede" on any ancestor of the widgets).
