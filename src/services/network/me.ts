import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { namedQuery } from '../../db/named-query.js';
import { user } from '../../db/schema/index.js';
import type { TSportelloRole } from '../../domain/network/actor.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';

// The account, its roles and its businesses in one round trip: /api/me is read on every page.
const ME = {
  name: 'affianco_me',
  text: `select u.id, u.name, u.email, u.locale, u.is_admin as "isAdmin",
      coalesce((select json_agg(json_build_object('id', m.id, 'sportelloId', m.sportello_id, 'sportelloName', s.name, 'role', m.role) order by s.name)
                from membership m join sportello s on s.id = m.sportello_id where m.user_id = u.id), '[]'::json) as memberships,
      coalesce((select json_agg(json_build_object('id', b.id, 'name', b.name, 'comuneName', c.name, 'sportelloName', sp.name) order by b.name)
                from business_member bm join business b on b.id = bm.business_id join comune c on c.istat = b.comune_istat
                left join sportello sp on sp.id = b.sportello_id
                where bm.user_id = u.id), '[]'::json) as businesses
    from "user" u where u.id = $1`,
};

interface TMeRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  isAdmin: boolean;
  memberships: { id: string; sportelloId: string; sportelloName: string; role: TSportelloRole }[];
  businesses: { id: string; name: string; comuneName: string; sportelloName: string | null }[];
}

/** The signed-in person's account with roles and businesses. */
export async function getMe(db: TDb, userId: string) {
  const { rows } = await namedQuery<TMeRow>(db, ME, [userId]);
  const me = rows[0];
  if (!me) throw new AppError('auth.required', 401);
  const { memberships, businesses, ...account } = me;
  return { user: { ...account, locale: account.locale as TLocale }, memberships, businesses };
}

export async function updateMe(db: TDb, userId: string, input: { name?: string; locale?: TLocale }) {
  const patch: Partial<typeof user.$inferInsert> = { updatedAt: new Date() };
  if (input.name !== undefined) patch.name = input.name;
  if (input.locale !== undefined) patch.locale = input.locale;
  await db.update(user).set(patch).where(eq(user.id, userId));
  return getMe(db, userId);
}
