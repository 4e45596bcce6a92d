import { defineConfig } from 'vitepress';
import { english, vietnamese, vietnameseSearch } from './locales.mts';

export default defineConfig({
  lang: 'vi-VN',
  title: 'DVC Kit',
  description:
    'Đưa Cổng Dịch vụ công Quốc gia lên trang web của mọi tỉnh, xã — Put the National Public Service Portal on any commune website.',
  cleanUrls: true,
  lastUpdated: false,
  // Every page is linked from the sidebar; a dead link is a build error.
  ignoreDeadLinks: false,
  // The widgets are custom elements: Vue must leave <dvc-…> tags alone.
  vue: { template: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('dvc-') } } },
  // The elements' unit tables are one large lazy chunk; that size is expected.
  vite: {
    // `pnpm docs:dev` on 5174 (5173 is `pnpm start`'s commune site). `pnpm start`'s gateway allows
    // this origin and `pnpm docs:preview`'s (4173) so the widget reference's live examples work.
    // DVC_DOCS_PORT moves it (the end-to-end test serves the docs on a free port).
    server: { port: Number(process.env.DVC_DOCS_PORT || 5174), strictPort: true },
    // The widgets load after hydration from a linked workspace package, so the dev server would
    // discover their dependencies on first use and reload the page twice (lit and zod, then ky when a
    // widget first calls the gateway). Pre-bundled up front, the first page load is the only one.
    optimizeDeps: {
      include: [
        ...['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/live.js'].map(
          (dep) => `@dvc-kit/elements > ${dep}`,
        ),
        '@dvc-kit/elements > @dvc-kit/core > zod/mini',
        '@dvc-kit/elements > @dvc-kit/client > ky',
      ],
    },
    build: {
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        // zod's sources carry esbuild-style /* @__PURE__ */ notes Rollup cannot place; harmless.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
          warn(warning);
        },
      },
    },
  },
  // Vietnamese is the default (root) locale; English lives under /en/ (docs/scripts/translations.mjs
  // lists the pages in both, and the developer pages that stay English-only at the root).
  locales: {
    root: { label: 'Tiếng Việt', lang: 'vi-VN', themeConfig: vietnamese },
    en: {
      label: 'English',
      lang: 'en-US',
      link: '/en/',
      description: 'Put the National Public Service Portal (DVCQG) on any commune website.',
      themeConfig: english,
    },
  },
  themeConfig: {
    socialLinks: [],
    search: { provider: 'local', options: { locales: { root: vietnameseSearch } } },
  },
});
