import { PORTAL_SERVICES, agencyCodec, fieldCodec } from '@dvc-kit/core';
import type { Agency, Field } from '@dvc-kit/core';
import type { CallOptions } from '../http/types';
import { callList, resultList } from './decode-result';
import type { PortalTransport } from './portal-transport';

/**
 * Agencies (`LayDanhMucCoQuan`: `MADONVI`, `TENDONVI`, `CAPDONVI`); `parentCode` filters with
 * `MaCoQuanCha`, a sandbox extension.
 */
export function listAgencies(
  transport: PortalTransport,
  filter: { parentCode?: string } = {},
  options?: CallOptions,
): Promise<Agency[]> {
  const payload = filter.parentCode ? { MaCoQuanCha: filter.parentCode } : {};
  return callList(transport, PORTAL_SERVICES.listAgencies, payload, agencyCodec, options);
}

/** Fields of procedures (`LayDanhMucLinhVuc`: `MALINHVUC`, `TENLINHVUC`, `MANGANH`). */
export function listFields(transport: PortalTransport, options?: CallOptions): Promise<Field[]> {
  return callList(transport, PORTAL_SERVICES.listFields, {}, fieldCodec, options);
}

/**
 * The DVCQG account id (TechID) of a citizen or business by ID number or tax code
 * (`TraCuuTechID`, key `mstorcmnd` → `TECHNICALID`), or `undefined` when it has none.
 * `provider` is sent as given. @default provider 'wso2is' (as OpenCPS sends it)
 */
export async function lookupTechId(
  transport: PortalTransport,
  idOrTaxCode: string,
  options: CallOptions & { provider?: string } = {},
): Promise<string | undefined> {
  const { provider = 'wso2is', ...callOptions } = options;
  const answer = await transport.call(PORTAL_SERVICES.lookupTechId, { provider, mstorcmnd: idOrTaxCode }, callOptions);
  const first = resultList(answer.result)[0] as { TECHNICALID?: unknown } | undefined;
  return typeof first?.TECHNICALID === 'string' && first.TECHNICALID !== '' ? first.TECHNICALID : undefined;
}
