import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, province, region } from '../../db/schema/geo.js';
import { loadReferenceData } from './reference-data.js';

/** Rows per INSERT: 1,000 comuni x 6 columns stays far below PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

/**
 * Fills region, province and comune from resources/geo on a fresh database. It does
 * nothing once comuni exist, so it runs at every start, and it never overwrites what an
 * ISTAT import changed later.
 *
 * @example
 *   await seedReferenceData(db); // 20 regions, 107 provinces, 7,896 comuni
 */
export async function seedReferenceData(db: TDb): Promise<void> {
  const existing = await db.execute<{ present: boolean }>(sql`select exists(select 1 from comune) as present`);
  if (existing.rows[0]?.present) return;

  const data = await loadReferenceData();
  await db.transaction(async (tx) => {
    // Two processes starting together on an empty database must not both fail.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('affianco.seed_reference_data'))`);
    const again = await tx.execute<{ present: boolean }>(sql`select exists(select 1 from comune) as present`);
    if (again.rows[0]?.present) return;

    await tx.insert(region).values(data.regions).onConflictDoNothing();
    await tx.insert(province).values(data.provinces).onConflictDoNothing();
    for (let i = 0; i < data.comuni.length; i += CHUNK) {
      await tx
        .insert(comune)
        .values(data.comuni.slice(i, i + CHUNK).map((c) => ({ ...c, isActive: true })))
        .onConflictDoNothing();
    }
  });
}
