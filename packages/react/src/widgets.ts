import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  DvcDigitizationBoard as DigitizationBoardElement,
  DvcDossierForm as DossierFormElement,
  DvcDossierStatus as DossierStatusElement,
  DvcMyDossiers as MyDossiersElement,
  DvcSignIn as SignInElement,
  DvcProcedureSearch as ProcedureSearchElement,
  DvcRating as RatingElement,
  type DossierOpenDetail,
  DvcSupplementAnswer as SupplementAnswerElement,
  type DossierSubmitDetail,
  type DraftRestoredDetail,
  type MetricsLoadDetail,
  type ProcedureSelectDetail,
  type RatedDetail,
  type RateDetail,
  type StatusLoadDetail,
  type StepChangeDetail,
  type SupplementSentDetail,
} from '@dvc-kit/elements';
import { register } from './register';

/**
 * `<dvc-procedure-search>`: diacritic-insensitive procedure search. `onProcedureSelect` fires with the chosen procedure.
 *
 * @example
 * ```tsx
 * <DvcProcedureSearch agency="000.24.66.H66" onProcedureSelect={(e) => setCode(e.detail.code)} />
 * ```
 */
export const DvcProcedureSearch = createComponent({
  react: React,
  tagName: 'dvc-procedure-search',
  elementClass: register(ProcedureSearchElement),
  events: { onProcedureSelect: 'dvc-procedure-select' as EventName<CustomEvent<ProcedureSelectDetail>> },
});

/**
 * `<dvc-dossier-form>`: the dossier form of a procedure, with drafts and an offline outbox.
 * `onSubmit` fires with the receipt; `onStepChange`, `onDraftRestored` follow the citizen.
 *
 * @example
 * ```tsx
 * <DvcDossierForm procedureCode="1.001193" agency="000.24.66.H66" onSubmit={(e) => show(e.detail.receipt)} />
 * ```
 */
export const DvcDossierForm = createComponent({
  react: React,
  tagName: 'dvc-dossier-form',
  elementClass: register(DossierFormElement),
  events: {
    onSubmit: 'dvc-submit' as EventName<CustomEvent<DossierSubmitDetail>>,
    onStepChange: 'dvc-step-change' as EventName<CustomEvent<StepChangeDetail>>,
    onDraftRestored: 'dvc-draft-restored' as EventName<CustomEvent<DraftRestoredDetail>>,
  },
});

/**
 * `<dvc-dossier-status>`: status look-up with timeline. Pass `status` to show a dossier without a look-up.
 *
 * @example
 * ```tsx
 * <DvcDossierStatus code={code} onStatusLoad={(e) => track(e.detail.status.status)} />
 * ```
 */
export const DvcDossierStatus = createComponent({
  react: React,
  tagName: 'dvc-dossier-status',
  elementClass: register(DossierStatusElement),
  events: { onStatusLoad: 'dvc-status-load' as EventName<CustomEvent<StatusLoadDetail>> },
});

/**
 * `<dvc-rating>`: satisfaction rating. `onRate` fires before sending (call `preventDefault()` to
 * send it yourself); `onRated` once it is recorded.
 *
 * @example
 * ```tsx
 * <DvcRating dossier={code} verify="5678" onRated={() => setRated(true)} />
 * ```
 */
export const DvcRating = createComponent({
  react: React,
  tagName: 'dvc-rating',
  elementClass: register(RatingElement),
  events: {
    onRate: 'dvc-rate' as EventName<CustomEvent<RateDetail>>,
    onRated: 'dvc-rated' as EventName<CustomEvent<RatedDetail>>,
  },
});

/**
 * `<dvc-digitization-board>`: an agency's 766 score, rank, parts and weekly trend. Pass `metrics` to skip the fetch.
 *
 * @example
 * ```tsx
 * <DvcDigitizationBoard agency="000.24.66.H66" />
 * ```
 */
export const DvcDigitizationBoard = createComponent({
  react: React,
  tagName: 'dvc-digitization-board',
  elementClass: register(DigitizationBoardElement),
  events: { onMetricsLoad: 'dvc-metrics-load' as EventName<CustomEvent<MetricsLoadDetail>> },
});

/**
 * `<dvc-sign-in>`: "Đăng nhập bằng VNeID", or the signed-in citizen's name and a sign-out
 * button. Needs a `<DvcProvider accounts>` ancestor.
 *
 * @example
 * ```tsx
 * <DvcProvider endpoint={gateway} accounts><DvcSignIn /></DvcProvider>
 * ```
 */
export const DvcSignIn = createComponent({ react: React, tagName: 'dvc-sign-in', elementClass: register(SignInElement) });

/**
 * `<dvc-my-dossiers>`: "Hồ sơ của tôi", the signed-in citizen's dossiers with status, due date
 * and next step. `onDossierOpen` fires when a timeline opens.
 *
 * @example
 * ```tsx
 * <DvcProvider endpoint={gateway} accounts><DvcMyDossiers pageSize={10} /></DvcProvider>
 * ```
 */
export const DvcMyDossiers = createComponent({
  react: React,
  tagName: 'dvc-my-dossiers',
  elementClass: register(MyDossiersElement),
  events: { onDossierOpen: 'dvc-dossier-open' as EventName<CustomEvent<DossierOpenDetail>> },
});

/**
 * `<dvc-supplement-answer>`: a dossier's supplement request and the form to answer it online.
 * `onSupplementSent` fires once the gateway kept the answer.
 *
 * @example
 * ```tsx
 * <DvcSupplementAnswer code={code} verify="5678" request={view.supplement} onSupplementSent={() => reload()} />
 * ```
 */
export const DvcSupplementAnswer = createComponent({
  react: React,
  tagName: 'dvc-supplement-answer',
  elementClass: register(SupplementAnswerElement),
  events: { onSupplementSent: 'dvc-supplement-sent' as EventName<CustomEvent<SupplementSentDetail>> },
});
