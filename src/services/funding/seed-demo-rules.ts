import { and, eq, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingCall, fundingRule } from '../../db/schema/index.js';
import type { TCuratedRule } from '../../domain/funding/types.js';

/**
 * National curated rules for three real calls of the snapshot, found by their title, each from
 * what the call's own page (the record's `Link_istituzionale`) says:
 * - Beni Strumentali – Nuova Sabatini (ID 52, MIMIT): for micro, small and medium businesses (PMI);
 * - Fondo di Garanzia per le PMI (ID 148, MIMIT): for PMI (and professionals);
 * - Nuovo Fondo Piccolo Credito, Lazio (ID 3494, Lazio Innova): for PMI and professionals.
 * PMI means fewer than 250 persons employed (EU Recommendation 2003/361), hence at most 249.
 */
const DEMO_RULES: ReadonlyArray<{ title: string; rules: ReadonlyArray<Omit<TCuratedRule, 'sourceUrl'>> }> = [
  { title: 'Beni Strumentali - Nuova Sabatini', rules: [{ fact: 'maxEmployees', value: 249 }] },
  { title: 'Fondo di Garanzia per le Piccole e Medie Imprese', rules: [{ fact: 'maxEmployees', value: 249 }] },
  { title: 'Avviso Nuovo Fondo Piccolo Credito - Seconda finestra 2024', rules: [{ fact: 'maxEmployees', value: 249 }] },
];

/**
 * Adds the demo's national curated rules to the imported calls that exist, each once (a second
 * run adds nothing); the source link is the call's official page. Returns how many were added.
 *
 * @example await seedDemoFundingRules(db); // 3 the first time, 0 after
 */
export async function seedDemoFundingRules(db: TDb): Promise<number> {
  let added = 0;
  for (const entry of DEMO_RULES) {
    const [call] = await db
      .select({ id: fundingCall.id, link: sql<string | null>`${fundingCall.call}->>'link'` })
      .from(fundingCall)
      .where(and(eq(fundingCall.source, 'incentivi'), eq(fundingCall.title, entry.title)));
    if (!call?.link?.startsWith('https://')) continue;
    const existing = await db
      .select({ rule: fundingRule.rule })
      .from(fundingRule)
      .where(and(eq(fundingRule.callId, call.id), isNull(fundingRule.sportelloId)));
    for (const partial of entry.rules) {
      if (existing.some((r) => (r.rule as TCuratedRule).fact === partial.fact)) continue;
      const rule = { ...partial, sourceUrl: call.link } as TCuratedRule;
      await db.insert(fundingRule).values({ callId: call.id, sportelloId: null, rule, sourceUrl: call.link });
      added += 1;
    }
  }
  return added;
}
