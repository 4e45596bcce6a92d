/**
 * @dvc-kit/react — React wrappers (`@lit/react`) with typed props and events for every DVC Kit
 * web component, generated from the elements' custom elements manifest (`scripts/generate.mjs`).
 * Importing a wrapper registers its element under the default `dvc-` tag in the
 * browser; on the server (SSR) the tags render as plain HTML and upgrade on the client.
 *
 * @example
 * ```tsx
 * import { DvcProvider, DvcDossierStatus } from '@dvc-kit/react';
 * <DvcProvider endpoint="https://dvc.xa-ea-bung.gov.vn/api"><DvcDossierStatus /></DvcProvider>
 * ```
 *
 * @packageDocumentation
 */

export {
  DvcCitizenIdInput,
  DvcDateInput,
  DvcDigitizationBoard,
  DvcDossierForm,
  DvcDossierStatus,
  DvcFileInput,
  DvcMyDossiers,
  DvcPhoneInput,
  DvcProcedureSearch,
  DvcProvider,
  DvcRating,
  DvcSignIn,
  DvcSupplementAnswer,
  DvcUnitPicker,
} from './generated/index';
export type { DossierSubmitDetail, DraftRestoredDetail, DvcEventMap, StepChangeDetail } from '@dvc-kit/elements';
