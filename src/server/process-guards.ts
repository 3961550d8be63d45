import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../services/system/db.js';

/**
 * The last line of defence: a database connection error that some client let escape
 * (an 'error' event nobody listens to, a rejected promise nobody awaits) is logged and
 * the process goes on serving; requests meanwhile answer 503 and the pool reconnects.
 * Any other uncaught error still ends the process, as it may have left it in a bad state.
 */
export function guardProcessAgainstDatabaseErrors(logger: Logger): void {
  process.on('uncaughtException', (err) => {
    if (isDatabaseUnavailable(err)) {
      logger.warn({ err }, 'a database connection error escaped its client; still serving');
      return;
    }
    logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      logger.warn({ err: reason }, 'a database connection error was not awaited; still serving');
      return;
    }
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
}
