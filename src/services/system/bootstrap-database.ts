import { openDatabase } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { seedReferenceData } from '../geo/seed-reference-data.js';
import { ensureNetwork } from '../network/ensure-network.js';
import { seedDemo } from '../network/seed-demo.js';

/**
 * Brings a database to the state the app needs: migrations, reference data
 * (regions, provinces, comuni) and, when asked, the demo network. Every step is
 * idempotent, so it runs on every start.
 */
export async function bootstrapDatabase(url: string, options: { seedDemo: boolean }): Promise<void> {
  await runMigrations(url);
  const database = openDatabase(url, { max: 2 });
  try {
    await seedReferenceData(database.db);
    await ensureNetwork(database.db);
    if (options.seedDemo) await seedDemo(database.db);
  } finally {
    await database.close();
  }
}
