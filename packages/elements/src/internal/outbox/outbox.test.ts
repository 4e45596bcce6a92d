import { expect, waitUntil } from '@open-wc/testing';
import type { DossierReceipt } from '@dvc-kit/client/public';
import { ConnectionError, RateLimitError, TimeoutError } from '@dvc-kit/client/errors';
import { createOutbox, isRetryableError, type OutboxEntry } from './outbox';

let n = 0;
const entry = (group: string): OutboxEntry => ({
  key: `key-${Date.now()}-${n++}`,
  group,
  endpoint: 'https://dvc.example.gov.vn',
  submission: {
    procedureCode: '1.001193',
    agencyCode: '000.24.66.H66',
    channel: 'online',
    consent: true,
    files: [],
    data: {},
    applicant: {
      fullName: 'Hờ Thị Mai',
      citizenId: '066300001234',
      phone: '0912345678',
      address: { provinceCode: '66', communeCode: '24229' },
    },
  },
  formData: { applicant: { fullName: 'Hờ Thị Mai' } },
  queuedAt: new Date().toISOString(),
});
const receiptFor = (key: string): DossierReceipt => ({
  code: `000.24.66.H66-250701-${key.slice(-4)}`,
  procedureCode: '1.001193',
  procedureName: { vi: 'Đăng ký khai sinh' },
  agencyCode: '000.24.66.H66',
  receivedAt: '2025-07-01T09:12:00+07:00',
  dueAt: '2025-07-02T09:12:00+07:00',
  status: 'registered',
});

/** A sender that fails like the public client does without a network, until `online` is set. */
function sender() {
  const state = { online: false, attempts: [] as string[], delivered: [] as string[] };
  const send = async (e: OutboxEntry) => {
    state.attempts.push(e.key);
    await new Promise((r) => setTimeout(r, 20)); // a request takes time: concurrent flushes overlap
    if (!state.online) throw new ConnectionError({ requestId: `r-${e.key}` });
    state.delivered.push(e.key);
    return receiptFor(e.key);
  };
  return { state, send };
}

describe('offline outbox (real IndexedDB)', () => {
  it('keeps a submission made offline and sends it exactly once when the connection returns', async () => {
    const group = `g-${Math.random()}`;
    const { state, send } = sender();
    const delivered: string[] = [];
    const outbox = createOutbox({ send, group, onDelivered: (e, r) => delivered.push(`${e.key}→${r.code}`) });
    const e = entry(group);
    await outbox.add(e);
    await outbox.flush();
    expect(state.attempts).to.deep.equal([e.key]);
    expect((await outbox.entries()).map((x) => x.key)).to.deep.equal([e.key]);

    state.online = true;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await Promise.all([outbox.flush(), outbox.flush()]);
    await waitUntil(async () => (await outbox.entries()).length === 0);
    expect(state.delivered, 'delivered once').to.deep.equal([e.key]);
    expect(new Set(state.attempts), 'every attempt used the same idempotency key').to.deep.equal(new Set([e.key]));
    expect(delivered).to.deep.equal([`${e.key}→${receiptFor(e.key).code}`]);

    await outbox.flush();
    expect(state.delivered).to.have.length(1);
    outbox.close();
  });

  it('a submission queued before a reload is delivered by the next page’s outbox', async () => {
    const group = `g-${Math.random()}`;
    const first = sender();
    const before = createOutbox({ send: first.send, group });
    const e = entry(group);
    await before.add(e);
    await before.flush();
    before.close();

    const second = sender();
    second.state.online = true;
    const after = createOutbox({ send: second.send, group });
    await after.flush();
    expect(second.state.delivered).to.deep.equal([e.key]);
    expect(await after.entries()).to.deep.equal([]);
    after.close();
  });

  it('a refused submission leaves the outbox and is handed back with its form data', async () => {
    const group = `g-${Math.random()}`;
    const rejected: OutboxEntry[] = [];
    const send = async () => {
      throw Object.assign(new Error('invalid'), { name: 'ProblemError', status: 422 });
    };
    const outbox = createOutbox({ send, group, onRejected: (x) => rejected.push(x) });
    await outbox.add(entry(group));
    await outbox.flush();
    expect(await outbox.entries()).to.deep.equal([]);
    expect(rejected[0]?.formData).to.deep.equal({ applicant: { fullName: 'Hờ Thị Mai' } });
    outbox.close();
  });

  it('keeps queued what may not have reached the gateway, recognised with the client’s guards', () => {
    expect(isRetryableError(new ConnectionError())).to.equal(true);
    expect(isRetryableError(new TimeoutError('attempt'))).to.equal(true);
    expect(isRetryableError(new RateLimitError(60_000))).to.equal(true);
    expect(isRetryableError(new TypeError('Failed to fetch'))).to.equal(true);
    expect(isRetryableError(Object.assign(new Error('down'), { status: 503 }))).to.equal(true);
    // Another copy of the client: the same shape, not the same class.
    expect(isRetryableError({ ...new ConnectionError(), name: 'ConnectionError' })).to.equal(true);
    expect(isRetryableError(Object.assign(new Error('invalid'), { name: 'ProblemError', status: 422 }))).to.equal(
      false,
    );
    expect(isRetryableError(undefined)).to.equal(false);
  });

  it('flushes only its own group', async () => {
    const mine = `g-${Math.random()}`;
    const other = `g-${Math.random()}`;
    const { state, send } = sender();
    state.online = true;
    const outbox = createOutbox({ send, group: mine });
    const foreign = createOutbox({ send, group: other });
    await foreign.add(entry(other));
    await outbox.flush();
    expect(state.attempts).to.deep.equal([]);
    await foreign.flush();
    expect(state.attempts).to.have.length(1);
    outbox.close();
    foreign.close();
  });
});
