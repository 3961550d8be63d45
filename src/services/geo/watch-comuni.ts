import type { Logger } from 'pino';
import type { TDb } from '../../db/client.js';
import { listenForever } from '../../db/listen.js';
import { COMUNI_CHANGED_CHANNEL, reloadComuneIndex } from './comune-search.js';

/**
 * Keeps this process's comune index in step with the database: an ISTAT import
 * run by the CLI or by another instance sends a NOTIFY, and we rebuild. After a
 * database outage the subscription comes back by itself and the index is reloaded,
 * since an import announced meanwhile was not heard.
 */
export function watchComuniChanges(url: string, db: TDb, logger: Logger): { stop(): Promise<void>; ready: Promise<void> } {
  const reload = (why: string) =>
    reloadComuneIndex(db).then(
      () => logger.info(`comune index reloaded ${why}`),
      (err: Error) => logger.error({ err }, 'comune index reload failed'),
    );
  const listener = listenForever({
    url,
    channel: COMUNI_CHANGED_CHANNEL,
    onNotify: () => void reload('after an import'),
    onResubscribed: () => void reload('after the database came back'),
    log: (message, err) => logger.warn({ err, component: 'comuni-watch' }, message),
  });
  return { ready: listener.ready, stop: () => listener.stop() };
}
