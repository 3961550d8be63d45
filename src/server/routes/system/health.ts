import { Hono } from 'hono';
import { databaseAnswers } from '../../../services/system/database-health.js';
import type { TAppEnv } from '../../context.js';
import { RETRY_AFTER_SECONDS } from '../../problem.js';

/** Liveness (the process serves, whatever the database does) and readiness (the database answers), for supervisors and load balancers. */
export function healthRoutes() {
  return new Hono<TAppEnv>()
    .get('/live', (c) => c.json({ status: 'ok' }))
    .get('/ready', async (c) => {
      c.header('cache-control', 'no-store');
      if (await databaseAnswers(c.get('deps').db)) return c.json({ status: 'ok' });
      c.header('retry-after', String(RETRY_AFTER_SECONDS));
      return c.json({ status: 'unavailable' }, 503);
    });
}
