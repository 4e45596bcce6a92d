// Type-level checks of the wrappers' props and events (checked by `pnpm typecheck`, not run).
import { createElement } from 'react';
import { DvcDigitizationBoard, DvcDossierForm, DvcDossierStatus, DvcProcedureSearch, DvcRating } from '../src/index';

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

// @ts-expect-error — the rating event carries no `score`
createElement(DvcRating, { onRate: (e) => e.detail.score });
// @ts-expect-error — `agency` is a string
createElement(DvcDigitizationBoard, { agency: 42 });
