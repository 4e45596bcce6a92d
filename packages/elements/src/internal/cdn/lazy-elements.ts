import type { ElementLoaders } from './autoload';

const homeWidgets = () => import('./home-widgets');
const formWidgets = () => import('./form-widgets');

/**
 * Every element of the CDN file but `<dvc-provider>` (registered at once: it holds the
 * endpoint and the session the others ask it for), each loaded by {@link autoload} when its
 * tag first appears. The CDN build splits the code: each import below is a chunk beside
 * dvc-elements.js, with what it shares with the others in shared chunks. Widgets a page shows
 * together share one chunk (home-widgets, form-widgets), so a page fetches a few files, not
 * twenty; the account widgets and the supplement answer, which most pages never show, have
 * their own. A widget that renders other elements in its shadow root registers them itself
 * (the form its inputs, "Hồ sơ của tôi" the status widget); `<dvc-supplement-answer>`, shown
 * inside the status widget, is found there by the autoloader.
 */
export const LAZY_ELEMENTS = {
  'dvc-procedure-search': homeWidgets,
  'dvc-dossier-status': homeWidgets,
  'dvc-digitization-board': homeWidgets,
  'dvc-rating': homeWidgets,
  'dvc-dossier-form': formWidgets,
  'dvc-citizen-id-input': formWidgets,
  'dvc-phone-input': formWidgets,
  'dvc-date-input': formWidgets,
  'dvc-unit-picker': formWidgets,
  'dvc-file-input': formWidgets,
  'dvc-supplement-answer': () => import('./supplement-answer-widget'),
  'dvc-sign-in': () => import('./sign-in-widget'),
  'dvc-my-dossiers': () => import('./my-dossiers-widget'),
} as const satisfies ElementLoaders;
