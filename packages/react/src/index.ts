/**
 * @dvc-kit/react — React wrappers (`@lit/react`) with typed props and events for every DVC Kit
 * web component. Importing a wrapper registers its element under the default `dvc-` tag in the
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

export { DvcCitizenIdInput, DvcDateInput, DvcFileInput, DvcPhoneInput, DvcProvider, DvcUnitPicker } from './inputs';
export {
  DvcDigitizationBoard,
  DvcDossierForm,
  DvcDossierStatus,
  DvcMyDossiers,
  DvcProcedureSearch,
  DvcRating,
  DvcSignIn,
  DvcSupplementAnswer,
} from './widgets';
export type { DossierSubmitDetail, DraftRestoredDetail, StepChangeDetail } from '@dvc-kit/elements';
