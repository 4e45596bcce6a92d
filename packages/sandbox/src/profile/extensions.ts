import type { Localized } from '@dvc-kit/core';
import { profileMessages } from './messages';

/**
 * What the sandbox can do beyond what the portal contract corpus (`portal-contract/`)
 * shows the real portal doing. `--profile extended` (the default) does all of it;
 * `--profile observed` does none of it. A client, gateway or widget may use an extension
 * only as an optional capability: detected, never assumed.
 */
export type SandboxProfile = 'observed' | 'extended';

/** One documented extension. */
export interface SandboxExtension {
  /** What kind of thing it adds. */
  kind: 'service' | 'field' | 'error-code' | 'behaviour';
  /** Wire names it adds (services, fields, codes). */
  names: readonly string[];
  /** What it is and what the observed profile does instead. */
  description: Localized;
}

/**
 * Every sandbox extension, by id. The observed profile turns each one off.
 *
 * @example SANDBOX_EXTENSIONS.progressInLookup.names // ['QuaTrinhXuLy']
 */
export const SANDBOX_EXTENSIONS = {
  perItemResult: {
    kind: 'field',
    names: ['result'],
    description: profileMessages.localize('extension.perItemResult'),
  },
  progressInLookup: {
    kind: 'field',
    names: ['QuaTrinhXuLy'],
    description: profileMessages.localize('extension.progressInLookup'),
  },
  digitizationReport: {
    kind: 'service',
    names: ['BaoCaoSoHoa'],
    description: profileMessages.localize('extension.digitizationReport'),
  },
  errorCodes: {
    kind: 'error-code',
    names: ['-1', '1', '2', '4', '5', 'reason', 'message_en', 'errors'],
    description: profileMessages.localize('extension.errorCodes'),
  },
  loginLifetime: {
    kind: 'field',
    names: ['expires_in'],
    description: profileMessages.localize('extension.loginLifetime'),
  },
  catalogueFilters: {
    kind: 'field',
    names: ['MaCoQuanCha', 'MaLinhVuc', 'TuKhoa', 'BIEUMAU'],
    description: profileMessages.localize('extension.catalogueFilters'),
  },
  portalTransitions: {
    kind: 'behaviour',
    names: ['status-simulation'],
    description: profileMessages.localize('extension.portalTransitions'),
  },
  transitionRules: {
    kind: 'behaviour',
    names: ['final-status'],
    description: profileMessages.localize('extension.transitionRules'),
  },
} as const satisfies Record<string, SandboxExtension>;

/** The id of a sandbox extension. */
export type SandboxExtensionId = keyof typeof SANDBOX_EXTENSIONS;
