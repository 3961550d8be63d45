import { desc, eq, isNotNull, and } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { fundingImport } from '../../../db/schema/index.js';

/** What the IODL 2.0 licence asks to show wherever the catalogue's data is shown. */
export interface TAttribution {
  source: string;
  licence: string;
  licenceUrl: string;
  /** The day the portal's data is from (YYYY-MM-DD); null before any import. */
  snapshotDate: string | null;
}

/**
 * The attribution of the national catalogue, dated by the latest import of it.
 * @example (await fundingAttribution(db)).snapshotDate; // '2025-07-12'
 */
export async function fundingAttribution(db: TDb): Promise<TAttribution> {
  const [row] = await db
    .select({ snapshotDate: fundingImport.snapshotDate })
    .from(fundingImport)
    .where(and(eq(fundingImport.source, 'incentivi'), isNotNull(fundingImport.snapshotDate)))
    .orderBy(desc(fundingImport.snapshotDate))
    .limit(1);
  return { source: 'Incentivi.gov.it – MIMIT', licence: 'IODL 2.0', licenceUrl: 'https://www.dati.gov.it/iodl/2.0/', snapshotDate: row?.snapshotDate ?? null };
}
