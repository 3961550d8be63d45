import { verifyPassword } from 'better-auth/crypto';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, business, user } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { matchBusiness } from '../matching/match-business.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  await seedDemo(t.db);
});
afterAll(() => t.drop());

describe('the demo network', () => {
  it('is seeded once however often it runs', async () => {
    expect(await t.db.select().from(user).where(eq(user.email, 'admin@demo.affianco.it'))).toHaveLength(1);
    expect((await t.db.select().from(business)).length).toBe(4);
  });

  it('gives every demo account the demo password, hashed once for all of them', async () => {
    const rows = await t.db.select({ hash: account.password }).from(account).innerJoin(user, eq(user.id, account.userId)).where(like(user.email, '%@demo.affianco.it'));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(1);
    expect(await verifyPassword({ hash: rows[0]!.hash!, password: DEMO_PASSWORD })).toBe(true);
  });

  it('lets the demo dairy meet a nearby angel who knows farming, with free slots', async () => {
    const [dairy] = await t.db.select().from(business).where(eq(business.name, 'Caseificio Cascina Esempio (demo)'));
    const found = await matchBusiness(t.db, dairy!.id, 'it');
    expect(found.scope).toBe('sportello');
    expect(found.items[0]?.angel.name).toBe('Lucia Angel (demo)');
    expect(found.items[0]?.nextSlots.length).toBeGreaterThan(0);
  });
});
