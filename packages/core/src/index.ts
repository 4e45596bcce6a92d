/**
 * @dvc-kit/core — the domain model of the National Public Service Portal
 * (Cổng Dịch vụ công Quốc gia): wire codecs, identifiers, statuses, working time,
 * forms, public API schemas and messages. Administrative units live in
 * `@dvc-kit/core/units` so a widget that does not need them does not download them.
 *
 * Explicit exports only (no `export *`), grouped by area.
 *
 * @packageDocumentation
 */

// ── errors ──
export { DvcError } from './errors/dvc-error';
export type { DvcErrorOptions, Language, LocalizedMessage } from './errors/dvc-error';

// ── time ──
export {
  VIETNAM_OFFSET_MINUTES,
  formatWireDate,
  fromVietnamTime,
  parseWireDate,
  toVietnamTime,
  vietnamDateKey,
} from './time/vietnam-time';
export type { VietnamDateTime } from './time/vietnam-time';

// ── wire codecs ──
export { WireFormatError } from './wire/wire-format-error';
export type { WireIssue } from './wire/wire-format-error';
export type { Month, Unknown } from './wire/primitives';
export type { ExtraWireFields, RecordSchema } from './wire/define-record';
export { decodeWire, encodeWire, wireSchemaOf } from './wire/wire-codec';
export type { WireCodec, WireSchema } from './wire/wire-codec';
export { decodeDossier, encodeDossier } from './wire/deprecated';
export {
  APPLICANT_KINDS,
  CHANNELS,
  DIGITIZATION_STATES,
  DOCUMENT_REUSE,
  IDENTITY_KINDS,
  ONLINE_PAYMENT,
  RESULT_DELIVERY,
} from './wire/enums';
export type {
  ApplicantKind,
  DigitizationState,
  DossierChannel,
  DocumentReuse,
  EnumValue,
  IdentityKind,
  OnlinePayment,
  ResultDelivery,
} from './wire/enums';
export {
  PORTAL_ERROR_CODES,
  PORTAL_SERVICES,
  isPortalSuccess,
  portalErrorMessageCode,
  portalErrorName,
  portalResponseSchema,
} from './wire/envelope';
export type {
  PortalEnvelope,
  PortalErrorName,
  PortalLoginResponse,
  PortalResponse,
  PortalService,
  SyncDossiersBody,
  UpdateProgressBody,
} from './wire/envelope';
export { dossierCodec } from './wire/dossier';
export type { Dossier, DossierWire } from './wire/dossier';
export { submittedDocumentCodec } from './wire/submitted-document';
export type { SubmittedDocument, SubmittedDocumentWire } from './wire/submitted-document';
export { dossierFeeCodec } from './wire/dossier-fee';
export type { DossierFee, DossierFeeWire } from './wire/dossier-fee';
export { otherAttachmentCodec } from './wire/other-attachment';
export type { OtherAttachment, OtherAttachmentWire } from './wire/other-attachment';
export { dossierSupplementCodec } from './wire/dossier-supplement';
export type { DossierSupplement, DossierSupplementWire } from './wire/dossier-supplement';
export { resultDocumentCodec } from './wire/result-document';
export type { ResultDocument, ResultDocumentWire } from './wire/result-document';
export { ownerIdentityCodec } from './wire/owner-identity';
export type { OwnerIdentity, OwnerIdentityWire } from './wire/owner-identity';
export { databaseLinkCodec } from './wire/database-link';
export type { DatabaseLink, DatabaseLinkWire } from './wire/database-link';
export { progressStepCodec } from './wire/progress-step';
export type { ProgressStep, ProgressStepWire } from './wire/progress-step';
export { PROCEDURE_STATES, procedureCodec } from './wire/procedure';
export type { Procedure, ProcedureWire } from './wire/procedure';
export { agencyCodec } from './wire/agency';
export type { Agency, AgencyWire } from './wire/agency';
export { fieldCodec } from './wire/field';
export type { Field, FieldWire } from './wire/field';
export { satisfactionSummaryCodec, satisfactionPercentages } from './wire/satisfaction-summary';
export type { SatisfactionSummary, SatisfactionSummaryWire } from './wire/satisfaction-summary';
export { digitizedResultCodec } from './wire/digitized-result';
export type { DigitizedResult, DigitizedResultWire } from './wire/digitized-result';
export { digitizedResultRequestCodec } from './wire/digitized-result-request';
export type { DigitizedResultRequest, DigitizedResultRequestWire } from './wire/digitized-result-request';
export { digitizedResultResponseCodec } from './wire/digitized-result-response';
export type { DigitizedResultResponse, DigitizedResultResponseWire } from './wire/digitized-result-response';
export { paymentReceiptCodec } from './wire/payment-receipt';
export type { PaymentReceipt, PaymentReceiptWire } from './wire/payment-receipt';
export { PAYMENT_INIT_DEFAULTS, paymentInitCodec } from './wire/payment-init';
export type { PaymentInit, PaymentInitWire } from './wire/payment-init';
export { digitizedFileRequestCodec, digitizedFileResponseCodec } from './wire/digitized-file';
export type {
  DigitizedFileRequest,
  DigitizedFileRequestWire,
  DigitizedFileResponse,
  DigitizedFileResponseWire,
} from './wire/digitized-file';
export { digitizationReportRowCodec } from './wire/digitization-report';
export type {
  DigitizationReportRow,
  DigitizationReportRowWire,
  DigitizationReportWeek,
} from './wire/digitization-report';
export {
  PAYMENT_CONFIRM_SIGNED_FIELDS,
  signPaymentConfirm,
  signPaymentInit,
  signPaymentQuery,
  verifyPaymentConfirm,
  verifyPaymentSignature,
} from './wire/payment-signature';
export type { PaymentInitSigned, PaymentQuerySigned } from './wire/payment-signature';

// ── status lifecycle ──
export { DOSSIER_STATUSES, statusCode, statusFromCode, statusGroup, statusInfo } from './status/dossier-status';
export type { DossierStatus, DossierStatusInfo, KnownDossierStatus, StatusGroup } from './status/dossier-status';
export { DOSSIER_TRANSITIONS, canTransition } from './status/transitions';

// ── messages ──
export { MESSAGES } from './messages/catalogue';
export { defineMessages } from './messages/define-messages';
export type { Localized, MessageBook, MessageTexts } from './messages/define-messages';
export { formatMessage } from './messages/format';
export { localize, translate } from './messages/translate';
export type { MessageMap, MessageParams } from './messages/types';

// ── identifiers ──
export { IdentifierError } from './identifiers/identifier-error';
export { identifierMessages } from './identifiers/messages';
export type { IdentifierErrorCode } from './identifiers/messages';
export { formatDossierCode, isValidDossierCode, nextDossierCode, parseDossierCode } from './identifiers/dossier-code';
export { normalizeDossierCode } from './identifiers/normalize-dossier-code';
export type { DossierCode } from './identifiers/dossier-code';
export { isValidProcedureCode, parseProcedureCode } from './identifiers/procedure-code';
export type { ProcedureCode } from './identifiers/procedure-code';
export { isValidAgencyCode, parseAgencyCode } from './identifiers/agency-code';
export type { AgencyCode, AgencyCodeFormat } from './identifiers/agency-code';
export { isValidCitizenId, parseCitizenId } from './identifiers/citizen-id';
export type { CitizenId, CitizenIdOptions } from './identifiers/citizen-id';
export { formatPhone, isValidPhone, parsePhone } from './identifiers/phone';
export type { Phone } from './identifiers/phone';
export { isValidTaxCode, parseTaxCode } from './identifiers/tax-code';
export type { TaxCode } from './identifiers/tax-code';
export { foldVietnamese } from './text/fold';
export { ETHNIC_GROUPS, ethnicGroupOptions, foldEthnicName, searchEthnicGroups } from './people/ethnic-groups';
export type { EthnicGroup } from './people/ethnic-groups';

// ── working time (holidays, lunar calendar, due dates) ──
export { lunarNewYear } from './calendar/lunar';
export { publicHolidays } from './calendar/holidays';
export type { HolidayKind, PublicHoliday, PublicHolidayOptions } from './calendar/holidays';
export { DEFAULT_SHIFTS, createWorkCalendar } from './calendar/work-calendar';
export type { WorkCalendar, WorkCalendarOptions, WorkShift } from './calendar/work-calendar';
export { dueDate, workingDaysBetween } from './calendar/due-date';
export type { TimeLimitUnit, WorkingTimeOptions } from './calendar/due-date';
export { classifyTimeliness } from './calendar/timeliness';
export type { Timeliness, TimelinessInput } from './calendar/timeliness';
export { CalendarError } from './calendar/calendar-error';
export { calendarMessages } from './calendar/messages';
export type { CalendarErrorCode } from './calendar/messages';

// ── forms ──
export { localizedTextSchema } from './forms/localized-text';
export type { LocalizedText } from './forms/localized-text';
export { uploadDescriptorSchema } from './forms/upload-descriptor';
export type { UploadDescriptor } from './forms/upload-descriptor';
export { fieldErrorSchema } from './forms/field-error';
export type { FieldError } from './forms/field-error';
export {
  addressFieldSchema,
  checkboxFieldSchema,
  choiceFieldSchema,
  choiceOptionSchema,
  citizenIdFieldSchema,
  dateFieldSchema,
  emailFieldSchema,
  numberFieldSchema,
  phoneFieldSchema,
  scalarFieldSchema,
  taxCodeFieldSchema,
  textareaFieldSchema,
  textFieldSchema,
  visibleWhenSchema,
} from './forms/field-schemas';
export type {
  AddressField,
  ChoiceField,
  DateField,
  NumberField,
  ScalarField,
  VisibleWhen,
} from './forms/field-schemas';
export {
  copyRuleSchema,
  fieldSchema,
  fileFieldSchema,
  formDefinitionSchema,
  formSectionSchema,
  groupFieldSchema,
} from './forms/form-definition';
export type { CopyRule, FileField, FormDefinition, FormField, FormSection, GroupField } from './forms/form-definition';
export { APPLICANT_SECTION_ID, applicantSection } from './forms/applicant-section';
export type { ApplicantSectionOptions } from './forms/applicant-section';
export {
  FILE_FIELD_DEFAULTS,
  GROUP_MAX_ITEMS_DEFAULT,
  isFieldVisible,
  validateFormData,
} from './forms/validate-form-data';
export type { FormValidationResult, ValidateFormOptions } from './forms/validate-form-data';
export { FormValidationError } from './forms/form-validation-error';
export { groupMinItems, isFieldRequired } from './forms/requirement';
export { copyAnswers } from './forms/copy-answers';
export type { CopiedAnswers } from './forms/copy-answers';
export { dateExample } from './forms/date-example';
export { isIsoDate } from './forms/iso-date';
export { formatFileSize } from './forms/format-params';
export { fromSubmissionParts, toSubmissionParts } from './forms/submission-data';
export type { SubmissionParts } from './forms/submission-data';
export { formMessages } from './forms/messages';
export type { FormErrorCode } from './forms/messages';

// ── public API v1 ──
export {
  agencyCodeSchema,
  channelSchema,
  communeCodeSchema,
  dossierCodeSchema,
  isoDateSchema,
  isoDateTimeSchema,
  procedureCodeSchema,
  provinceCodeSchema,
} from './public-api/primitives';
export type { Channel } from './public-api/primitives';
export { MAX_PAGE_SIZE, pagedSchema } from './public-api/paged';
export { unitListSchema, unitQuerySchema, unitSchema } from './public-api/units';
export type { UnitEntry, UnitList, UnitQuery } from './public-api/units';
export { agencyListSchema, agencyQuerySchema, agencySchema } from './public-api/agencies';
export type { AgencyEntry, AgencyList, AgencyQuery } from './public-api/agencies';
export {
  feeSchema,
  procedureFieldSchema,
  procedureSearchQuerySchema,
  procedureSearchResultSchema,
  procedureSummarySchema,
  processingTimeSchema,
} from './public-api/procedures';
export type {
  Fee,
  ProcedureSearchQuery,
  ProcedureSearchResult,
  ProcedureSummary,
  ProcessingTime,
} from './public-api/procedures';
export {
  legalBasisSchema,
  procedureDetailSchema,
  requiredDocumentSchema,
  resultDocumentSchema,
} from './public-api/procedure-detail';
export type { ProcedureDetail, RequiredDocument } from './public-api/procedure-detail';
export { uploadReceiptSchema } from './public-api/uploads';
export type { UploadReceipt } from './public-api/uploads';
export { dossierStatusSchema, localizedMessageSchema, statusGroupSchema } from './public-api/status-schemas';
export {
  addressValueSchema,
  applicantSchema,
  dossierReceiptSchema,
  dossierSubmissionSchema,
  submittedFileSchema,
} from './public-api/dossier-submission';
export type {
  AddressValue,
  Applicant,
  DossierReceipt,
  DossierSubmission,
  SubmittedFile,
} from './public-api/dossier-submission';
export {
  dossierStatusQuerySchema,
  dossierStatusViewSchema,
  maskedApplicantSchema,
  nextActionSchema,
  timelineEntrySchema,
} from './public-api/dossier-status-view';
export type {
  DossierStatusQuery,
  DossierStatusView,
  NextAction,
  TimelineEntry,
} from './public-api/dossier-status-view';
export { RATING_COMMENT_MAX, ratingLevelSchema, ratingReceiptSchema, ratingRequestSchema } from './public-api/ratings';
export type { RatingLevel, RatingReceipt, RatingRequest } from './public-api/ratings';
export {
  SUPPLEMENT_FILES_MAX,
  SUPPLEMENT_NOTE_MAX,
  supplementAnswerReceiptSchema,
  supplementAnswerRequestSchema,
  supplementFileSchema,
  supplementRequestSchema,
} from './public-api/supplements';
export type { SupplementAnswerReceipt, SupplementAnswerRequest, SupplementRequest } from './public-api/supplements';
export {
  DIGITIZATION_SCORE_MAX,
  digitizationMetricsSchema,
  digitizationSourceSchema,
  digitizationWeekSchema,
  reportedMaxOf,
} from './public-api/digitization';
export type { DigitizationMetrics, DigitizationSource, DigitizationWeek } from './public-api/digitization';
export { decodePublicScoreboard, PUBLIC_SCOREBOARD_SERVICE } from './wire/public-scoreboard';
export type { PublicScoreboardRow } from './wire/public-scoreboard';
export { parseScoreboardFile, SCOREBOARD_FILE_FORMAT } from './wire/scoreboard-file';
export type { ScoreboardFile } from './wire/scoreboard-file';
export { PROBLEM_CONTENT_TYPE, problemDetailsSchema } from './public-api/problem-details';
export type { ProblemDetails } from './public-api/problem-details';
export {
  PUBLIC_API_PATHS,
  agenciesPath,
  agencyDigitizationPath,
  dossierPath,
  dossierRatingPath,
  dossierSupplementPath,
  procedurePath,
  proceduresPath,
  unitsPath,
} from './public-api/paths';
export type { QueryParams } from './public-api/paths';
export { PUBLIC_API_SCHEMAS } from './public-api/schemas';
export { ACCOUNT_API_PATHS, SESSION_WRITE_HEADER } from './public-api/account-paths';
export {
  myDossierPageSchema,
  myDossierSchema,
  myRatingRequestSchema,
  sessionViewSchema,
  verifiedApplicantSchema,
} from './public-api/accounts';
export type { MyDossier, MyDossierPage, MyRatingRequest, SessionView, VerifiedApplicant } from './public-api/accounts';
