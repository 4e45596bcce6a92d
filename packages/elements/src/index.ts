/**
 * @dvc-kit/elements — Lit web components for Vietnam's National Public Service
 * Portal. Importing this module registers nothing; call `defineAll()` (or a class's
 * `define()`), or import a side-effect entry such as `@dvc-kit/elements/define/all.js`.
 *
 * @packageDocumentation
 */

// ── foundation ──
export { DvcElement } from './internal/base/dvc-element';
export { DvcProvider } from './components/provider/provider';
export { defineAll, ELEMENTS } from './define/define-all';
export type { DvcEventMap, DvcEventName } from './internal/base/event-map';

// ── language ──
export { registerLocale, translate } from './internal/i18n/locale-registry';
export type { LocaleSource, Localized, RegisterLocaleOptions, UiMessages } from './internal/i18n/locale-registry';
export { vi as viMessages } from './internal/i18n/messages-vi';
export type { UiMessageKey } from './internal/i18n/messages-vi';
export { en as enMessages } from './internal/i18n/messages-en';

// ── form controls ──
export { DvcFormControl } from './internal/form/dvc-form-control';
export { DvcTextControl } from './internal/form/dvc-text-control';
export type { ValidationLevel, ValidationResult, Validator } from './internal/form/validators';
export { DvcCitizenIdInput } from './components/citizen-id-input/citizen-id-input';
export { DvcPhoneInput } from './components/phone-input/phone-input';
export { DvcDateInput } from './components/date-input/date-input';
export { DvcUnitPicker } from './components/unit-picker/unit-picker';
export type { UnitOption } from './components/unit-picker/units-loader';
export { DvcFileInput } from './components/file-input/file-input';
export { downscaleImage } from './components/file-input/downscale';
export type { DownscaleOptions } from './components/file-input/downscale';
export type { UploadOptions, UploadReceipt, Uploader } from './components/file-input/uploader';

// ── status, rating and digitization widgets ──
export { DvcDossierStatus } from './components/dossier-status/dossier-status';
export type { StatusLoadDetail } from './components/dossier-status/dossier-status';
export { DvcSupplementAnswer } from './components/supplement-answer/supplement-answer';
export type { SupplementSentDetail } from './components/supplement-answer/supplement-answer';
export { DvcRating } from './components/rating/rating';
export type { RateDetail, RatedDetail } from './components/rating/rating';
export { DvcDigitizationBoard } from './components/digitization-board/digitization-board';
export type { MetricsLoadDetail } from './components/digitization-board/digitization-board';

// ── procedure search, dossier form, receipt (phase 2a) ──
export { DvcProcedureSearch } from './components/procedure-search/procedure-search';
export type { ProcedureSelectDetail, SearchableProcedure } from './components/procedure-search/procedure-search';
export { DvcDossierForm } from './components/dossier-form/dossier-form';
export type {
  DossierSubmitDetail,
  DraftRestoredDetail,
  StepChangeDetail,
} from './components/dossier-form/dossier-form';
export { createOutbox, isRetryableError } from './internal/outbox/outbox';
export type { Outbox, OutboxEntry, OutboxOptions, OutboxSend } from './internal/outbox/outbox';
export { deleteDraft, draftKey, loadDraft, saveDraft } from './internal/drafts/draft-store';
export type { Draft } from './internal/drafts/draft-store';
export { encodeQr } from './internal/qr/qr-encode';
export type { QrMatrix } from './internal/qr/qr-encode';
export { localizedText } from './internal/i18n/localized-text';

// ── signed-in citizens (VNeID / DVCQG single sign-on through the gateway) ──
export { DvcSignIn } from './components/sign-in/sign-in';
export { DvcMyDossiers } from './components/my-dossiers/my-dossiers';
export type { DossierOpenDetail } from './components/my-dossiers/my-dossiers';
export { SessionController, SESSION_EVENT } from './internal/accounts/session-controller';
export type { SessionSource } from './internal/accounts/session-controller';
export { SessionRequestError } from './internal/accounts/session-api';
