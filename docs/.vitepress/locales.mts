import type { DefaultTheme } from 'vitepress';

/** A page of the developer guides: English only, at the root, in both locales' sidebars. */
const developer = (text: string, link: string, note = ''): DefaultTheme.SidebarItem => ({
  text: `${text}${note}`,
  link,
});

/** The Vietnamese (default) locale: pages for commune web teams and gateway operators first. */
export const vietnamese: DefaultTheme.Config = {
  nav: [
    { text: 'Hướng dẫn', link: '/guide/' },
    { text: 'Thành phần giao diện', link: '/reference/elements' },
    { text: 'API (tiếng Anh)', link: '/api/' },
    { text: 'Thuật ngữ (tiếng Anh)', link: '/glossary' },
  ],
  sidebar: [
    {
      text: 'Cho tổ quản trị trang web xã',
      items: [
        { text: 'Tổng quan', link: '/guide/' },
        { text: 'Đưa dịch vụ công lên trang web xã', link: '/guide/commune-web-team' },
        { text: 'Bổ sung hồ sơ trực tuyến', link: '/guide/supplements-web-team' },
        { text: 'Màu sắc và phông chữ', link: '/guide/theming' },
        { text: 'Ngôn ngữ', link: '/guide/languages' },
        { text: 'Chính sách bảo mật nội dung (CSP)', link: '/guide/csp' },
        { text: 'Khi mạng chậm hoặc mất mạng', link: '/guide/offline' },
        { text: 'Đăng nhập bằng VNeID', link: '/guide/sign-in' },
      ],
    },
    {
      text: 'Cho người vận hành gateway',
      items: [
        { text: 'Vận hành gateway', link: '/guide/gateway-operator' },
        { text: 'Triển khai gateway', link: '/guide/deploy-gateway' },
        { text: 'Bổ sung hồ sơ và thông báo', link: '/guide/notifications' },
        { text: 'Tin nhắn SMS và Zalo', link: '/guide/sms-zalo' },
      ],
    },
    {
      text: 'Cho lập trình viên (tiếng Anh)',
      items: [
        developer('Portal developer', '/guide/portal-developer'),
        developer('Provincial back end', '/guide/provincial-back-end'),
        developer('How sure are we of each service', '/guide/portal-contract'),
        developer('Online payment callback', '/guide/paygov-callback'),
        developer('Scoreboard source', '/guide/scoreboard-source'),
        developer('Codes, files and limits', '/guide/gateway-hardening'),
      ],
    },
    {
      text: 'Tra cứu',
      items: [
        { text: 'Thành phần giao diện (widget)', link: '/reference/elements' },
        developer('TypeScript API', '/api/', ' (tiếng Anh)'),
        developer('Glossary — Thuật ngữ', '/glossary', ' (tiếng Anh)'),
      ],
    },
  ],
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
  sidebar: [
    {
      text: 'Commune web teams',
      items: [
        { text: 'Overview', link: '/en/guide/' },
        { text: 'Commune web team', link: '/en/guide/commune-web-team' },
        { text: 'Supplements on your site', link: '/en/guide/supplements-web-team' },
        { text: 'Theming', link: '/en/guide/theming' },
        { text: 'Languages and locale packs', link: '/en/guide/languages' },
        { text: 'Content-Security-Policy', link: '/en/guide/csp' },
        { text: 'Offline behaviour', link: '/en/guide/offline' },
        { text: 'Citizen sign-in (VNeID)', link: '/en/guide/sign-in' },
      ],
    },
    {
      text: 'Gateway operators',
      items: [
        { text: 'Gateway operator', link: '/en/guide/gateway-operator' },
        { text: 'Deploying the gateway', link: '/en/guide/deploy-gateway' },
        { text: 'Supplements and notifications', link: '/en/guide/notifications' },
        { text: 'SMS and Zalo ZNS', link: '/en/guide/sms-zalo' },
      ],
    },
    {
      text: 'Developers',
      items: [
        developer('Portal developer', '/guide/portal-developer'),
        developer('Provincial back end', '/guide/provincial-back-end'),
        developer('How sure are we of each service', '/guide/portal-contract'),
        developer('Online payment callback', '/guide/paygov-callback'),
        developer('Scoreboard source', '/guide/scoreboard-source'),
        developer('Codes, files and limits', '/guide/gateway-hardening'),
      ],
    },
    {
      text: 'Reference',
      items: [
        { text: 'Widgets', link: '/en/reference/elements' },
        developer('TypeScript API', '/api/'),
        developer('Glossary', '/glossary'),
      ],
    },
  ],
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
