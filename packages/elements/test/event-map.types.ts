// Type-level checks of the tag-name and event maps (checked by `pnpm typecheck`, not run).
import type { DvcEventMap, DvcEventName, DvcDossierForm, DvcRating, DvcProvider } from '../src/index';

declare const form: DvcDossierForm;

const byTag: DvcDossierForm | null = document.querySelector('dvc-dossier-form');
const rating: DvcRating = document.createElement('dvc-rating');
const provider: DvcProvider | null = document.querySelector('dvc-provider');

form.addEventListener('dvc-submit', (e) => e.detail.receipt.code.toUpperCase());
form.addEventListener('dvc-step-change', (e) => e.detail.index + e.detail.total);
document.addEventListener('dvc-rate', (e) => {
  const level: 'very-satisfied' | 'satisfied' | 'not-satisfied' = e.detail.rating.level;
  e.preventDefault();
  return level;
});
document.addEventListener('dvc-procedure-select', (e) => e.detail.procedure.code);
document.addEventListener('dvc-status-load', (e) => e.detail.status.timeline.length);
document.addEventListener('dvc-metrics-load', (e) => e.detail.metrics.rank.position);
document.addEventListener('dvc-dossier-open', (e) => e.detail.code);
document.addEventListener('dvc-supplement-sent', (e) => e.detail.receipt);
document.addEventListener('dvc-draft-restored', (e) => e.detail.savedAt);
provider?.addEventListener('dvc-session-change', (e) => e.detail satisfies null);

const names: DvcEventName[] = [
  'dvc-submit',
  'dvc-step-change',
  'dvc-draft-restored',
  'dvc-rate',
  'dvc-rated',
  'dvc-procedure-select',
  'dvc-status-load',
  'dvc-metrics-load',
  'dvc-dossier-open',
  'dvc-supplement-sent',
  'dvc-session-change',
];
const submit: DvcEventMap['dvc-submit'] = new CustomEvent('dvc-submit', { detail: { receipt: {} as never } });

// @ts-expect-error — a rating event has no `score`
document.addEventListener('dvc-rate', (e) => e.detail.score);
// @ts-expect-error — `change` is a DOM event, not a DVC Kit one
const notOurs: DvcEventName = 'change';
// @ts-expect-error — the submit event carries a receipt, not a status
form.addEventListener('dvc-submit', (e) => e.detail.status);

export { byTag, rating, names, submit, notOurs };
