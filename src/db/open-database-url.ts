import type { Logger } from 'pino';
import type { TEnv } from '../config/env.js';
import { startEmbeddedPostgres } from './embedded/supervisor.js';
import { superviseEmbedded } from './embedded/watchdog.js';

export interface TDatabaseTarget {
  url: string;
  isEmbedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded server under DATA_DIR, kept alive by a watchdog. */
export async function openDatabaseUrl(env: Pick<TEnv, 'DATABASE_URL' | 'DATA_DIR' | 'PG_USER'>, logger: Logger): Promise<TDatabaseTarget> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  const log = (message: string) => logger.info({ component: 'embedded-postgres' }, message);
  const server = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, pgUser: env.PG_USER, log });
  const watchdog = superviseEmbedded(server, { dataDir: env.DATA_DIR, pgUser: env.PG_USER, log });
  return {
    url: server.url,
    isEmbedded: true,
    async stop() {
      watchdog.stop();
      await watchdog.current().stop();
    },
  };
}
