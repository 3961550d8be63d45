import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { comune, province, region } from '../../db/schema/geo.js';
import { istatCsvText } from '../../domain/geo/istat-csv.fixtures.js';
import { startServer, type TRunningServer } from '../../server/start.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { importComuni } from './import-comuni.js';

let t: TTestDatabase;
let server: TRunningServer;
beforeAll(async () => {
  t = await createTestDatabase();
  server = await startServer({ databaseUrl: t.url, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await server.close();
  await t.drop();
});

const search = async (q: string) => ((await (await fetch(`${server.url}/api/comuni?q=${encodeURIComponent(q)}`)).json()) as { items: { istat: string }[] }).items;

describe('comune index across processes', () => {
  it('a running server picks up an import made elsewhere (the CLI) without a restart', async () => {
    expect(await search('borgo esempio')).toEqual([]);
    const rows = await t.db
      .select({ istat: comune.istat, name: comune.name, sigla: province.sigla, provinceName: province.name, regionCode: region.code, regionName: region.name })
      .from(comune)
      .innerJoin(province, eq(province.code, comune.provinceCode))
      .innerJoin(region, eq(region.code, province.regionCode))
      .where(eq(comune.isActive, true));
    const bytes = new Uint8Array(Buffer.from(istatCsvText([...rows, { istat: '098901', name: 'Borgo Esempio', sigla: 'LO', provinceName: 'Lodi', regionCode: '03', regionName: 'Lombardia' }]), 'latin1'));
    // Another connection pool, as the CLI process would have.
    const elsewhere = openDatabase(t.url, { max: 2 });
    try {
      await importComuni(elsewhere.db, bytes);
    } finally {
      await elsewhere.close();
    }
    await expect.poll(async () => (await search('borgo esempio')).map((c) => c.istat), { timeout: 5000 }).toEqual(['098901']);
  });
});
