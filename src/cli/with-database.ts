import { openDatabase, type TDb } from '../db/client.js';
import { readConnectionFile } from '../db/embedded/connection-file.js';
import { isProcessAlive } from '../db/embedded/process.js';
import { startEmbeddedPostgres } from '../db/embedded/supervisor.js';
import { runMigrations } from '../db/migrate.js';
import { readEnv } from '../config/env.js';

export interface TCliDatabase {
  url: string;
  /** Where the URL came from, said to the user: DATABASE_URL, the running app, or a server started for this command. */
  source: 'DATABASE_URL' | 'running-app' | 'started';
}

/**
 * Runs `fn` against the app's database: DATABASE_URL, else the embedded server the
 * running app announced in DATA_DIR/connection.json, else an embedded server this
 * command starts and stops.
 */
export async function withDatabase<T>(fn: (db: TDb, target: TCliDatabase) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const env = readEnv();
  let target: TCliDatabase;
  let stop = async () => {};
  const announced = readConnectionFile(env.DATA_DIR);
  if (env.DATABASE_URL) {
    target = { url: env.DATABASE_URL, source: 'DATABASE_URL' };
  } else if (announced && isProcessAlive(announced.pid)) {
    target = { url: announced.url, source: 'running-app' };
  } else {
    const server = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, pgUser: env.PG_USER });
    target = { url: server.url, source: server.isOwned ? 'started' : 'running-app' };
    stop = () => server.stop();
  }
  try {
    if (options.migrate !== false) await runMigrations(target.url);
    const database = openDatabase(target.url, { max: 3 });
    try {
      return await fn(database.db, target);
    } finally {
      await database.close();
    }
  } finally {
    await stop();
  }
}
