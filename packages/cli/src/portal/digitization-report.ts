import type { DigitizationReportRow } from '@dvc-kit/core';
import type { PortalConfig } from '../config';
import { connect } from './connect';

/** An agency's row of the digitization report — core's `DigitizationReportRow` (wire: `BaoCaoSoHoa` item). */
export type DigitizationRow = DigitizationReportRow;

/**
 * The digitization report of `agencyCode` through the portal client's
 * `digitizationReport` (`BaoCaoSoHoa`; a province code gives every commune, best first).
 * Errors are the client's (`AuthError`, `PortalError`, `ConnectionError`, …).
 *
 * @example const [row] = await fetchDigitizationReport(config, '000.01.20.H66');
 */
export function fetchDigitizationReport(
  config: PortalConfig,
  agencyCode: string,
  signal?: AbortSignal,
): Promise<DigitizationRow[]> {
  return connect(config, signal).digitizationReport(agencyCode);
}
