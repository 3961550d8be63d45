import { Logger as GraphileLogger, runMigrations as runJobQueueMigrations } from 'graphile-worker';
import { openDatabase } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { seedReferenceData } from '../geo/seed-reference-data.js';
import { ensureNetwork } from '../network/ensure-network.js';
import { seedDemo } from '../network/seed-demo.js';

const silentJobLogger = new GraphileLogger(() => () => {});

/**
 * Brings a database to the state the app needs: migrations, reference data
 * (regions, provinces, comuni) and, when asked, the demo network. Every step is
 * idempotent, so it runs on every start.
 */
export async function bootstrapDatabase(url: string, options: { seedDemo: boolean; filesDir?: string }): Promise<void> {
  await runMigrations(url);
  // The job queue keeps its tables in its own schema (graphile_worker), migrated by itself.
  await runJobQueueMigrations({ connectionString: url, logger: silentJobLogger });
  const database = openDatabase(url, { max: 2 });
  try {
    await seedReferenceData(database.db);
    await ensureNetwork(database.db);
    if (options.seedDemo) await seedDemo(database.db, undefined, { filesDir: options.filesDir });
  } finally {
    await database.close();
  }
}
