import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { projectPath } from '../config/paths.js';

// By its place in the repository, so it is found from the compiled server too (build/server).
const migrationsFolder = projectPath('src', 'db', 'migrations');
// Any fixed number: every instance contends for the same advisory lock.
const MIGRATION_LOCK = 4_242_001;

/**
 * Applies pending migrations. Several app instances may start at once, so the
 * work runs under a PostgreSQL advisory lock and the others wait, then find nothing to do.
 */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  // A server going away mid-way fails the migration's query; it must not also end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query("set client_min_messages = 'warning'");
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
