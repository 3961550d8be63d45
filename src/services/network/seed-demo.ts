import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, membership, sportello, sportelloProvince } from '../../db/schema/index.js';
import { createUserWithPassword } from '../auth/create-user.js';
import { createBusiness } from './businesses.js';
import { DEMO_ADMIN, DEMO_BUSINESSES, DEMO_MEMBERS, DEMO_PASSWORD, DEMO_SPORTELLI } from './demo-data.js';
import { ensureNetwork } from './ensure-network.js';

/**
 * Puts the demo network in place. Each item is found by its natural key (slug,
 * e-mail, name) before it is created, so running it again adds only what is missing.
 */
export async function seedDemo(db: TDb, onStep: (label: string) => void = () => {}): Promise<void> {
  const networkId = await ensureNetwork(db);
  const sportelloIds = new Map<string, string>();
  for (const desk of DEMO_SPORTELLI) {
    await db
      .insert(sportello)
      .values({ networkId, slug: desk.slug, name: desk.name, email: desk.email, phone: desk.phone, address: desk.address })
      .onConflictDoNothing();
    const [row] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, desk.slug));
    sportelloIds.set(desk.slug, row!.id);
    await db
      .insert(sportelloProvince)
      .values(desk.provinces.map((provinceCode) => ({ sportelloId: row!.id, networkId, provinceCode })))
      .onConflictDoNothing();
    onStep(desk.name);
  }

  await createUserWithPassword(db, { ...DEMO_ADMIN, password: DEMO_PASSWORD, isAdmin: true });
  onStep(DEMO_ADMIN.email);
  for (const member of DEMO_MEMBERS) {
    const { id } = await createUserWithPassword(db, { email: member.email, name: member.name, password: DEMO_PASSWORD });
    await db.insert(membership).values({ userId: id, sportelloId: sportelloIds.get(member.sportello)!, role: member.role }).onConflictDoNothing();
    onStep(member.email);
  }

  for (const item of DEMO_BUSINESSES) {
    const { id: ownerId } = await createUserWithPassword(db, { email: item.owner, name: item.ownerName, password: DEMO_PASSWORD });
    const [existing] = await db.select({ id: business.id }).from(business).where(eq(business.name, item.name));
    if (!existing) await createBusiness(db, ownerId, { name: item.name, comuneIstat: item.comune, atecoDivision: item.ateco, employees: item.employees });
    onStep(item.name);
  }
}

/** How many steps `seedDemo` reports, for progress bars. */
export const DEMO_STEPS = DEMO_SPORTELLI.length + 1 + DEMO_MEMBERS.length + DEMO_BUSINESSES.length;
