import type { Dossier } from '@dvc-kit/core';
import type { DossierRecord } from '../storage/types';
import { storedSubmission } from '../dossiers/stored-dossier';
import type { FileLinks } from '../uploads/file-links';

/** LoaiTaiKhoan → LoaiDoiTuong, keeping the code: 1 and 2 mean the same in both; any other code is sent as received. */
function applicantKindOf(accountType: string): Dossier['applicantKind'] {
  if (accountType === '1') return 'citizen';
  if (accountType === '2') return 'business';
  return `unknown:${accountType}`;
}

/**
 * The dossier record the portal receives (`DongBoHoSoMC`, through core's `Dossier` model),
 * built from what the gateway stored: code, procedure, applicant, channel online, received
 * and due dates, status "registered" (1 Mới đăng ký: filed online, not yet checked by the
 * one-stop desk), and each submitted file as a signed download link on the gateway.
 */
export function toPortalDossier(record: DossierRecord, links: FileLinks): Dossier {
  const stored = storedSubmission(record);
  const { applicant } = stored.submission;
  const citizenId = applicant.citizenId.replace(/\s+/g, '');
  const { account } = stored;
  const ownerId = account?.citizenId ?? citizenId;
  return {
    // A code found taken on the portal was replaced; the receipt's code stays our alias.
    code: record.portalCode ?? record.code,
    procedureCode: record.procedure,
    procedureName: stored.procedureName.vi,
    fieldCode: stored.fieldCode,
    fieldName: stored.fieldName,
    channel: 'online',
    ownerDocumentNumber: citizenId,
    ownerName: applicant.fullName,
    // A signed-in applicant: LoaiDoiTuong is the account's LoaiTaiKhoan, code for code.
    applicantKind: account ? applicantKindOf(account.accountType) : 'citizen',
    ...(account ? { applicantTechId: account.techId, vneidVerified: true } : {}),
    ...(applicant.email ? { email: applicant.email } : {}),
    phone: applicant.phone,
    summary: `${stored.procedureName.vi} — ${applicant.fullName}`.slice(0, 1000),
    receivedAt: new Date(stored.receivedAt),
    dueAt: new Date(stored.dueAt),
    submittedAt: new Date(stored.receivedAt),
    status: 'registered',
    hasDigitizedComponents: stored.files.length > 0,
    documents: stored.files.map((file) => ({
      fileId: file.uploadId,
      fileName: file.name,
      componentCode: file.documentCode ?? file.slot,
      downloadUrl: links.url(file.uploadId, record.code),
      digitized: true,
      reuse: 'not-reused',
      fromNationalStore: false,
    })),
    ownerIdentities: [{ kind: ownerId.length === 9 ? 'former-id-card' : 'personal-id', number: ownerId }],
  };
}
