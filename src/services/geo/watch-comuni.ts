import pg from 'pg';
import type { Logger } from 'pino';
import type { TDb } from '../../db/client.js';
import { COMUNI_CHANGED_CHANNEL, reloadComuneIndex } from './comune-search.js';

/**
 * Keeps this process's comune index in step with the database: an ISTAT import
 * run by the CLI or by another instance sends a NOTIFY, and we rebuild. The
 * listening connection is re-opened if it drops.
 */
export function watchComuniChanges(url: string, db: TDb, logger: Logger): { stop(): Promise<void> } {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', () => {
      reloadComuneIndex(db).then(
        () => logger.info('comune index reloaded after an import'),
        (err: Error) => logger.error({ err }, 'comune index reload failed'),
      );
    });
    next.on('error', () => {
      if (stopped) return;
      void next.end().catch(() => {});
      retry = setTimeout(() => void connect().catch(() => {}), 5000);
      retry.unref();
    });
    await next.connect();
    await next.query(`listen ${COMUNI_CHANGED_CHANNEL}`);
    client = next;
  };
  void connect().catch((err: Error) => logger.warn({ err }, 'could not listen for comune changes'));

  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
