import { describe, expect, it } from 'vitest';
import { createSessionManager } from './session';

describe('session manager', () => {
  it('logs in once for many concurrent callers and once per expiry', async () => {
    let logins = 0;
    const sessions = createSessionManager(async () => {
      logins += 1;
      await new Promise((r) => setTimeout(r, 10));
      return `s${logins}`;
    });
    const first = await Promise.all(Array.from({ length: 50 }, () => sessions.get()));
    expect(new Set(first)).toEqual(new Set(['s1']));
    for (let i = 0; i < 50; i++) sessions.invalidate('s1');
    const second = await Promise.all(Array.from({ length: 50 }, () => sessions.get()));
    expect(new Set(second)).toEqual(new Set(['s2']));
    sessions.invalidate('s1');
    expect(await sessions.get()).toBe('s2');
    expect(logins).toBe(2);
  });

  it('tries again after a failed login', async () => {
    let calls = 0;
    const sessions = createSessionManager(async () => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return 'ok';
    });
    await expect(sessions.get()).rejects.toThrow('down');
    expect(await sessions.get()).toBe('ok');
  });

  it('logs in again once the session is 10 minutes old (the observed OpenCPS practice)', async () => {
    let clock = 0;
    let logins = 0;
    const sessions = createSessionManager(async () => `s${++logins}`, { now: () => clock });
    expect(await sessions.get()).toBe('s1');
    clock = 599_999;
    expect(await sessions.get()).toBe('s1');
    clock = 600_000;
    const renewed = await Promise.all([sessions.get(), sessions.get()]);
    expect(renewed).toEqual(['s2', 's2']);
    expect(logins).toBe(2);
  });
});
