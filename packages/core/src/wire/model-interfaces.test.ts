import { describe, expectTypeOf, it } from 'vitest';
import type { ModelOf } from './define-record';
import type { Agency, AgencyFields } from './agency';
import type { DatabaseLink, DatabaseLinkFields } from './database-link';
import type {
  DigitizationCounts,
  DigitizationCountsFields,
  DigitizationReportRow,
  DigitizationReportRowFields,
  DigitizationReportWeek,
  DigitizationReportWeekFields,
  DigitizationScoreMaxima,
  DigitizationScoreMaximaFields,
} from './digitization-report';
import type {
  DigitizedFileRequest,
  DigitizedFileRequestFields,
  DigitizedFileResponse,
  DigitizedFileResponseFields,
} from './digitized-file';
import type {
  DigitizedResult,
  DigitizedResultFields,
  DigitizedResultFile,
  DigitizedResultFileFields,
} from './digitized-result';
import type {
  DigitizedResultRequest,
  DigitizedResultRequestFields,
  DigitizedResultWanted,
  DigitizedResultWantedFields,
} from './digitized-result-request';
import type {
  DigitizedResultResponse,
  DigitizedResultResponseBody,
  DigitizedResultResponseBodyFields,
  DigitizedResultResponseFields,
} from './digitized-result-response';
import type { Dossier, DossierFields } from './dossier';
import type { DossierFee, DossierFeeFields } from './dossier-fee';
import type { DossierSupplement, DossierSupplementFields } from './dossier-supplement';
import type { Field, FieldFields } from './field';
import type { OtherAttachment, OtherAttachmentFields } from './other-attachment';
import type { OwnerIdentity, OwnerIdentityFields } from './owner-identity';
import type { PaymentInit, PaymentInitFields } from './payment-init';
import type {
  PaymentFeeLine,
  PaymentFeeLineFields,
  PaymentLine,
  PaymentLineFields,
  PaymentReceipt,
  PaymentReceiptFields,
} from './payment-receipt';
import type { Procedure, ProcedureFields } from './procedure';
import type {
  ProcedureAgency,
  ProcedureAgencyFields,
  ProcedureDocument,
  ProcedureDocumentFields,
  ProcedureDossierPart,
  ProcedureDossierPartFields,
  ProcedureFee,
  ProcedureFeeFields,
  ProcedureField,
  ProcedureFieldFields,
  ProcedureLegalBasis,
  ProcedureLegalBasisFields,
  ProcedureLevel,
  ProcedureLevelFields,
  ProcedureMethod,
  ProcedureMethodFields,
  ProcedureResult,
  ProcedureResultFields,
  ProcedureSteps,
  ProcedureStepsFields,
  ProcedureTime,
  ProcedureTimeFields,
} from './procedure-parts';
import type { ProgressStep, ProgressStepFields } from './progress-step';
import type { ResultDocument, ResultDocumentFields } from './result-document';
import type { SatisfactionSummary, SatisfactionSummaryFields } from './satisfaction-summary';
import type { SubmittedDocument, SubmittedDocumentFields } from './submitted-document';

// The model interfaces are written out (so editors show `interface Dossier { code: string; … }`);
// these compile-time checks fail `tsc` the moment one drifts from its codec's field table.
describe('model interfaces', () => {
  it('equal what their field tables decode to', () => {
    expectTypeOf<ModelOf<AgencyFields>>().branded.toEqualTypeOf<Agency>();
    expectTypeOf<ModelOf<DatabaseLinkFields>>().branded.toEqualTypeOf<DatabaseLink>();
    expectTypeOf<ModelOf<DigitizationScoreMaximaFields>>().branded.toEqualTypeOf<DigitizationScoreMaxima>();
    expectTypeOf<ModelOf<DigitizationCountsFields>>().branded.toEqualTypeOf<DigitizationCounts>();
    expectTypeOf<ModelOf<DigitizationReportWeekFields>>().branded.toEqualTypeOf<DigitizationReportWeek>();
    expectTypeOf<ModelOf<DigitizationReportRowFields>>().branded.toEqualTypeOf<DigitizationReportRow>();
    expectTypeOf<ModelOf<DigitizedFileRequestFields>>().branded.toEqualTypeOf<DigitizedFileRequest>();
    expectTypeOf<ModelOf<DigitizedFileResponseFields>>().branded.toEqualTypeOf<DigitizedFileResponse>();
    expectTypeOf<ModelOf<DigitizedResultWantedFields>>().branded.toEqualTypeOf<DigitizedResultWanted>();
    expectTypeOf<ModelOf<DigitizedResultRequestFields>>().branded.toEqualTypeOf<DigitizedResultRequest>();
    expectTypeOf<ModelOf<DigitizedResultResponseBodyFields>>().branded.toEqualTypeOf<DigitizedResultResponseBody>();
    expectTypeOf<ModelOf<DigitizedResultResponseFields>>().branded.toEqualTypeOf<DigitizedResultResponse>();
    expectTypeOf<ModelOf<DigitizedResultFileFields>>().branded.toEqualTypeOf<DigitizedResultFile>();
    expectTypeOf<ModelOf<DigitizedResultFields>>().branded.toEqualTypeOf<DigitizedResult>();
    expectTypeOf<ModelOf<DossierFeeFields>>().branded.toEqualTypeOf<DossierFee>();
    expectTypeOf<ModelOf<DossierSupplementFields>>().branded.toEqualTypeOf<DossierSupplement>();
    expectTypeOf<ModelOf<DossierFields>>().branded.toEqualTypeOf<Dossier>();
    expectTypeOf<ModelOf<FieldFields>>().branded.toEqualTypeOf<Field>();
    expectTypeOf<ModelOf<OtherAttachmentFields>>().branded.toEqualTypeOf<OtherAttachment>();
    expectTypeOf<ModelOf<OwnerIdentityFields>>().branded.toEqualTypeOf<OwnerIdentity>();
    expectTypeOf<ModelOf<PaymentInitFields>>().branded.toEqualTypeOf<PaymentInit>();
    expectTypeOf<ModelOf<PaymentFeeLineFields>>().branded.toEqualTypeOf<PaymentFeeLine>();
    expectTypeOf<ModelOf<PaymentLineFields>>().branded.toEqualTypeOf<PaymentLine>();
    expectTypeOf<ModelOf<PaymentReceiptFields>>().branded.toEqualTypeOf<PaymentReceipt>();
    expectTypeOf<ModelOf<ProcedureLevelFields>>().branded.toEqualTypeOf<ProcedureLevel>();
    expectTypeOf<ModelOf<ProcedureFieldFields>>().branded.toEqualTypeOf<ProcedureField>();
    expectTypeOf<ModelOf<ProcedureStepsFields>>().branded.toEqualTypeOf<ProcedureSteps>();
    expectTypeOf<ModelOf<ProcedureFeeFields>>().branded.toEqualTypeOf<ProcedureFee>();
    expectTypeOf<ModelOf<ProcedureTimeFields>>().branded.toEqualTypeOf<ProcedureTime>();
    expectTypeOf<ModelOf<ProcedureMethodFields>>().branded.toEqualTypeOf<ProcedureMethod>();
    expectTypeOf<ModelOf<ProcedureDocumentFields>>().branded.toEqualTypeOf<ProcedureDocument>();
    expectTypeOf<ModelOf<ProcedureDossierPartFields>>().branded.toEqualTypeOf<ProcedureDossierPart>();
    expectTypeOf<ModelOf<ProcedureResultFields>>().branded.toEqualTypeOf<ProcedureResult>();
    expectTypeOf<ModelOf<ProcedureLegalBasisFields>>().branded.toEqualTypeOf<ProcedureLegalBasis>();
    expectTypeOf<ModelOf<ProcedureAgencyFields>>().branded.toEqualTypeOf<ProcedureAgency>();
    expectTypeOf<ModelOf<ProcedureFields>>().branded.toEqualTypeOf<Procedure>();
    expectTypeOf<ModelOf<ProgressStepFields>>().branded.toEqualTypeOf<ProgressStep>();
    expectTypeOf<ModelOf<ResultDocumentFields>>().branded.toEqualTypeOf<ResultDocument>();
    expectTypeOf<ModelOf<SatisfactionSummaryFields>>().branded.toEqualTypeOf<SatisfactionSummary>();
    expectTypeOf<ModelOf<SubmittedDocumentFields>>().branded.toEqualTypeOf<SubmittedDocument>();
  });
});
