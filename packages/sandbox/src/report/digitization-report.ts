import { fromVietnamTime, formatWireDate } from '@dvc-kit/core';
import type { SqliteDatabase } from '../store/database';
import { ranks, scoreParts, SCORE_MAX, totalScore, type AgencyCounts, type ScoreParts } from './scores';

const DAY = 86_400_000;
const VN = 7 * 3_600_000;
/** Monday 30 June 2025 00:00 Vietnam time: week 0 of the report (the week of 1 July 2025). */
export const REPORT_EPOCH = fromVietnamTime(2025, 6, 30).getTime();

interface Row {
  agency: string;
  week: number;
  received: number;
  on_time: number;
  online: number;
  fee_dossiers: number;
  paid_online: number;
  digitized: number;
  reused: number;
  solved: number;
  result_digitized: number;
  rated: number;
  satisfied: number;
  online_procs: string | null;
  fee_procs: string | null;
  paid_procs: string | null;
}

// Timeliness by Vietnam calendar date — the rule of core's `classifyTimeliness` (domain.md §3),
// written in SQL so one query counts a whole province: finished on or before the due
// date's day is in time; an open dossier is in time through its due date's day.
const SQL = `SELECT agency, (received_at - ${REPORT_EPOCH}) / ${7 * DAY} AS week,
  SUM(status NOT IN ('1','3')) AS received,
  SUM(CASE
    WHEN status IN ('9','10') THEN (finished_at + ${VN}) / ${DAY} <= (due_at + ${VN}) / ${DAY}
    WHEN status IN ('2','4') THEN due_at IS NULL OR (due_at + ${VN}) / ${DAY} >= @today
    WHEN status IN ('5','6','7','8') THEN 1 ELSE 0 END) AS on_time,
  SUM(channel = '2' AND status NOT IN ('1','3')) AS online,
  SUM(has_fee AND status NOT IN ('1','3')) AS fee_dossiers,
  SUM(has_fee AND paid_online) AS paid_online,
  SUM(digitized AND status NOT IN ('1','3')) AS digitized,
  SUM(reused AND status NOT IN ('1','3')) AS reused,
  SUM(status IN ('9','10')) AS solved,
  SUM(status IN ('9','10') AND result_digitized) AS result_digitized,
  SUM(status = '10' AND rating IS NOT NULL) AS rated,
  SUM(status = '10' AND rating IN (1, 2)) AS satisfied,
  GROUP_CONCAT(DISTINCT CASE WHEN channel = '2' THEN procedure_code END) AS online_procs,
  GROUP_CONCAT(DISTINCT CASE WHEN has_fee THEN procedure_code END) AS fee_procs,
  GROUP_CONCAT(DISTINCT CASE WHEN paid_online THEN procedure_code END) AS paid_procs
FROM dossiers WHERE received_at >= ${REPORT_EPOCH} AND received_at <= @now GROUP BY agency, week`;

const empty = (): AgencyCounts & { sets: { online: Set<string>; fee: Set<string>; paid: Set<string> } } => ({
  received: 0,
  onTime: 0,
  online: 0,
  onlineProcedures: 0,
  feeDossiers: 0,
  paidOnline: 0,
  feeProceduresPaidOnline: 0,
  feeProcedures: 0,
  digitized: 0,
  reused: 0,
  solved: 0,
  resultDigitized: 0,
  rated: 0,
  satisfied: 0,
  sets: { online: new Set(), fee: new Set(), paid: new Set() },
});

function add(target: ReturnType<typeof empty>, row: Row): void {
  target.received += row.received;
  target.onTime += row.on_time;
  target.online += row.online;
  target.feeDossiers += row.fee_dossiers;
  target.paidOnline += row.paid_online;
  target.digitized += row.digitized;
  target.reused += row.reused;
  target.solved += row.solved;
  target.resultDigitized += row.result_digitized;
  target.rated += row.rated;
  target.satisfied += row.satisfied;
  for (const [key, list] of [
    ['online', row.online_procs],
    ['fee', row.fee_procs],
    ['paid', row.paid_procs],
  ] as const) {
    for (const code of list ? list.split(',') : []) target.sets[key].add(code);
  }
  target.onlineProcedures = target.sets.online.size;
  target.feeProcedures = target.sets.fee.size;
  target.feeProceduresPaidOnline = target.sets.paid.size;
}

/** Adds one period's counts into another (the procedure sets are unions, not sums). */
function merge(target: ReturnType<typeof empty>, source: ReturnType<typeof empty>): void {
  for (const key of [
    'received',
    'onTime',
    'online',
    'feeDossiers',
    'paidOnline',
    'digitized',
    'reused',
    'solved',
    'resultDigitized',
    'rated',
    'satisfied',
  ] as const) {
    target[key] += source[key];
  }
  for (const key of ['online', 'fee', 'paid'] as const) for (const code of source.sets[key]) target.sets[key].add(code);
  target.onlineProcedures = target.sets.online.size;
  target.feeProcedures = target.sets.fee.size;
  target.feeProceduresPaidOnline = target.sets.paid.size;
}

/** One agency's scores in one period. */
export interface AgencyScore {
  counts: AgencyCounts;
  parts: ScoreParts;
  total: number;
}

/** Scores of every agency overall and per week, computed from the stored dossiers. */
export interface ScoreBoard {
  overall: Map<string, AgencyScore>;
  /**
   * Week → scores as they stood at the end of that week: like the 766 index, each week
   * scores every dossier received from 1 July 2025 up to then, so a commune with no
   * dossier in one week keeps its standing instead of dropping to zero.
   */
  weeks: Map<number, Map<string, AgencyScore>>;
  lastWeek: number;
}

/** Computes the scoreboard of the given agencies at simulated instant `now`. */
export function computeScoreBoard(
  db: SqliteDatabase,
  agencies: readonly string[],
  now: number,
  procedureCount: number,
): ScoreBoard {
  const rows = db.prepare(SQL).all({ now, today: Math.floor((now + VN) / DAY) }) as Row[];
  const overall = new Map(agencies.map((a) => [a, empty()]));
  const weekly = new Map<number, Map<string, ReturnType<typeof empty>>>();
  const lastWeek = Math.max(0, Math.floor((now - REPORT_EPOCH) / (7 * DAY)));
  for (let w = 0; w <= lastWeek; w++) weekly.set(w, new Map(agencies.map((a) => [a, empty()])));
  for (const row of rows) {
    const total = overall.get(row.agency);
    if (!total) continue;
    add(total, row);
    const bucket = weekly.get(row.week)?.get(row.agency);
    if (bucket) add(bucket, row);
  }
  for (let w = 1; w <= lastWeek; w++) {
    const previous = weekly.get(w - 1) as Map<string, ReturnType<typeof empty>>;
    for (const [agency, counts] of weekly.get(w) as Map<string, ReturnType<typeof empty>>)
      merge(counts, previous.get(agency) as ReturnType<typeof empty>);
  }
  const score = (c: AgencyCounts): AgencyScore => {
    const parts = scoreParts(c, procedureCount);
    return { counts: c, parts, total: totalScore(parts) };
  };
  return {
    overall: new Map([...overall].map(([a, c]) => [a, score(c)])),
    weeks: new Map([...weekly].map(([w, m]) => [w, new Map([...m].map(([a, c]) => [a, score(c)]))])),
    lastWeek,
  };
}

/** The digitization report row of one agency (wire: uppercase 766-style columns). */
export function agencyReport(
  board: ScoreBoard,
  agency: { code: string; name: string; unitCode: string },
): Record<string, unknown> {
  const mine = board.overall.get(agency.code);
  if (!mine) return {};
  const byDigitization = ranks(new Map([...board.overall].map(([a, s]) => [a, s.parts.MDSH])));
  const byTotal = ranks(new Map([...board.overall].map(([a, s]) => [a, s.total])));
  const history = [...board.weeks.entries()].map(([week, scores]) => {
    const s = scores.get(agency.code) as AgencyScore;
    const weekRanks = ranks(new Map([...scores].map(([a, x]) => [a, x.parts.MDSH])));
    return {
      TUAN: week + 1,
      TU_NGAY: formatWireDate(new Date(REPORT_EPOCH + week * 7 * DAY)),
      DEN_NGAY: formatWireDate(new Date(REPORT_EPOCH + (week + 1) * 7 * DAY - 1000)),
      TIEP_NHAN: String(s.counts.received),
      MDSH: s.parts.MDSH,
      TONG_SCORE: s.total,
      XEP_HANG: weekRanks.get(agency.code) ?? 0,
    };
  });
  const c = mine.counts;
  return {
    MA_COQUAN: agency.code,
    TEN: agency.name,
    MA_DVHC: agency.unitCode,
    ...mine.parts,
    TONG_SCORE: mine.total,
    DIEM_TOI_DA: SCORE_MAX,
    XEP_HANG: byDigitization.get(agency.code),
    XEP_HANG_TONG: byTotal.get(agency.code),
    SO_DON_VI: board.overall.size,
    CHI_TIEU_SO_HOA: {
      TIEP_NHAN: c.received,
      CO_SO_HOA_TPHS: c.digitized,
      CHUA_SO_HOA_TPHS: c.received - c.digitized,
      CO_TAI_SU_DUNG_TPHS: c.reused,
      DA_GIAI_QUYET: c.solved,
      DA_SO_HOA_KQ: c.resultDigitized,
      CHUA_SO_HOA_KQ: c.solved - c.resultDigitized,
    },
    LICH_SU: history,
  };
}
