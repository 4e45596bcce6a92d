import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES, statusGroup } from './dossier-status';
import { canTransition, DOSSIER_TRANSITIONS } from './transitions';

describe('status transitions', () => {
  it('follows the usual path from registration to returned result', () => {
    const path = [
      'registered',
      'accepted',
      'processing',
      'supplement-requested',
      'processing',
      'processed',
      'returned',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('has no way out of a finished dossier except processed → returned', () => {
    for (const s of DOSSIER_STATUSES) {
      if (statusGroup(s.name) !== 'finished') continue;
      const next = DOSSIER_TRANSITIONS[s.name];
      expect(next).toStrictEqual(s.name === 'processed' ? ['returned'] : []);
    }
  });

  it('lets every non-terminal status reach a finished one', () => {
    for (const s of DOSSIER_STATUSES) {
      const seen = new Set<string>([s.name]);
      const queue: string[] = [s.name];
      for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
        for (const next of DOSSIER_TRANSITIONS[current as keyof typeof DOSSIER_TRANSITIONS]) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].some((n) => statusGroup(n as never) === 'finished')).toBe(true);
    }
  });

  it('refuses staying put, going back from returned, and unknown statuses', () => {
    expect(canTransition('processing', 'processing')).toBe(false);
    expect(canTransition('returned', 'processing')).toBe(false);
    expect(canTransition('unknown:11', 'processing')).toBe(false);
    expect(canTransition('processing', 'unknown:11')).toBe(false);
  });
});
