import type pg from 'pg';
import type { TDb } from './client.js';

/**
 * Runs a named (prepared) statement on the pool drizzle was opened on: PostgreSQL parses and
 * plans it once per connection instead of on every call, which counts on the reads every
 * signed-in request makes. Drizzle's builder cannot name a statement with subqueries like these.
 *
 * @example const { rows } = await namedQuery<{ id: string }>(db, { name: 'x', text: 'select $1::text as id' }, ['a']);
 */
export function namedQuery<TRow extends pg.QueryResultRow>(db: TDb, statement: { name: string; text: string }, values: unknown[]): Promise<pg.QueryResult<TRow>> {
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  return pool.query<TRow>({ ...statement, values });
}
