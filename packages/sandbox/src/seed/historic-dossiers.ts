import { createWorkCalendar, dueDate, formatDossierCode, formatWireDate, type WorkCalendar } from '@dvc-kit/core';
import { applyEvent, type LifecycleEvent } from '../lifecycle/events';
import { createRandom, hashString, type Random } from '../random/prng';
import type { WireRecord } from '../store/dossier-columns';
import type { CommuneAgency } from './agencies';
import { PROCEDURE_FIELDS } from './fields';
import { drawPerson } from './people';
import { PROCEDURES, type ProcedureSeed, type TimeLimit } from './procedures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Core's default working calendar (statutory holidays, Mon–Fri, 07:00–11:30 and
 * 13:30–17:00), remembering each day's answer: seeding asks about the same few hundred
 * days tens of thousands of times.
 */
function seedCalendar(): WorkCalendar {
  const calendar = createWorkCalendar();
  const known = new Map<string, boolean>();
  return {
    shifts: calendar.shifts,
    hoursPerDay: calendar.hoursPerDay,
    isWorkingDay(date) {
      if (typeof date !== 'string') return calendar.isWorkingDay(date);
      let working = known.get(date);
      if (working === undefined) known.set(date, (working = calendar.isWorkingDay(date)));
      return working;
    },
  };
}
const working = { calendar: seedCalendar() };

/** The due instant (ngày hẹn trả) of a dossier received at `receivedAt`, by core's `dueDate`. */
const dueAt = (receivedAt: number, limit: TimeLimit): number =>
  dueDate(new Date(receivedAt), limit.amount, limit.unit, working).getTime();
/** `at` itself when it falls within a shift of a working day, else the start of the next shift. */
const toWorkingTime = (at: number): number => dueDate(new Date(at), 0, 'working-hours', working).getTime();

/** A generated dossier: its state at the seed horizon and the events still to come. */
export interface SeedDossier {
  agency: string;
  wire: WireRecord;
  /** Simulated satisfaction rating: 1 rất hài lòng, 2 hài lòng, 3 chưa hài lòng, null none. */
  rating: number | null;
  /** Lifecycle events after the horizon, applied as simulated time passes. */
  pending: LifecycleEvent[];
}

/** How well a commune performs; drawn once per commune so ranks differ. */
interface Profile {
  volume: number;
  online: number;
  digitized: number;
  reuse: number;
  resultDigitized: number;
  onTime: number;
  paidOnline: number;
  happy: number;
}

function drawProfile(random: Random, agency: CommuneAgency): Profile {
  const range = (a: number, b: number) => a + random.next() * (b - a);
  return {
    volume: agency.kind === 'ward' ? random.int(48, 70) : random.int(28, 46),
    online: range(0.25, 0.85),
    digitized: range(0.55, 0.99),
    reuse: range(0.1, 0.9),
    resultDigitized: range(0.5, 0.98),
    onTime: range(0.82, 0.995),
    paidOnline: range(0.1, 0.7),
    happy: range(0.6, 0.97),
  };
}

const totalWeight = PROCEDURES.reduce((sum, p) => sum + p.weight, 0);
function pickProcedure(random: Random): ProcedureSeed {
  let roll = random.next() * totalWeight;
  for (const p of PROCEDURES) {
    roll -= p.weight;
    if (roll < 0) return p;
  }
  return PROCEDURES[0] as ProcedureSeed;
}

const fieldName = (code: string) => PROCEDURE_FIELDS.find((f) => f.code === code)?.name ?? code;

/** The simulated lifecycle of one dossier, from reception to return. */
function planLifecycle(
  random: Random,
  profile: Profile,
  procedure: ProcedureSeed,
  receivedAt: number,
  due: number,
): LifecycleEvent[] {
  const roll = random.next();
  if (roll < 0.02) return [{ at: toWorkingTime(receivedAt + random.int(1, 6) * HOUR), kind: 'reject' }];
  const events: LifecycleEvent[] = [{ at: toWorkingTime(receivedAt + random.int(1, 4) * HOUR), kind: 'process' }];
  if (roll < 0.03) return [...events, { at: toWorkingTime(receivedAt + random.int(1, 3) * DAY), kind: 'withdraw' }];
  let currentDue = due;
  let cursor = (events[0] as LifecycleEvent).at;
  if (random.chance(0.08)) {
    const asked = toWorkingTime(cursor + random.int(2, 20) * HOUR);
    const back = toWorkingTime(asked + random.int(1, 6) * DAY);
    currentDue = dueAt(back, procedure.timeLimit);
    events.push({ at: asked, kind: 'supplement' }, { at: back, kind: 'resume', dueAt: currentDue });
    cursor = back;
  }
  const span = Math.max(currentDue - cursor, 2 * HOUR);
  const finishAt = random.chance(profile.onTime)
    ? toWorkingTime(cursor + span * (0.2 + random.next() * 0.75))
    : toWorkingTime(currentDue + random.int(1, 8) * DAY);
  events.push({
    at: finishAt,
    kind: 'finish',
    digitizedResult: random.chance(profile.resultDigitized),
    resultName: procedure.result,
  });
  events.push({ at: toWorkingTime(finishAt + random.int(2, 60) * HOUR), kind: 'return' });
  return events;
}

function initialWire(
  random: Random,
  profile: Profile,
  agency: CommuneAgency,
  procedure: ProcedureSeed,
  code: string,
  receivedAt: number,
  due: number,
): WireRecord {
  const person = drawPerson(random);
  const channel = random.chance(profile.online) ? '2' : random.chance(0.04) ? '3' : '1';
  const digitized = channel === '2' || random.chance(profile.digitized);
  const reused = random.chance(profile.reuse);
  const at = formatWireDate(new Date(receivedAt));
  const paidOnline = procedure.feeVnd > 0 && channel === '2' && random.chance(profile.paidOnline);
  return {
    MaHoSo: code,
    MaTTHC: procedure.code,
    TenTTHC: procedure.name,
    MaLinhVuc: procedure.field,
    TenLinhVuc: fieldName(procedure.field),
    KenhThucHien: channel,
    SoGiayToChuHoSo: person.citizenId,
    ChuHoSo: person.fullName,
    LoaiDoiTuong: '1',
    MaDoiTuong: '',
    ThongTinKhac: '',
    Email: '',
    Fax: '',
    SoDienThoai: person.phone,
    TrichYeuHoSo: `${procedure.name} — ${person.fullName}`,
    NgayTiepNhan: at,
    NgayHenTra: formatWireDate(new Date(due)),
    TrangThaiHoSo: '2',
    NgayTra: '',
    ThongTinTra: '',
    HinhThuc: '0',
    NgayKetThucXuLy: '',
    DonViXuLy: agency.agencyName,
    GhiChu: '',
    NgayTuChoi: '',
    NgayNopHoSo: at,
    NoiNopHoSo: agency.agencyName,
    HoSoCoThanhPhanSoHoa: digitized ? '1' : '0',
    TaiKhoanDuocXacThucVoiVNeID: channel === '2' ? '1' : '0',
    DuocThanhToanTrucTuyen: paidOnline ? '1' : '3',
    TaiLieuNop: procedure.documents.map((doc, i) => ({
      TepDinhKemId: `${code}-TL${i + 1}`,
      TenTepDinhKem: `${doc.name}.pdf`,
      IsDeleted: '0',
      MaThanhPhanHoSo: doc.code,
      DuongDanTaiTepTin: `https://sandbox.dvc-kit.invalid/tep/${encodeURIComponent(code)}/${i + 1}.pdf`,
      DuocSoHoa: digitized ? '1' : '0',
      DuocTaiSuDung: reused && i === 0 ? '1' : '0',
      DuocLayTuKhoDMQG: reused && i === 0 && channel === '2' ? '1' : '0',
      MaKetQuaThayThe: '',
    })),
    DanhSachLePhi:
      procedure.feeVnd > 0
        ? [
            {
              TenPhiLePhi: procedure.feeNote,
              MaPhiLePhi: `LP.${procedure.code}`,
              HinhThucThu: paidOnline ? '2' : '1',
              Gia: String(procedure.feeVnd),
              LoaiPhiLePhi: '1',
            },
          ]
        : [],
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: person.citizenId }],
    DSKetNoiCSDL: [{ MaCSDL: '7' }],
  };
}

/** Options of {@link generateHistoricDossiers}. */
export interface HistoricSeedOptions {
  /** PRNG seed. */
  seed: number;
  /** First instant dossiers are received (epoch ms). */
  from: number;
  /** The seed horizon: dossiers are received before it; their state is computed up to it. */
  until: number;
}

/**
 * Generates the historic dossiers of every commune deterministically: same seed, same
 * communes and same period give the same dossiers, byte for byte.
 */
export function generateHistoricDossiers(
  agencies: readonly CommuneAgency[],
  options: HistoricSeedOptions,
): SeedDossier[] {
  const out: SeedDossier[] = [];
  for (const agency of agencies) {
    const random = createRandom((options.seed ^ hashString(agency.agencyCode)) >>> 0);
    const profile = drawProfile(random, agency);
    const span = options.until - options.from;
    const times = Array.from({ length: profile.volume }, () =>
      toWorkingTime(options.from + Math.floor(random.next() * span)),
    )
      .filter((t) => t < options.until)
      .sort((a, b) => a - b);
    const perDay = new Map<string, number>();
    for (const receivedAt of times) {
      const procedure = pickProcedure(random);
      const day = formatWireDate(new Date(receivedAt)).slice(0, 8);
      const sequence = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, sequence);
      const code = formatDossierCode(agency.agencyCode, new Date(receivedAt), sequence);
      const due = dueAt(receivedAt, procedure.timeLimit);
      const wire = initialWire(random, profile, agency, procedure, code, receivedAt, due);
      const events = planLifecycle(random, profile, procedure, receivedAt, due);
      const pending: LifecycleEvent[] = [];
      for (const event of events) {
        if (event.at <= options.until) Object.assign(wire, applyEvent(wire, event));
        else pending.push(event);
      }
      const roll = random.next();
      const rating = roll < 0.4 ? null : random.chance(profile.happy) ? (random.chance(0.6) ? 1 : 2) : 3;
      out.push({ agency: agency.agencyCode, wire, rating, pending });
    }
  }
  return out;
}
