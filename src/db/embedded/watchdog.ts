import { isProcessAlive } from './process.js';
import { startEmbeddedPostgres, type TEmbeddedOptions, type TEmbeddedServer } from './supervisor.js';

/**
 * Restarts the embedded server if it dies under the running app (out of memory,
 * someone killed it), on the same port so open pools reconnect by themselves.
 */
export function superviseEmbedded(first: TEmbeddedServer, options: TEmbeddedOptions, intervalMs = 500) {
  let current = first;
  let restarting = false;
  const timer = setInterval(async () => {
    if (restarting || !current.isOwned || isProcessAlive(current.pid)) return;
    restarting = true;
    options.log?.(`embedded PostgreSQL (pid ${current.pid}) stopped unexpectedly; restarting`);
    try {
      current = await startEmbeddedPostgres({ ...options, port: current.port });
    } catch (err) {
      options.log?.(`restart failed: ${(err as Error).message}`);
    } finally {
      restarting = false;
    }
  }, intervalMs);
  timer.unref();
  return {
    current: () => current,
    stop: () => clearInterval(timer),
  };
}
