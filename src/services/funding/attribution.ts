import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingImport } from '../../db/schema/index.js';

/** The licence the national catalogue is published under, and where to read it. */
export const INCENTIVI_ATTRIBUTION = {
  source: 'Incentivi.gov.it – MIMIT',
  licence: 'IODL 2.0',
  licenceUrl: 'https://www.dati.gov.it/iodl/2.0/',
  sourceUrl: 'https://www.incentivi.gov.it/',
} as const;

/**
 * The day of the national catalogue now shown (the latest import's snapshot), for the
 * attribution line IODL 2.0 asks for wherever the data is shown; null before any import.
 * @example await latestSnapshotDate(db); // '2025-07-12'
 */
export async function latestSnapshotDate(db: TDb): Promise<string | null> {
  const [row] = await db
    .select({ day: fundingImport.snapshotDate })
    .from(fundingImport)
    .where(and(eq(fundingImport.source, 'incentivi'), isNotNull(fundingImport.snapshotDate)))
    .orderBy(desc(fundingImport.createdAt))
    .limit(1);
  return row?.day ?? null;
}

export { attributionLine } from '../../shared/funding-attribution.js';
