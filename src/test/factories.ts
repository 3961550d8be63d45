import crypto from 'node:crypto';
import type { TDb } from '../db/client.js';
import { businessMember, business, membership, sportello, sportelloProvince } from '../db/schema/index.js';
import { createUserWithPassword } from '../services/auth/create-user.js';
import { ensureNetwork } from '../services/network/ensure-network.js';

export const TEST_PASSWORD = 'password-di-prova-123';

/** A user with a unique e-mail; pass `isAdmin` for a network admin. */
export async function makeUser(db: TDb, overrides: { email?: string; name?: string; isAdmin?: boolean } = {}) {
  const email = overrides.email ?? `u-${crypto.randomBytes(4).toString('hex')}@example.test`;
  const { id } = await createUserWithPassword(db, { email, name: overrides.name ?? 'Persona di prova', password: TEST_PASSWORD, isAdmin: overrides.isAdmin });
  return { id, email };
}

/** A sportello serving the given provinces (ISTAT codes). */
export async function makeSportello(db: TDb, provinces: string[] = []) {
  const networkId = await ensureNetwork(db);
  const slug = `s-${crypto.randomBytes(4).toString('hex')}`;
  const [row] = await db.insert(sportello).values({ networkId, slug, name: `Sportello ${slug}` }).returning();
  if (provinces.length) await db.insert(sportelloProvince).values(provinces.map((provinceCode) => ({ sportelloId: row!.id, networkId, provinceCode })));
  return row!;
}

export async function addMember(db: TDb, userId: string, sportelloId: string, role: 'coordinator' | 'angel') {
  const [row] = await db.insert(membership).values({ userId, sportelloId, role }).returning();
  return row!;
}

/** A business in a comune, owned by `ownerId`, attached to `sportelloId` as routing would. */
export async function makeBusiness(db: TDb, ownerId: string, sportelloId: string | null, comuneIstat = '015146') {
  const [row] = await db.insert(business).values({ name: 'Bottega di prova', comuneIstat, sportelloId }).returning();
  await db.insert(businessMember).values({ businessId: row!.id, userId: ownerId });
  return row!;
}
