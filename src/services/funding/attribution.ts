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

/** What the IODL 2.0 licence asks to show wherever the catalogue's data is shown. */
export interface TIncentiviAttribution {
  source: string;
  licence: string;
  licenceUrl: string;
  /** The day the portal's data is from (YYYY-MM-DD); null before any import. */
  snapshotDate: string | null;
}

/**
 * The national catalogue's attribution, dated by the latest import of it.
 * @example await incentiviAttribution(db); // { source: 'Incentivi.gov.it – MIMIT', licence: 'IODL 2.0', …, snapshotDate: '2025-07-12' }
 */
export async function incentiviAttribution(db: TDb): Promise<TIncentiviAttribution> {
  const { source, licence, licenceUrl } = INCENTIVI_ATTRIBUTION;
  return { source, licence, licenceUrl, snapshotDate: await latestSnapshotDate(db) };
}

export { attributionLine } from '../../shared/funding-attribution.js';
