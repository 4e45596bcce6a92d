import { agencyReport, computeScoreBoard } from '../report/digitization-report';
import { PROCEDURES } from '../seed/procedures';
import { knownAgencies } from './agencies';
import type { ServiceDefinition } from './context';
import { fieldError } from './portal-error';

/**
 * BaoCaoSoHoa (sandbox extension) — the digitization report modelled on the 766
 * scoreboard: score parts, rank among the province's communes, weekly history.
 * `MaDonVi` defaults to the caller; the province's code gives every commune, best first.
 */
export const digitizationReport: ServiceDefinition = {
  name: 'BaoCaoSoHoa',
  write: false,
  handle(body, ctx) {
    const requested = body.MaDonVi ?? ctx.agency;
    if (typeof requested !== 'string') throw fieldError('MaDonVi', 'type', 'field.string');
    const agencies = knownAgencies();
    const target = agencies.get(requested);
    if (!target) throw fieldError('MaDonVi', 'unknown', 'field.unknown-agency', { agency: requested });
    const communes = [...agencies.values()].filter((a) => a.level === 'commune');
    const board = computeScoreBoard(
      ctx.db,
      communes.map((a) => a.code),
      ctx.now,
      PROCEDURES.length,
    );
    if (target.level === 'province') {
      const rows = communes.map((a) => agencyReport(board, a)).map(({ LICH_SU: _history, ...row }) => row);
      rows.sort((a, b) => Number(a.XEP_HANG) - Number(b.XEP_HANG));
      return { result: rows };
    }
    return { result: [agencyReport(board, target)] };
  },
};
