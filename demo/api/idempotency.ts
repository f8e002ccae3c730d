/**
 * Idempotency-Key bookkeeping shared by RSVPs and story submissions. Only a hash of the key is stored, with a hash
 * of the request it came with and the answer's secret token sealed under the raw key (see tokens.ts).
 */
import type { Queryable } from './db.js';
import { invalid } from './problems.js';

export interface EarlierRequest {
  scope: string;
  request_hash: string;
  resource_id: string;
  response_status: string;
  sealed_token: string;
}

/**
 * Takes the key's lock for the rest of the transaction, then reads what an earlier request with it did. Requests
 * with one key are so decided one at a time, whatever else they lock: on PostgreSQL two of them can otherwise both
 * find no row and both insert one (a unique violation for the second), e.g. one key sent at once to two events.
 * The lock is a transaction-scoped advisory lock on 64 bits of the key's hash; another key that shares them only
 * waits its turn.
 */
export async function lockKey(tx: Queryable, keyHash: string): Promise<EarlierRequest | undefined> {
  await tx.query('select pg_advisory_xact_lock($1::bigint)', [BigInt.asIntN(64, BigInt(`0x${keyHash.slice(0, 16)}`)).toString()]);
  const [earlier] = await tx.query<EarlierRequest>('select * from idempotency_keys where key_hash = $1', [keyHash]);
  return earlier;
}

/** The same key with another request (another body, another event, another kind of request) is refused. */
export function checkSameRequest(earlier: EarlierRequest, scope: string, requestHash: string): void {
  if (earlier.scope !== scope || earlier.request_hash !== requestHash) {
    throw invalid('Idempotency-Key', 'This key was already used for a different request. Use a new key for a new request.');
  }
}
