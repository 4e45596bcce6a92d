import type { Dossier, DossierSupplement, SubmittedDocument } from '@dvc-kit/core';
import type { PortalConnection } from '../portal/portal-connection';
import { gatewayError } from '../errors/gateway-error';
import type { GatewayStorage, OutboxItem } from '../storage/types';
import type { FileLinks } from '../uploads/file-links';
import { supplementMessages } from './messages';

/** What the outbox handler of a supplement answer needs. */
export interface PushSupplementDeps {
  storage: GatewayStorage;
  portal: PortalConnection;
  links: FileLinks;
}

const lagging = () => gatewayError(supplementMessages, 'supplement.portal-lagging', { status: 503 });
const gone = () => gatewayError(supplementMessages, 'supplement.round-gone', { status: 409 });

/**
 * Pushes one supplement answer to the portal: reads the portal's current record
 * (`TraCuuHoSo`), fills the answered round of `DanhSachHoSoBoSung` — the files as
 * `DanhSachGiayToBoSung` (signed gateway links, like `TaiLieuNop`), `NgayTiepNhanBoSung` the
 * time of the answer and the citizen's note in `ThongTinTiepNhan` — and sends the whole record
 * back (`DongBoHoSoMC`, an update). Nothing else of the record changes, and `TrangThaiBoSung`
 * stays for the desk to set when it accepts the documents. Re-sending writes the same round
 * again, so the portal holds the answer once however often the item is retried.
 */
export async function pushSupplementAnswer(
  item: OutboxItem,
  deps: PushSupplementDeps,
): Promise<{ log: Record<string, unknown> }> {
  const { code, roundId } = item.payload as { code: string; roundId: string };
  const answer = (await deps.storage.notifications.listSupplementAnswers(code)).find((a) => a.roundId === roundId);
  if (answer === undefined) throw gone();
  const found = await deps.portal.client.lookupDossier(code);
  if (found === undefined) throw lagging();
  const rounds = found.supplements ?? [];
  const index = rounds.findIndex((r) => r.id === roundId);
  if (index < 0) throw gone();
  const documents: SubmittedDocument[] = answer.files.map((file) => ({
    fileId: file.uploadId,
    fileName: file.name,
    componentCode: '',
    downloadUrl: deps.links.url(file.uploadId, code),
    digitized: true,
    reuse: 'not-reused',
    fromNationalStore: false,
  }));
  const round = rounds[index] as DossierSupplement;
  const filled: DossierSupplement = {
    ...round,
    documents,
    suppliedAt: answer.answeredAt,
    ...(answer.note ? { receiptInfo: answer.note.slice(0, 2000) } : {}),
  };
  const { progressSteps: _steps, ...record } = found;
  const dossier: Dossier = { ...record, supplements: rounds.map((r, i) => (i === index ? filled : r)) };
  const result = await deps.portal.client.syncDossier(dossier, { maxRounds: 3 });
  return { log: { dossier: code, round: roundId, files: documents.length, action: result.action } };
}
