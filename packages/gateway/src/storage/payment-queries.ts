import type { Kysely } from 'kysely';
import type { Selectable } from 'kysely';
import type { GatewayDatabase, PaymentsTable } from './schema';
import type { PaymentConfirmation, PaymentRecord, RecordPaymentOutcome } from './types';

type Db = Kysely<GatewayDatabase>;

function toPayment(row: Selectable<PaymentsTable>): PaymentRecord {
  return {
    reference: row.reference,
    partnerCode: row.partner_code,
    status: row.status === 'paid' ? 'paid' : 'failed',
    resultCode: row.result_code,
    amount: row.amount,
    currency: row.currency,
    transactionId: row.transaction_id,
    bankCode: row.bank_code,
    transactionTime: row.transaction_time,
    description: row.description,
    message: row.message,
    createdAt: new Date(Number(row.created_at)),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

/**
 * Records a confirmed payment once per MaThamChieu. `INSERT … ON CONFLICT DO NOTHING` makes a
 * replay change nothing on both dialects, also from several instances at once. The one later
 * change allowed: a reference recorded as failed becomes paid when a success (MaLoi 00) arrives
 * — guarded by `status <> 'paid'`, so a paid record never changes.
 */
export async function recordPayment(db: Db, input: PaymentConfirmation): Promise<RecordPaymentOutcome> {
  const now = (input.receivedAt ?? new Date()).getTime();
  const values = {
    reference: input.reference,
    partner_code: input.partnerCode,
    status: input.status,
    result_code: input.resultCode,
    amount: input.amount,
    currency: input.currency,
    transaction_id: input.transactionId,
    bank_code: input.bankCode,
    transaction_time: input.transactionTime,
    description: input.description,
    message: input.message,
    created_at: now,
    updated_at: now,
  };
  const inserted = await db
    .insertInto('payments')
    .values(values)
    .onConflict((oc) => oc.column('reference').doNothing())
    .returning('reference')
    .executeTakeFirst();
  if (inserted !== undefined) return 'created';
  if (input.status !== 'paid') return 'exists';
  const { created_at: _created, reference: _ref, ...change } = values;
  const updated = await db
    .updateTable('payments')
    .set(change)
    .where('reference', '=', input.reference)
    .where('status', '<>', 'paid')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0 ? 'updated' : 'exists';
}

/** The payment recorded for a MaThamChieu, if any. */
export async function getPayment(db: Db, reference: string): Promise<PaymentRecord | undefined> {
  const row = await db.selectFrom('payments').selectAll().where('reference', '=', reference).executeTakeFirst();
  return row === undefined ? undefined : toPayment(row);
}
