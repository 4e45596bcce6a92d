import { defineConfig } from 'vitepress';

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
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/' },
      { text: 'Widgets', link: '/reference/elements' },
      { text: 'API', link: '/api/' },
      { text: 'Glossary', link: '/glossary' },
    ],
    sidebar: [
      {
        text: 'Getting started',
        items: [
          { text: 'Overview', link: '/guide/' },
          { text: 'Commune web team', link: '/guide/commune-web-team' },
          { text: 'Portal developer', link: '/guide/portal-developer' },
          { text: 'Provincial back end', link: '/guide/provincial-back-end' },
          { text: 'Gateway operator', link: '/guide/gateway-operator' },
          { text: 'Supplements and notifications', link: '/guide/notifications' },
          { text: 'Supplements on your site', link: '/guide/supplements-web-team' },
          { text: 'SMS and Zalo ZNS', link: '/guide/sms-zalo' },
          { text: 'How sure are we of each service', link: '/guide/portal-contract' },
        ],
      },
      {
        text: 'Guides',
        items: [
          { text: 'Theming', link: '/guide/theming' },
          { text: 'Languages and locale packs', link: '/guide/languages' },
          { text: 'Content-Security-Policy', link: '/guide/csp' },
          { text: 'Offline behaviour', link: '/guide/offline' },
          { text: 'Deploying the gateway', link: '/guide/deploy-gateway' },
          { text: 'Online payment callback', link: '/guide/paygov-callback' },
          { text: 'Scoreboard source', link: '/guide/scoreboard-source' },
          { text: 'Codes, files and limits', link: '/guide/gateway-hardening' },
          { text: 'Citizen sign-in (VNeID)', link: '/guide/sign-in' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Widgets', link: '/reference/elements' },
          { text: 'TypeScript API', link: '/api/' },
          { text: 'Glossary', link: '/glossary' },
        ],
      },
    ],
    socialLinks: [],
    search: { provider: 'local' },
  },
});
