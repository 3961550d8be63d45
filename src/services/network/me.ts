import { asc, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { membership, sportello, user } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { listBusinessesOfUser } from './businesses.js';

/** The signed-in person's account with roles and businesses. */
export async function getMe(db: TDb, userId: string) {
  const [me] = await db
    .select({ id: user.id, name: user.name, email: user.email, locale: user.locale, isAdmin: user.isAdmin })
    .from(user)
    .where(eq(user.id, userId));
  if (!me) throw new AppError('auth.required', 401);
  const memberships = await db
    .select({ id: membership.id, sportelloId: membership.sportelloId, sportelloName: sportello.name, role: membership.role })
    .from(membership)
    .innerJoin(sportello, eq(sportello.id, membership.sportelloId))
    .where(eq(membership.userId, userId))
    .orderBy(asc(sportello.name));
  const businesses = (await listBusinessesOfUser(db, userId)).map((b) => ({
    id: b.id,
    name: b.name,
    comuneName: b.comuneName,
    sportelloName: b.sportelloName,
  }));
  return { user: { ...me, locale: me.locale as TLocale }, memberships, businesses };
}

export async function updateMe(db: TDb, userId: string, input: { name?: string; locale?: TLocale }) {
  const patch: Partial<typeof user.$inferInsert> = { updatedAt: new Date() };
  if (input.name !== undefined) patch.name = input.name;
  if (input.locale !== undefined) patch.locale = input.locale;
  await db.update(user).set(patch).where(eq(user.id, userId));
  return getMe(db, userId);
}
