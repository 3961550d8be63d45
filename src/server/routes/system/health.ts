import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { TAppEnv } from '../../context.js';

/** Liveness (the process serves) and readiness (the database answers), for supervisors and load balancers. */
export function healthRoutes() {
  return new Hono<TAppEnv>()
    .get('/live', (c) => c.json({ status: 'ok' }))
    .get('/ready', async (c) => {
      try {
        await c.get('deps').db.execute(sql`select 1`);
        return c.json({ status: 'ok' });
      } catch {
        return c.json({ status: 'unavailable' }, 503);
      }
    });
}
