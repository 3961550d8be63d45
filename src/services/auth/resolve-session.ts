import type { TDb } from '../../db/client.js';
import { namedQuery } from '../../db/named-query.js';
import type { TActor, TSportelloRole } from '../../domain/network/actor.js';
import type { TAuth } from './auth.js';
import { readCookie, verifySignedCookie } from './signed-cookie.js';

export interface TResolvedSession {
  actor: TActor;
  /** The saved language of the account. */
  locale: string;
}

interface TSessionActorRow {
  expires_at: Date;
  user_id: string;
  is_admin: boolean;
  locale: string;
  memberships: { sportelloId: string; role: TSportelloRole; canAuthor: boolean }[];
  business_ids: string[];
  assigned_business_ids: string[];
}

// The session by its token and everything the policy needs about its user, in one round trip.
const SESSION_ACTOR = {
  name: 'affianco_session_actor',
  text: `select s.expires_at, u.id as user_id, u.is_admin, u.locale,
      coalesce((select json_agg(json_build_object('sportelloId', m.sportello_id, 'role', m.role, 'canAuthor', m.can_author))
                from membership m where m.user_id = u.id), '[]'::json) as memberships,
      array(select bm.business_id::text from business_member bm where bm.user_id = u.id) as business_ids,
      array(select a.business_id::text from assignment a where a.angel_user_id = u.id and a.ended_at is null) as assigned_business_ids
    from session s join "user" u on u.id = s.user_id
    where s.token = $1`,
};

/**
 * The signed-in person behind a request's cookies, or null: the session is read from the
 * database on every request, so a signed-out session or a removed membership counts at once,
 * on every instance, with nothing cached to invalidate.
 *
 * It reads what better-auth's getSession reads (our settings: sessions in PostgreSQL, no cookie
 * cache) and decides the same way: the signed session cookie, the session row and its
 * `expiresAt`. better-auth alone writes sessions: when the session has expired (it deletes it)
 * or is due for its daily extension (`updateAge`, unless "don't remember me"), this asks
 * better-auth's getSession to do what it does, and the answer follows it.
 *
 * @example const found = await resolveSession(db, auth, c.req.header('cookie'));
 */
export async function resolveSession(db: TDb, auth: TAuth, headers: Headers): Promise<TResolvedSession | null> {
  const cookieHeader = headers.get('cookie');
  if (!cookieHeader) return null;
  const context = await auth.$context;
  const token = verifySignedCookie(readCookie(cookieHeader, context.authCookies.sessionToken.name), context.secret);
  if (!token) return null;
  const { rows } = await namedQuery<TSessionActorRow>(db, SESSION_ACTOR, [token]);
  const row = rows[0];
  if (!row) return null;

  const now = Date.now();
  const { expiresIn, updateAge } = context.sessionConfig;
  const isExpired = row.expires_at.getTime() < now;
  const isDueForRefresh = row.expires_at.getTime() - expiresIn * 1000 + updateAge * 1000 <= now;
  const isRemembered = !verifySignedCookie(readCookie(cookieHeader, context.authCookies.dontRememberToken.name), context.secret);
  if (isExpired || (isDueForRefresh && isRemembered)) {
    // Rare (once a day per session at most): better-auth deletes or extends the session.
    const found = await auth.api.getSession({ headers });
    if (!found) return null;
  }
  return {
    actor: {
      userId: row.user_id,
      isAdmin: row.is_admin,
      memberships: row.memberships,
      businessIds: row.business_ids,
      assignedBusinessIds: row.assigned_business_ids,
    },
    locale: row.locale,
  };
}
