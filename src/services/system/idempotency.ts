import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { idempotencyKey } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** JSON with object keys sorted, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const hashBody = (body: unknown) => crypto.createHash('sha256').update(canonical(body)).digest('hex');

/**
 * Runs `work` once per (scope, key). The key row is inserted in the same transaction
 * as the work, so a concurrent twin waits on it and then reads the stored answer; a
 * replay with another body is refused and changes nothing.
 *
 * @example
 *   const { status, body } = await withIdempotency(db, 'intake', key, input, (tx) => createRequest(tx, input));
 */
export async function withIdempotency<T>(
  db: TDb,
  scope: string,
  key: string,
  requestBody: unknown,
  work: (tx: TTx) => Promise<T>,
): Promise<{ status: number; body: T; isReplay: boolean }> {
  const requestHash = hashBody(requestBody);
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKey)
      .values({ scope, key, requestHash, responseStatus: 0, responseBody: sql`'null'::jsonb` })
      .onConflictDoNothing()
      .returning({ key: idempotencyKey.key });
    if (claimed.length === 0) {
      const [stored] = await tx.select().from(idempotencyKey).where(and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.key, key)));
      if (!stored || stored.requestHash !== requestHash) {
        throw new AppError('request.idempotency_mismatch', 422, [{ field: 'Idempotency-Key', message: key }]);
      }
      return { status: 200, body: stored.responseBody as T, isReplay: true };
    }
    const body = await work(tx);
    await tx
      .update(idempotencyKey)
      .set({ responseStatus: 201, responseBody: body as object })
      .where(and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.key, key)));
    return { status: 201, body, isReplay: false };
  });
}

/**
 * True when this key was already used in this scope: the request is a resend, which
 * replays the stored answer (or is refused as a mismatch) and creates nothing.
 *
 * @example if (await isKnownIdempotencyKey(db, 'intake', key)) skipTheLimit();
 */
export async function isKnownIdempotencyKey(db: TDb, scope: string, key: string): Promise<boolean> {
  const [row] = await db.select({ key: idempotencyKey.key }).from(idempotencyKey).where(and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.key, key)));
  return Boolean(row);
}
