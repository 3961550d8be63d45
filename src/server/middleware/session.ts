import type { MiddlewareHandler } from 'hono';
import { loadActor } from '../../services/network/load-actor.js';
import type { TAppEnv } from '../context.js';
import { applyUserLocale } from './locale.js';

/** Resolves the better-auth session into an actor for the policy; visitors get null. */
export function session(): MiddlewareHandler<TAppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    const { auth, db } = c.get('deps');
    if (c.req.header('cookie')?.includes('better-auth')) {
      const found = await auth.api.getSession({ headers: c.req.raw.headers });
      if (found) {
        c.set('actor', await loadActor(db, found.user.id));
        applyUserLocale(String((found.user as { locale?: string }).locale ?? ''), (l) => c.set('locale', l));
      }
    }
    await next();
  };
}
