import type { TDb } from '../../../db/client.js';
import { INCENTIVI_ATTRIBUTION, latestSnapshotDate } from '../attribution.js';

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
  const { source, licence, licenceUrl } = INCENTIVI_ATTRIBUTION;
  return { source, licence, licenceUrl, snapshotDate: await latestSnapshotDate(db) };
}
