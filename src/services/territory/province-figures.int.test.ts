import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { angelProfile, assignment, business, intakeRequest } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../../test/factories.js';
import { provinceFigures, type TProvinceFigures } from './province-figures.js';

let t: TTestDatabase;
let rows: TProvinceFigures[];
let lodiShopId: string;
let milanoAngelId: string;
let milanoDesk: string;

async function request(comuneIstat: string, status: 'new' | 'in_progress' | 'closed' = 'new') {
  await t.db.insert(intakeRequest).values({ comuneIstat, text: 'Vorrei vendere online.', proposedAreas: [], chosenAreas: [], contactKind: 'callback', consentVersion: 'v1', consentAcceptedAt: new Date(), status });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const milano = await makeSportello(t.db, ['015', '098']);
  const roma = await makeSportello(t.db, ['058', '059']);
  const owner = await makeUser(t.db);
  // Roma: a near angel with room, a wide one who is full, a wide one who meets only remotely.
  const near = await makeAngel(t.db, roma.id, { comuneIstat: '058091', modes: ['in_person'], radiusKm: 10, capacity: 3 });
  const wideFull = await makeAngel(t.db, roma.id, { comuneIstat: '058091', modes: ['in_person', 'remote'], radiusKm: 80, capacity: 1 });
  await makeAngel(t.db, roma.id, { comuneIstat: '058091', modes: ['remote'], radiusKm: 80, capacity: 2 });
  // Forlì: a paused angel and one not yet qualified, neither counted anywhere.
  const paused = await makeAngel(t.db, milano.id, { comuneIstat: '040012', radiusKm: 100 });
  const applied = await makeAngel(t.db, milano.id, { comuneIstat: '040012', radiusKm: 100 });
  await t.db.update(angelProfile).set({ isPaused: true }).where(eq(angelProfile.userId, paused.id));
  await t.db.update(angelProfile).set({ status: 'applied' }).where(eq(angelProfile.userId, applied.id));
  const milanoAngel = await makeAngel(t.db, milano.id, { comuneIstat: '015146', radiusKm: 40, capacity: 4 });
  // A Milano business followed by two angels at once, and one based in Lodi.
  const twice = await makeBusiness(t.db, owner.id, milano.id, '015146');
  const lodi = await makeBusiness(t.db, owner.id, milano.id, '098031');
  lodiShopId = lodi.id;
  milanoAngelId = milanoAngel.id;
  milanoDesk = milano.id;
  const romaShop = await makeBusiness(t.db, owner.id, roma.id, '058091');
  await t.db.insert(assignment).values([
    { businessId: twice.id, angelUserId: milanoAngel.id, sportelloId: milano.id },
    { businessId: twice.id, angelUserId: near.id, sportelloId: milano.id },
    { businessId: lodi.id, angelUserId: milanoAngel.id, sportelloId: milano.id },
    { businessId: romaShop.id, angelUserId: wideFull.id, sportelloId: roma.id },
    { businessId: romaShop.id, angelUserId: near.id, sportelloId: roma.id, endedAt: new Date() },
  ]);
  await request('058091'); // Roma: the near angel reaches it
  await request('059011'); // Latina, ~58 km: only the full angel would
  await request('059011', 'in_progress');
  await request('059011', 'closed');
  await request('040012'); // Forlì: its angels do not count
  await request('098031'); // Lodi, ~24 km from Milano
  rows = await provinceFigures(t.db);
});
afterAll(() => t.drop());

const pick = (code: string) => rows.find((r) => r.code === code);

describe('provinceFigures', () => {
  it('counts a business followed twice once, where the business is', () => {
    expect(pick('015')).toMatchObject({ accompanied: 1, angels: 1, freeCapacity: 2 });
    expect(pick('098')).toMatchObject({ accompanied: 1, angels: 0, openRequests: 1, unservedInPerson: 0 });
  });

  it('reaches in person only with angels who meet in person and have a free place', () => {
    // The near angel follows one business (the ended assignment frees its place): 2 of 3 free.
    expect(pick('058')).toMatchObject({ accompanied: 1, angels: 3, freeCapacity: 2 + 0 + 2, openRequests: 1, unservedInPerson: 0 });
    expect(pick('059')).toMatchObject({ openRequests: 2, unservedInPerson: 2 });
  });

  it('leaves paused and unqualified angels out', () => {
    expect(pick('040')).toMatchObject({ sportelloId: null, angels: 0, freeCapacity: 0, openRequests: 1, unservedInPerson: 1 });
  });

  it('gives every province, sorted by code, zero where nothing happens', () => {
    expect(rows.length).toBeGreaterThanOrEqual(107);
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
    expect(pick('001')).toMatchObject({ openRequests: 0, accompanied: 0, angels: 0, freeCapacity: 0, unservedInPerson: 0 });
  });
});

describe('the comune each assignment carries', () => {
  const comuneOf = async (businessId: string) =>
    (await t.db.select({ comune: assignment.businessComuneIstat }).from(assignment).where(eq(assignment.businessId, businessId))).map((r) => r.comune);

  it('is copied from the business on insert and follows the business when it moves', async () => {
    expect(await comuneOf(lodiShopId)).toEqual(['098031']);
    await t.db.update(business).set({ comuneIstat: '015146' }).where(eq(business.id, lodiShopId));
    expect(await comuneOf(lodiShopId)).toEqual(['015146']);
    const moved = await provinceFigures(t.db);
    expect(moved.find((r) => r.code === '098')).toMatchObject({ accompanied: 0 });
    expect(moved.find((r) => r.code === '015')).toMatchObject({ accompanied: 2 });
    await t.db.update(business).set({ comuneIstat: '098031' }).where(eq(business.id, lodiShopId));
  });

  it('is the new comune when an assignment is made while the business is moving', async () => {
    const owner = await makeUser(t.db);
    const shop = await makeBusiness(t.db, owner.id, milanoDesk, '098031');
    const [mover, assigner] = [await t.pool.connect(), await t.pool.connect()];
    try {
      await mover.query('begin');
      await mover.query(`update business set comune_istat = '015146' where id = $1`, [shop.id]);
      // Waits for the move: the trigger reads the business FOR SHARE.
      const inserting = assigner.query(`insert into assignment (business_id, angel_user_id, sportello_id) values ($1, $2, $3)`, [shop.id, milanoAngelId, milanoDesk]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await mover.query('commit');
      await inserting;
    } finally {
      mover.release();
      assigner.release();
    }
    expect(await comuneOf(shop.id)).toEqual(['015146']);
    await t.db.delete(assignment).where(eq(assignment.businessId, shop.id));
  });

  it('cannot be set apart from the business by hand on insert', async () => {
    const owner = await makeUser(t.db);
    const shop = await makeBusiness(t.db, owner.id, milanoDesk, '098031');
    await t.db.insert(assignment).values({ businessId: shop.id, angelUserId: milanoAngelId, sportelloId: milanoDesk, businessComuneIstat: '058091' });
    expect(await comuneOf(shop.id)).toEqual(['098031']);
    expect((await provinceFigures(t.db)).find((r) => r.code === '098')).toMatchObject({ accompanied: 2 });
  });
});
