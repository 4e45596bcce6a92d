import { fieldErrorSchema } from '../forms/field-error';
import { formDefinitionSchema } from '../forms/form-definition';
import { agencyListSchema, agencyQuerySchema, agencySchema } from './agencies';
import { digitizationMetricsSchema } from './digitization';
import { dossierStatusQuerySchema, dossierStatusViewSchema } from './dossier-status-view';
import { dossierReceiptSchema, dossierSubmissionSchema } from './dossier-submission';
import { problemDetailsSchema } from './problem-details';
import { procedureDetailSchema } from './procedure-detail';
import { procedureSearchQuerySchema, procedureSearchResultSchema, procedureSummarySchema } from './procedures';
import { ratingReceiptSchema, ratingRequestSchema } from './ratings';
import { unitListSchema, unitQuerySchema, unitSchema } from './units';
import { uploadReceiptSchema } from './uploads';
import { supplementAnswerReceiptSchema, supplementAnswerRequestSchema, supplementRequestSchema } from './supplements';

/**
 * Every body and query schema of the public API v1 by component name, for the gateway's
 * OpenAPI document (`z.toJSONSchema(schema, { reused: 'ref' })` per entry). Importing this
 * object pulls in every schema; widgets import single schemas instead.
 *
 * @example
 * ```ts
 * const components = Object.fromEntries(
 *   Object.entries(PUBLIC_API_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema)]),
 * );
 * ```
 */
export const PUBLIC_API_SCHEMAS = {
  UnitEntry: unitSchema,
  UnitList: unitListSchema,
  UnitQuery: unitQuerySchema,
  AgencyEntry: agencySchema,
  AgencyList: agencyListSchema,
  AgencyQuery: agencyQuerySchema,
  ProcedureSummary: procedureSummarySchema,
  ProcedureSearchQuery: procedureSearchQuerySchema,
  ProcedureSearchResult: procedureSearchResultSchema,
  ProcedureDetail: procedureDetailSchema,
  FormDefinition: formDefinitionSchema,
  UploadReceipt: uploadReceiptSchema,
  DossierSubmission: dossierSubmissionSchema,
  DossierReceipt: dossierReceiptSchema,
  DossierStatusQuery: dossierStatusQuerySchema,
  DossierStatusView: dossierStatusViewSchema,
  RatingRequest: ratingRequestSchema,
  RatingReceipt: ratingReceiptSchema,
  SupplementRequest: supplementRequestSchema,
  SupplementAnswerRequest: supplementAnswerRequestSchema,
  SupplementAnswerReceipt: supplementAnswerReceiptSchema,
  DigitizationMetrics: digitizationMetricsSchema,
  ProblemDetails: problemDetailsSchema,
  FieldError: fieldErrorSchema,
} as const;
