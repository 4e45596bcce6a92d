import { PORTAL_SERVICES, digitizationReportRowCodec } from '@dvc-kit/core';
import type { DigitizationReportRow } from '@dvc-kit/core';
import type { CallOptions } from '../http/types';
import { decodeOrThrow, resultList } from './decode-result';
import type { PortalTransport } from './portal-transport';

/**
 * The digitization report (`BaoCaoSoHoa`, a sandbox extension modelled on the Decision 766
 * board) of `agencyCode`: one row with its weekly history for a commune, or every commune
 * of the province, best first and without history, for the province's code.
 */
export async function digitizationReport(
  transport: PortalTransport,
  agencyCode: string,
  options?: CallOptions,
): Promise<DigitizationReportRow[]> {
  const service = PORTAL_SERVICES.digitizationReport;
  const answer = await transport.call(service, { MaDonVi: agencyCode }, options);
  return resultList(answer.result).map((row) =>
    decodeOrThrow(digitizationReportRowCodec, row, service, answer.requestId),
  );
}
