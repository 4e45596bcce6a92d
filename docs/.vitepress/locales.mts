import type { DefaultTheme } from 'vitepress';

/** A sidebar entry: its title in each locale; `developer` pages are English-only, at the root. */
interface Page {
  link: string;
  vi: string;
  en: string;
  developer?: boolean;
}
const page = (link: string, vi: string, en: string, developer = false): Page => ({ link, vi, en, developer });
const developer = (link: string, en: string, vi = en): Page => page(link, vi, en, true);

/**
 * Both locales' sidebars, from one table: the pages for commune web teams and gateway operators
 * (in both locales, docs/scripts/translations.mjs `LOCALIZED_PAGES`), then the developer pages.
 */
const SIDEBAR: { vi: string; en: string; items: Page[] }[] = [
  {
    vi: 'Cho tổ quản trị trang web xã',
    en: 'Commune web teams',
    items: [
      page('/guide/', 'Tổng quan', 'Overview'),
      page('/guide/commune-web-team', 'Đưa dịch vụ công lên trang web xã', 'Commune web team'),
      page('/guide/supplements-web-team', 'Bổ sung hồ sơ trực tuyến', 'Supplements on your site'),
      page('/guide/theming', 'Màu sắc và phông chữ', 'Theming'),
      page('/guide/languages', 'Ngôn ngữ', 'Languages and locale packs'),
      page('/guide/csp', 'Chính sách bảo mật nội dung (CSP)', 'Content-Security-Policy'),
      page('/guide/offline', 'Khi mạng chậm hoặc mất mạng', 'Offline behaviour'),
      page('/guide/sign-in', 'Đăng nhập bằng VNeID', 'Citizen sign-in (VNeID)'),
    ],
  },
  {
    vi: 'Cho người vận hành gateway',
    en: 'Gateway operators',
    items: [
      page('/guide/gateway-operator', 'Vận hành gateway', 'Gateway operator'),
      page('/guide/deploy-gateway', 'Triển khai gateway', 'Deploying the gateway'),
      page('/guide/notifications', 'Bổ sung hồ sơ và thông báo', 'Supplements and notifications'),
      page('/guide/sms-zalo', 'Tin nhắn SMS và Zalo', 'SMS and Zalo ZNS'),
    ],
  },
  {
    vi: 'Cho lập trình viên (tiếng Anh)',
    en: 'Developers',
    items: [
      developer('/guide/portal-developer', 'Portal developer'),
      developer('/guide/provincial-back-end', 'Provincial back end'),
      developer('/guide/portal-contract', 'How sure are we of each service'),
      developer('/guide/paygov-callback', 'Online payment callback'),
      developer('/guide/scoreboard-source', 'Scoreboard source'),
      developer('/guide/gateway-hardening', 'Codes, files and limits'),
    ],
  },
  {
    vi: 'Tra cứu',
    en: 'Reference',
    items: [
      page('/reference/elements', 'Thành phần giao diện (widget)', 'Widgets'),
      developer('/api/', 'TypeScript API', 'TypeScript API (tiếng Anh)'),
      developer('/glossary', 'Glossary', 'Glossary — Thuật ngữ (tiếng Anh)'),
    ],
  },
];

/** The sidebar of `locale`: localized pages under its prefix, developer pages at the root. */
const sidebarOf = (locale: 'vi' | 'en'): DefaultTheme.SidebarItem[] =>
  SIDEBAR.map((group) => ({
    text: group[locale],
    items: group.items.map((p) => ({
      text: p[locale],
      link: locale === 'en' && !p.developer ? `/en${p.link}` : p.link,
    })),
  }));

/** The Vietnamese (default) locale: pages for commune web teams and gateway operators first. */
export const vietnamese: DefaultTheme.Config = {
  nav: [
    { text: 'Hướng dẫn', link: '/guide/' },
    { text: 'Thành phần giao diện', link: '/reference/elements' },
    { text: 'API (tiếng Anh)', link: '/api/' },
    { text: 'Thuật ngữ (tiếng Anh)', link: '/glossary' },
  ],
  sidebar: sidebarOf('vi'),
  outline: { label: 'Trên trang này' },
  docFooter: { prev: 'Trang trước', next: 'Trang sau' },
  darkModeSwitchLabel: 'Giao diện',
  lightModeSwitchTitle: 'Chuyển sang giao diện sáng',
  darkModeSwitchTitle: 'Chuyển sang giao diện tối',
  sidebarMenuLabel: 'Mục lục',
  returnToTopLabel: 'Về đầu trang',
  langMenuLabel: 'Đổi ngôn ngữ',
  notFound: {
    title: 'KHÔNG TÌM THẤY TRANG',
    quote: 'Trang bạn tìm không có ở đây.',
    linkLabel: 'Về trang chủ',
    linkText: 'Về trang chủ',
  },
};

/** The English locale, under /en/: the same pages, and the developer pages it shares with the root. */
export const english: DefaultTheme.Config = {
  nav: [
    { text: 'Guide', link: '/en/guide/' },
    { text: 'Widgets', link: '/en/reference/elements' },
    { text: 'API', link: '/api/' },
    { text: 'Glossary', link: '/glossary' },
  ],
  sidebar: sidebarOf('en'),
};

/** The local search box in Vietnamese. */
export const vietnameseSearch = {
  translations: {
    button: { buttonText: 'Tìm kiếm', buttonAriaLabel: 'Tìm kiếm' },
    modal: {
      displayDetails: 'Hiện chi tiết',
      resetButtonTitle: 'Xoá từ khoá',
      backButtonTitle: 'Đóng',
      noResultsText: 'Không tìm thấy kết quả cho',
      footer: { selectText: 'chọn', navigateText: 'di chuyển', closeText: 'đóng' },
    },
  },
};
