import { scalar, type SqliteDatabase } from './database';
import { columnValues, dossierColumns, type WireRecord } from './dossier-columns';
import { inTransaction } from './transaction';

/** Where a stored dossier came from. */
export type DossierOrigin = 'seed' | 'sync';

/** A dossier as the sandbox stores it. */
export interface StoredDossier {
  /** Mã hồ sơ — wire: MaHoSo */
  code: string;
  /** Agency (madonvi) the dossier belongs to. */
  agency: string;
  /** Trạng thái hồ sơ, wire code "1"…"10" — wire: TrangThaiHoSo */
  status: string;
  origin: DossierOrigin;
  /** 1 on insert, +1 for every update or simulated transition. */
  version: number;
  /** Number of updates received from clients (DongBoHoSoMC isUpdating, DongBoTrangThaiHoSo). */
  updateCount: number;
  createdAt: number;
  updatedAt: number;
  /** The dossier exactly as the portal would return it. */
  wire: WireRecord;
}

/** One entry of a dossier's history. */
export interface HistoryEntry {
  at: number;
  kind: 'insert' | 'update' | 'status' | 'simulated';
  status: string;
  note: string | null;
}

interface Row {
  code: string;
  agency: string;
  status: string;
  origin: DossierOrigin;
  version: number;
  updates: number;
  created_at: number;
  updated_at: number;
  wire: string;
}

/** Access to the dossier tables. All writes of one call run in one transaction. */
export interface DossierStore {
  /** A dossier; `withUpdateCount: false` skips counting updates (hot path). */
  get(code: string, options?: { withUpdateCount?: boolean }): StoredDossier | undefined;
  /** Progress steps (CapNhatTienDoHoSoMC) of a dossier, as sent. */
  progress(code: string): unknown[];
  /**
   * A dossier's stored wire JSON and its progress steps as a JSON array, as UTF-8 bytes,
   * in one query and without decoding (the TraCuuHoSo hot path: records were checked on write).
   */
  getJson(code: string): { wire: Buffer; progress: Buffer } | undefined;
  /** Codes among `codes` that already exist. */
  existing(codes: readonly string[]): string[];
  insertMany(
    items: readonly { agency: string; wire: WireRecord; rating?: number | null }[],
    at: number,
    origin: DossierOrigin,
  ): void;
  updateMany(items: readonly { wire: WireRecord }[], at: number): void;
  /** Changes a dossier's status and wire fields, recording why. */
  transition(code: string, patch: WireRecord, at: number, kind: HistoryEntry['kind'], note: string | null): void;
  history(code: string): HistoryEntry[];
  count(agency?: string): number;
  countByAgency(): Record<string, number>;
}

/** Creates the dossier store on an open database. */
export function createDossierStore(db: SqliteDatabase): DossierStore {
  const select = db.prepare(
    'SELECT code, agency, status, origin, version, created_at, updated_at, wire FROM dossiers WHERE code = ?',
  );
  const selectProgress = db.prepare('SELECT wire FROM progress_steps WHERE code = ? ORDER BY id').pluck();
  const updates = db.prepare("SELECT COUNT(*) FROM dossier_history WHERE code = ? AND kind IN ('update', 'status')");
  const exists = db.prepare('SELECT 1 FROM dossiers WHERE code = ?');
  // Positional parameters: binding an object by name costs about twice as much in libsql.
  const insert =
    db.prepare(`INSERT INTO dossiers (code, agency, procedure_code, status, channel, received_at, due_at, finished_at, returned_at,
    digitized, result_digitized, reused, paid_online, has_fee, rating, origin, wire, version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const update =
    db.prepare(`UPDATE dossiers SET procedure_code = ?, status = ?, channel = ?, received_at = ?, due_at = ?, finished_at = ?,
    returned_at = ?, digitized = ?, result_digitized = ?, reused = ?, paid_online = ?, has_fee = ?, wire = ?, version = version + 1, updated_at = ?
    WHERE code = ?`);
  const lastRowId = db.prepare('SELECT COALESCE(MAX(rowid), 0) FROM dossiers');
  // One statement writes the 'insert' history of a whole batch (thousands of rows when seeding).
  const addInsertHistory = db.prepare(
    "INSERT INTO dossier_history (code, at, kind, status, note) SELECT code, ?, 'insert', status, ? FROM dossiers WHERE rowid > ? ORDER BY rowid",
  );
  // As BLOBs: UTF-8 bytes go from SQLite to the socket without becoming JS strings.
  const selectJson = db
    .prepare(
      `SELECT CAST(wire AS BLOB),
      (SELECT CAST('[' || COALESCE(group_concat(wire, ',' ORDER BY id), '') || ']' AS BLOB) FROM progress_steps WHERE code = ?1)
      FROM dossiers WHERE code = ?1`,
    )
    .raw(true);
  const addHistory = db.prepare('INSERT INTO dossier_history (code, at, kind, status, note) VALUES (?, ?, ?, ?, ?)');
  const selectWire = db.prepare('SELECT wire FROM dossiers WHERE code = ?');
  const selectAgency = db.prepare('SELECT agency FROM dossiers WHERE code = ?');
  const upsertResult = db.prepare(
    'INSERT OR REPLACE INTO digitized_results (owner_id, result_code, number, agency, wire) VALUES (?, ?, ?, ?, ?)',
  );

  // A finished dossier whose result has a file lands in the digitized-result store (Kho).
  const indexResults = (wire: WireRecord, agency: string) => {
    const owner = typeof wire.SoGiayToChuHoSo === 'string' ? wire.SoGiayToChuHoSo : '';
    if (!owner || !['9', '10'].includes(String(wire.TrangThaiHoSo))) return;
    for (const result of Array.isArray(wire.DanhSachGiayToKetQua) ? (wire.DanhSachGiayToKetQua as WireRecord[]) : []) {
      const url = typeof result.DuongDanTepTinKetQua === 'string' ? result.DuongDanTepTinKetQua : '';
      if (!url) continue;
      const resultCode = String(result.MaGiayToKetQua ?? '');
      const number = String(result.GiayToId || wire.MaHoSo);
      const entry = {
        MaKetQua: resultCode,
        TenGiayTo: String(result.TenGiayTo ?? ''),
        SoKyHieu: number,
        CoQuanChuQuan: agency,
        MaHoSo: String(wire.MaHoSo),
        MaTTHC: String(wire.MaTTHC ?? ''),
        NgayCap: String(wire.NgayKetThucXuLy ?? ''),
        DanhSachTepDinhKem: [{ TenTep: url.split('/').pop() ?? 'ket-qua.pdf', DuongDan: url }],
      };
      upsertResult.run(owner, resultCode, number, agency, JSON.stringify(entry));
    }
  };

  const write = (code: string, wire: WireRecord, at: number, kind: HistoryEntry['kind'], note: string | null) => {
    const c = dossierColumns(wire);
    update.run(...columnValues(c), JSON.stringify(wire), at, code);
    addHistory.run(code, at, kind, c.status, note);
    indexResults(wire, scalar<string>(selectAgency, code) as string);
  };

  const insertMany = (
    items: readonly { agency: string; wire: WireRecord; rating?: number | null }[],
    at: number,
    origin: DossierOrigin,
  ) =>
    inTransaction(db, () => {
      const after = scalar<number>(lastRowId) ?? 0;
      for (const item of items) {
        const c = dossierColumns(item.wire);
        insert.run(
          String(item.wire.MaHoSo),
          item.agency,
          ...columnValues(c),
          item.rating ?? null,
          origin,
          JSON.stringify(item.wire),
          at,
          at,
        );
        indexResults(item.wire, item.agency);
      }
      addInsertHistory.run(at, origin === 'seed' ? 'seed' : null, after);
    });
  const updateMany = (items: readonly { wire: WireRecord }[], at: number) =>
    inTransaction(db, () => {
      for (const item of items) write(String(item.wire.MaHoSo), item.wire, at, 'update', null);
    });
  const transition = (code: string, patch: WireRecord, at: number, kind: HistoryEntry['kind'], note: string | null) =>
    inTransaction(db, () => {
      const current = scalar<string>(selectWire, code);
      if (current === undefined) return;
      write(code, { ...(JSON.parse(current) as WireRecord), ...patch }, at, kind, note);
    });

  return {
    progress: (code) => (selectProgress.all(code) as string[]).map((w) => JSON.parse(w) as unknown),
    getJson(code) {
      const row = selectJson.get(code) as [Buffer, Buffer] | undefined;
      return row && { wire: row[0], progress: row[1] };
    },
    get(code, options = {}) {
      const row = select.get(code) as Row | undefined;
      if (!row) return undefined;
      row.updates = options.withUpdateCount === false ? 0 : (scalar<number>(updates, code) ?? 0);
      return {
        code: row.code,
        agency: row.agency,
        status: row.status,
        origin: row.origin,
        version: row.version,
        updateCount: row.updates,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        wire: JSON.parse(row.wire) as WireRecord,
      };
    },
    existing: (codes) => codes.filter((code) => scalar(exists, code) !== undefined),
    insertMany: (items, at, origin) => insertMany(items, at, origin),
    updateMany: (items, at) => updateMany(items, at),
    transition: (code, patch, at, kind, note) => transition(code, patch, at, kind, note),
    history: (code) =>
      db
        .prepare('SELECT at, kind, status, note FROM dossier_history WHERE code = ? ORDER BY id')
        .all(code) as HistoryEntry[],
    count: (agency) =>
      (agency === undefined
        ? scalar<number>(db.prepare('SELECT COUNT(*) FROM dossiers'))
        : scalar<number>(db.prepare('SELECT COUNT(*) FROM dossiers WHERE agency = ?'), agency)) ?? 0,
    countByAgency() {
      const rows = db.prepare('SELECT agency, COUNT(*) AS n FROM dossiers GROUP BY agency ORDER BY agency').all() as {
        agency: string;
        n: number;
      }[];
      return Object.fromEntries(rows.map((r) => [r.agency, r.n]));
    },
  };
}
