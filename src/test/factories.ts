import crypto from 'node:crypto';
import type { TDb } from '../db/client.js';
import { eq } from 'drizzle-orm';
import { angelProfile, availabilityRule, businessMember, business, comune, membership, sportello, sportelloProvince } from '../db/schema/index.js';
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

/**
 * A qualified angel of a sportello, based in a comune, free Monday to Sunday 9:00–18:00
 * (Europe/Rome), with the skills and sectors given.
 */
export async function makeAngel(
  db: TDb,
  sportelloId: string,
  overrides: Partial<{ comuneIstat: string; skills: string[]; sectors: string[]; radiusKm: number; modes: string[]; capacity: number; languages: string[]; email: string }> = {},
) {
  const person = await makeUser(db, { email: overrides.email, name: 'Angela Prova' });
  const comuneIstat = overrides.comuneIstat ?? '015146';
  const [place] = await db.select({ lat: comune.lat, lon: comune.lon }).from(comune).where(eq(comune.istat, comuneIstat));
  await db.insert(angelProfile).values({
    userId: person.id,
    sportelloId,
    status: 'qualified',
    skills: overrides.skills ?? ['marketing', 'communication'],
    sectors: overrides.sectors ?? ['10', '47'],
    baseComuneIstat: comuneIstat,
    lat: place!.lat,
    lon: place!.lon,
    radiusKm: overrides.radiusKm ?? 50,
    modes: overrides.modes ?? ['in_person', 'remote'],
    languages: overrides.languages ?? ['it'],
    capacity: overrides.capacity ?? 5,
    presentation: 'Aiuto le piccole imprese a vendere meglio, con pazienza.',
  });
  await db.insert(membership).values({ userId: person.id, sportelloId, role: 'angel' }).onConflictDoNothing();
  await db.insert(availabilityRule).values([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ angelUserId: person.id, weekday, startMinute: 9 * 60, endMinute: 18 * 60 })));
  return person;
}
