import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import './live.css';

/** Registers the DVC Kit elements in the browser (never during the static render) for live examples. */
export default {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) void import('@dvc-kit/elements/define/all.js');
  },
} satisfies Theme;
