import type { MiddlewareHandler } from 'hono';
import { resolveSession } from '../../services/auth/resolve-session.js';
import type { TAppEnv } from '../context.js';
import { applyUserLocale } from './locale.js';

/** Resolves the session cookie into an actor for the policy (one query); visitors get null. */
export function session(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    const { auth, db } = c.get('deps');
    if (c.req.header('cookie')?.includes('better-auth')) {
      const found = await resolveSession(db, auth, c.req.raw.headers);
      if (found) {
        c.set('actor', found.actor);
        applyUserLocale(found.locale, (l) => c.set('locale', l));
      }
    }
    await next();
  };
}
