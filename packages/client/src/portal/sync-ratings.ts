import { PORTAL_SERVICES, satisfactionSummaryCodec } from '@dvc-kit/core';
import type { SatisfactionSummary } from '@dvc-kit/core';
import { encodeOrThrow } from './encode';
import type { PortalTransport } from './portal-transport';
import { resendUntilDone } from './reliable-write';
import type { ReliableWriteOptions } from './reliable-write';

/**
 * Pushes monthly satisfaction summaries, one item per survey question (`DongBoDanhGia`).
 * Resending a month replaces it, so an unclear outcome is simply sent again.
 */
export async function syncRatings(
  transport: PortalTransport,
  summaries: SatisfactionSummary[],
  options?: ReliableWriteOptions,
): Promise<void> {
  const data = summaries.map((s) => encodeOrThrow(satisfactionSummaryCodec, s, PORTAL_SERVICES.syncRatings));
  await resendUntilDone(
    () => transport.call(PORTAL_SERVICES.syncRatings, { data }, { write: true, ...options }),
    options,
  );
}
