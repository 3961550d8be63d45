/**
 * EXPLAIN (ANALYZE, BUFFERS) of the funnel's one statement for the sportello with most
 * businesses: read from the kept journeys (funnelFor) and aggregated live from the step tables
 * (funnelLiveFor, as before migration 0021), with the load average beside each. Read only.
 *
 *   DATABASE_URL=postgres://…/generated npx tsx bench/insights/explain.ts [by] [--plan]
 *
 * `by`: none (default), area, angel, sector; `--plan` prints the whole plans, else their last lines.
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';
import { periodBounds } from '../../src/domain/insights/period.js';
import type { TFunnelBreakdown } from '../../src/domain/insights/types.js';
import { funnelStatement, type TCasesSource } from '../../src/services/insights/funnel-aggregate.js';
import { journeyCases } from '../../src/services/insights/funnel.js';
import { liveCases } from '../../src/services/insights/funnel-live.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const by = (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'none') as TFunnelBreakdown;
const whole = process.argv.includes('--plan');
const TO = process.env.BENCH_TO ?? '2026-12-01';
const FROM = new Date(Date.parse(`${TO}T12:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);

const database = openDatabase(url, { max: 1 });
try {
  const top = (await database.pool.query<{ id: string; name: string }>(
    'select s.id, s.name from business b join sportello s on s.id = b.sportello_id group by s.id, s.name order by count(*) desc limit 1',
  )).rows[0]!;
  const { start, end } = periodBounds({ from: FROM, to: TO });
  const scope = { kind: 'sportello' as const, sportelloId: top.id, name: top.name };
  const sources: [string, TCasesSource][] = [['kept journeys (funnelFor)', journeyCases], ['live (funnelLiveFor, before 0021)', liveCases]];
  for (const [label, cases] of sources) {
    for (const round of ['first', 'second']) {
      const plan = await database.db.transaction(async (tx) => {
        await tx.execute(sql`set local jit = off`); // as funnelFor runs it (aggregateFunnel)
        await tx.execute(sql`set local work_mem = '32MB'`);
        return tx.execute<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) ${funnelStatement(scope, start, end, by, cases)}`);
      });
      const lines = plan.rows.map((r) => r['QUERY PLAN']);
      console.log(`\n== ${label}, ${top.name}, by ${by}, ${round} run, load ${os.loadavg()[0]!.toFixed(1)}`);
      console.log((whole ? lines : [lines[0]!, ...lines.filter((l) => /Buffers|Execution Time|Planning Time/.test(l) && !l.startsWith(' '.repeat(8)))]).join('\n'));
    }
  }
} finally {
  await database.close();
}
