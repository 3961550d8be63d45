import fs from 'node:fs/promises';
import { and, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, fundingImport } from '../../db/schema/index.js';
import { projectPath } from '../../config/paths.js';
import type { TLegalForm } from '../../domain/funding/types.js';
import { loadFundingGeography } from './check-calls.js';
import { importIncentivi } from './import-incentivi.js';

/** The real snapshot shipped with the demo (resources/funding/README.md). */
export const DEMO_SNAPSHOT_FILE = 'incentivi-gov-it-2025-07-12.json';

/**
 * What the demo businesses tell the funding finder. The agriturismo leaves its turnover out,
 * so a newcomer sees a "da verificare" that names the missing fact.
 */
export const DEMO_FUNDING_FACTS: Record<string, { atecoCode: string; annualTurnoverEur: number | null; balanceSheetEur: number | null; foundedOn: string; legalForm: TLegalForm }> = {
  'Caseificio Cascina Esempio (demo)': { atecoCode: '10.51.20', annualTurnoverEur: 640_000, balanceSheetEur: 410_000, foundedOn: '1998-03-02', legalForm: 'snc' },
  'Calzature Esempio (demo)': { atecoCode: '47.72.10', annualTurnoverEur: 185_000, balanceSheetEur: 90_000, foundedOn: '2011-09-15', legalForm: 'ditta_individuale' },
  'Panificio Esempio (demo)': { atecoCode: '10.71.10', annualTurnoverEur: 420_000, balanceSheetEur: 260_000, foundedOn: '2004-05-10', legalForm: 'srl' },
  'Agriturismo Esempio (demo)': { atecoCode: '55.20.52', annualTurnoverEur: null, balanceSheetEur: null, foundedOn: '2019-04-01', legalForm: 'ditta_individuale' },
};

/**
 * Loads the real Incentivi.gov.it snapshot into the catalogue once (a later start finds its
 * import and skips it), and gives the demo businesses the facts the finder asks for, where
 * nobody has written them yet.
 */
export async function seedDemoFunding(db: TDb): Promise<void> {
  const [done] = await db
    .select({ id: fundingImport.id })
    .from(fundingImport)
    .where(and(eq(fundingImport.source, 'incentivi'), eq(fundingImport.fileName, DEMO_SNAPSHOT_FILE)))
    .limit(1);
  if (!done) {
    const text = await fs.readFile(projectPath('resources', 'funding', DEMO_SNAPSHOT_FILE), 'utf8');
    const { comuni } = await loadFundingGeography();
    const result = await importIncentivi(db, text, { comuni, fileName: DEMO_SNAPSHOT_FILE });
    if (!result.ok) throw new Error(`demo funding snapshot refused: ${result.problems.slice(0, 3).join('; ')}`);
  }
  for (const [name, facts] of Object.entries(DEMO_FUNDING_FACTS)) {
    await db
      .update(business)
      .set(facts)
      .where(and(eq(business.name, name), isNull(business.atecoCode)));
  }
}
