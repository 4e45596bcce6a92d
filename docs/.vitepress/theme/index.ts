import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import GatewayControl from './GatewayControl.vue';
import LiveExample from './LiveExample.vue';
import './live.css';

/**
 * Registers the DVC Kit elements in the browser (never during the static render) for live
 * examples, and the widget reference's components: `<DvcLiveExample>` (one live example) and
 * `<DvcGatewayControl>` ("Gateway for live examples").
 */
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('DvcGatewayControl', GatewayControl);
    app.component('DvcLiveExample', LiveExample);
    if (!import.meta.env.SSR) void import('@dvc-kit/elements/define/all.js');
  },
} satisfies Theme;
