// Type-level checks of the wrappers' props and events (checked by `pnpm typecheck`, not run).
import { createElement } from 'react';
import {
  DvcCitizenIdInput,
  DvcDigitizationBoard,
  DvcDossierForm,
  DvcDossierStatus,
  DvcMyDossiers,
  DvcProcedureSearch,
  DvcProvider,
  DvcRating,
  DvcSupplementAnswer,
  type DvcEventMap,
} from '../src/index';

createElement(DvcRating, {
  dossier: '000.24.66.H66-250701-0007',
  onRate: (e) => {
    const level: 'very-satisfied' | 'satisfied' | 'not-satisfied' = e.detail.rating.level;
    e.preventDefault();
    return level;
  },
  onRated: (e) => e.detail.receipt?.ratedAt,
});
createElement(DvcProcedureSearch, { onProcedureSelect: (e) => e.detail.code.toUpperCase() });
createElement(DvcDossierForm, { onSubmit: (e) => e.detail.receipt.code, onStepChange: (e) => e.detail.index + 1 });
createElement(DvcDossierStatus, { code: 'x', onStatusLoad: (e) => e.detail.status.timeline.length });
createElement(DvcDigitizationBoard, { agency: 'x', onMetricsLoad: (e) => e.detail.metrics.rank.position });
createElement(DvcDossierForm, { onDraftRestored: (e) => e.detail.savedAt });
createElement(DvcMyDossiers, { onDossierOpen: (e) => e.detail.code.length });
createElement(DvcSupplementAnswer, { onSupplementSent: (e) => e.detail.receipt });
createElement(DvcProvider, { onSessionChange: (e) => e.detail satisfies null });
createElement(DvcCitizenIdInput, { onChange: (e) => e.target, onInput: (e) => e.type });
const submitted: DvcEventMap['dvc-submit']['detail']['receipt']['code'] = 'x';

// @ts-expect-error — the rating event carries no `score`
createElement(DvcRating, { onRate: (e) => e.detail.score });
// @ts-expect-error — the status view has no `receipt` in its event
createElement(DvcDossierStatus, { onStatusLoad: (e) => e.detail.receipt });
// @ts-expect-error — a form control has no `dvc-submit`: its `onSubmit` is React's own form event
createElement(DvcCitizenIdInput, { onSubmit: (e: CustomEvent) => e.detail });
// @ts-expect-error — `agency` is a string
createElement(DvcDigitizationBoard, { agency: 42 });

export { submitted };
