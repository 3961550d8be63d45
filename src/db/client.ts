import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';

export type TDb = NodePgDatabase<typeof schema>;

export interface TDatabase {
  db: TDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens a pooled connection to one PostgreSQL database.
 *
 * @example
 *   const database = openDatabase(process.env.DATABASE_URL!);
 *   await database.db.select().from(schema.region);
 */
export function openDatabase(url: string, options: { max?: number } = {}): TDatabase {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
