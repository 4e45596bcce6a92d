/**
 * @dvc-kit/sandbox — a local simulator of the integration API of Vietnam's National
 * Public Service Portal (DVCQG), seeded like Đắk Lắk province after 1 July 2025, with
 * simulated time and fault injection.
 *
 * @packageDocumentation
 */
export { startSandbox } from './server/start-sandbox';
export type { RunningSandbox, SandboxOptions } from './server/start-sandbox';
export { DEFAULT_CREDENTIALS } from './server/runtime';
export type { SandboxCredentials } from './server/runtime';
export { createClock } from './clock/sandbox-clock';
export type { ClockOptions, SandboxClock } from './clock/sandbox-clock';
export { faultConfigSchema } from './faults/fault-config';
export type { FaultConfig, FaultConfigInput } from './faults/fault-config';
export { SANDBOX_ERROR_CODES } from './services/portal-error';
export { SANDBOX_EXTENSIONS } from './profile/extensions';
export type { SandboxExtension, SandboxExtensionId, SandboxProfile } from './profile/extensions';
export { SANDBOX_SERVICE_NAMES } from './services/service-names';
export {
  paymentSignature,
  INIT_SIGNED_FIELDS,
  QUERY_SIGNED_FIELDS,
  CONFIRM_SIGNED_FIELDS,
} from './paygov/paygov-signature';
export { PROCEDURES } from './seed/procedures';
export { buildForm } from './seed/forms';
export type { ProcedureSeed, ProcedureDocument, TimeLimit } from './seed/procedures';
export { PROVINCE_AGENCY_CODE, PROVINCE_CODE, communeAgencyCode } from './seed/agencies';
export type { CommuneAgency } from './seed/agencies';
export { communeAgencies } from './seed/communes';
