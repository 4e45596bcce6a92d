import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES, statusCode, statusFromCode, statusGroup, statusInfo } from './dossier-status';

describe('dossier statuses', () => {
  it('lists the ten portal codes in order with both labels', () => {
    expect(DOSSIER_STATUSES.map((s) => s.code)).toStrictEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(statusInfo('financial-obligation')?.label).toStrictEqual({
      vi: 'Yêu cầu thực hiện nghĩa vụ tài chính',
      en: 'Payment of fees or taxes requested',
    });
  });

  it('converts codes and names both ways', () => {
    expect(statusFromCode('4')).toBe('processing');
    expect(statusCode('returned')).toBe('10');
    expect(statusFromCode('11')).toBe('unknown:11');
    expect(statusCode('unknown:11')).toBe('11');
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(statusCode(statusFromCode(raw))).toBe(raw);
      }),
    );
  });

  it('groups statuses as 766 statistics do, with 1 in progress and 3 finished', () => {
    const members = (group: string) =>
      DOSSIER_STATUSES.filter((s) => statusGroup(s.name) === group).map((s) => Number(s.code));
    expect(members('in-progress')).toStrictEqual([1, 2, 4]);
    expect(members('paused')).toStrictEqual([5, 6, 8]);
    expect(members('finished')).toStrictEqual([3, 7, 9, 10]);
    expect(statusGroup('unknown:11')).toBe('unknown');
  });
});
