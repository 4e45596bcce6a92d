import { createPortalClient } from '@dvc-kit/client';
import { decodeWire, dossierCodec } from '@dvc-kit/core';

/** Pushes one dossier from a one-stop system to the portal (or the sandbox at `portalUrl`). */
export async function syncOneDossier(portalUrl: string) {
  const portal = createPortalClient({
    baseUrl: portalUrl,
    agencyCode: '000.50.20.H66', // madonvi: UBND xã Ea Bung in the sandbox
    credentials: { username: 'dvc-sandbox', password: 'dvc-sandbox' },
  });

  // A provincial export speaks the portal's field names; decodeWire(dossierCodec, …) checks every field.
  const dossier = decodeWire(dossierCodec, {
    MaHoSo: '000.50.20.H66-251001-0801',
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    SoGiayToChuHoSo: '066190001234',
    ChuHoSo: 'H Lan Niê',
    LoaiDoiTuong: '1',
    NgayTiepNhan: '20251001080000',
    TrangThaiHoSo: '2',
  });

  const report = await portal.syncDossiers([dossier], {
    onProgress: ({ done, synced, failed }) => console.log(`${done} done: ${synced} synced, ${failed} failed`),
  });
  return report; // { synced: 1, failed: 0, items: [{ status: 'synced', action: 'inserted', … }] }
}
