import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import type { TInsightsScope } from '../../domain/insights/types.js';

export type TResolvedScope = { kind: 'sportello'; sportelloId: string; name: string } | { kind: 'network' };

/**
 * The scope as the results name it: a sportello with its name, or the network. Null when the
 * sportello does not exist (the route answers 404).
 *
 * @example await resolveScope(db, { sportelloId }) // { kind: 'sportello', sportelloId, name: 'Sportello Pisa' }
 */
export async function resolveScope(db: TDb, scope: TInsightsScope): Promise<TResolvedScope | null> {
  if ('network' in scope) return { kind: 'network' };
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(scope.sportelloId)) return null;
  const found = await db.execute<{ name: string }>(sql`select name from sportello where id = ${scope.sportelloId}::uuid`);
  const row = found.rows[0];
  return row ? { kind: 'sportello', sportelloId: scope.sportelloId, name: row.name } : null;
}

/** `and <column> = sportello` for one sportello, nothing for the network. */
export function sportelloFilter(scope: TResolvedScope, column: string) {
  return scope.kind === 'sportello' ? sql`and ${sql.raw(column)} = ${scope.sportelloId}::uuid` : sql``;
}

/**
 * Runs read-only statements in a transaction with PostgreSQL's JIT off. The planner cannot
 * estimate joins of grouped sub-queries well and overshoots JIT's cost threshold; compiling
 * then took seconds on a 100,000-business database for a statement that runs in milliseconds.
 *
 * @example const rows = await withoutJit(db, (tx) => tx.execute(sql`select 1`));
 */
export async function withoutJit<T>(db: TDb, run: (tx: TDb) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return run(tx as unknown as TDb);
  });
}
