/**
 * @dvc-kit/elements — Lit web components for Vietnam's National Public Service
 * Portal. Importing this module registers nothing; call `defineAll()` (or a class's
 * `define()`), or import a side-effect entry such as `@dvc-kit/elements/define/all.js`.
 *
 * @packageDocumentation
 */

// ── foundation ──
export { DvcElement } from './base/dvc-element';
export { DvcProvider } from './provider/provider';
export { defineAll, ELEMENTS } from './define/define-all';
export type { DvcEventMap, DvcEventName } from './base/event-map';

// ── language ──
export { registerLocale, translate } from './i18n/locale-registry';
export type { LocaleSource, Localized, RegisterLocaleOptions, UiMessages } from './i18n/locale-registry';
export { vi as viMessages } from './i18n/messages-vi';
export type { UiMessageKey } from './i18n/messages-vi';
export { en as enMessages } from './i18n/messages-en';

// ── form controls ──
export { DvcFormControl } from './form/dvc-form-control';
export { DvcTextControl } from './form/dvc-text-control';
export type { ValidationLevel, ValidationResult, Validator } from './form/validators';
export { DvcCitizenIdInput } from './citizen-id-input/citizen-id-input';
export { DvcPhoneInput } from './phone-input/phone-input';
export { DvcDateInput } from './date-input/date-input';
export { DvcUnitPicker } from './unit-picker/unit-picker';
export type { UnitOption } from './unit-picker/units-loader';
export { DvcFileInput } from './file-input/file-input';
export { downscaleImage } from './file-input/downscale';
export type { DownscaleOptions } from './file-input/downscale';
export type { UploadOptions, UploadReceipt, Uploader } from './file-input/uploader';

// ── status, rating and digitization widgets ──
export { DvcDossierStatus } from './dossier-status/dossier-status';
export type { StatusLoadDetail } from './dossier-status/dossier-status';
export { DvcSupplementAnswer } from './supplement-answer/supplement-answer';
export type { SupplementSentDetail } from './supplement-answer/supplement-answer';
export { DvcRating } from './rating/rating';
export type { RateDetail, RatedDetail } from './rating/rating';
export { DvcDigitizationBoard } from './digitization-board/digitization-board';
export type { MetricsLoadDetail } from './digitization-board/digitization-board';

// ── procedure search, dossier form, receipt (phase 2a) ──
export { DvcProcedureSearch } from './procedure-search/procedure-search';
export type { ProcedureSelectDetail, SearchableProcedure } from './procedure-search/procedure-search';
export { DvcDossierForm } from './dossier-form/dossier-form';
export type { DossierSubmitDetail, DraftRestoredDetail, StepChangeDetail } from './dossier-form/dossier-form';
export { createOutbox, isRetryableError } from './outbox/outbox';
export type { Outbox, OutboxEntry, OutboxOptions, OutboxSend } from './outbox/outbox';
export { deleteDraft, draftKey, loadDraft, saveDraft } from './drafts/draft-store';
export type { Draft } from './drafts/draft-store';
export { encodeQr } from './qr/qr-encode';
export type { QrMatrix } from './qr/qr-encode';
export { localizedText } from './i18n/localized-text';

// ── signed-in citizens (VNeID / DVCQG single sign-on through the gateway) ──
export { DvcSignIn } from './sign-in/sign-in';
export { DvcMyDossiers } from './my-dossiers/my-dossiers';
export type { DossierOpenDetail } from './my-dossiers/my-dossiers';
export { SessionController, SESSION_EVENT } from './accounts/session-controller';
export type { SessionSource } from './accounts/session-controller';
export { SessionRequestError } from './accounts/session-api';
