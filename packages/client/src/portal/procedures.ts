import { PORTAL_SERVICES, procedureCodec } from '@dvc-kit/core';
import type { Procedure } from '@dvc-kit/core';
import type { CallOptions } from '../http/types';
import { callList } from './decode-result';
import type { PortalTransport } from './portal-transport';

/** An async iterable of at most `limit` items, with a helper to collect them. */
export interface CappedIterable<T> extends AsyncIterable<T> {
  /** Collects the items (never more than the cap). */
  toArray(): Promise<T[]>;
}

/** Filter of {@link listProcedures}. */
export interface ProcedureFilter {
  /** Mã lĩnh vực — wire: MaLinhVuc. @default every field */
  fieldCode?: string;
  /** Từ khóa — wire: TuKhoa. @default none */
  keyword?: string;
}

/**
 * One procedure by code (`LayThuTuc`, key `maTTHC`), or `undefined`: an empty `result` means
 * "no such procedure" (no not-found code is known).
 */
export async function getProcedure(
  transport: PortalTransport,
  procedureCode: string,
  options?: CallOptions,
): Promise<Procedure | undefined> {
  const items = await callList(
    transport,
    PORTAL_SERVICES.getProcedure,
    { maTTHC: procedureCode },
    procedureCodec,
    options,
  );
  return items[0];
}

/** The unit's procedures (`LayDanhSachTTHC`), lazily, at most `limit` (default 1000). */
export function listProcedures(
  transport: PortalTransport,
  filter: ProcedureFilter = {},
  options: CallOptions & { limit?: number } = {},
): CappedIterable<Procedure> {
  const { limit = 1000, ...callOptions } = options;
  const payload = {
    ...(filter.fieldCode !== undefined ? { MaLinhVuc: filter.fieldCode } : {}),
    ...(filter.keyword !== undefined ? { TuKhoa: filter.keyword } : {}),
  };
  const iterate = async function* () {
    // LayDanhSachTTHC answers in one piece; the cap still bounds what callers hold.
    const items = await callList(transport, PORTAL_SERVICES.listProcedures, payload, procedureCodec, callOptions);
    yield* items.slice(0, Math.max(0, limit));
  };
  return {
    [Symbol.asyncIterator]: iterate,
    toArray: async () => {
      const out: Procedure[] = [];
      for await (const p of iterate()) out.push(p);
      return out;
    },
  };
}
