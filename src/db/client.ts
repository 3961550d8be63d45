import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';

export type TDb = NodePgDatabase<typeof schema>;

export interface TDatabase {
  db: TDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** How long a request waits for a connection before it is told "retry later" (503), never hanging. */
export const CONNECT_TIMEOUT_MS = 3000;

/**
 * Opens a pooled connection to one PostgreSQL database that survives the server
 * going away: broken connections are dropped and new ones made on the next query.
 *
 * @example
 *   const database = openDatabase(process.env.DATABASE_URL!);
 *   await database.db.select().from(schema.region);
 */
export function openDatabase(url: string, options: { max?: number } = {}): TDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A fail-over can leave a socket open to nobody; keep-alive finds it out.
    keepAlive: true,
  });
  // An idle client's error (server restart) reaches the pool, which drops the client.
  pool.on('error', () => {});
  // The pool stops listening to a client while it is checked out (a transaction
  // between two statements); a server shutdown then would be an unhandled 'error'
  // event that ends the process. The query in flight still fails and the pool
  // drops the broken client when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
