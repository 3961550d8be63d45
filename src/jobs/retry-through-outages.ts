// graphile-worker keeps its table of retryable errors here; the package has no exports map.
import * as graphileLib from 'graphile-worker/dist/lib.js';

/**
 * graphile-worker retries its own bookkeeping (marking a job done or failed) only on
 * serialization errors, a server still starting, and network timeouts. A restart's
 * "terminating connection" (57P01) or a refused connection while the server is down
 * fail at once, and the job stays locked for four hours: a reminder taken just before
 * an outage would then never be sent. These errors get the same patient retry
 * (at most about ten minutes) as "the database is starting up".
 */
export function retryJobQueueThroughOutages(): void {
  const table = (graphileLib as unknown as { RETRYABLE_ERROR_CODES?: Record<string, { minDelay: number; maxDelay: number }> }).RETRYABLE_ERROR_CODES;
  if (!table) throw new Error('graphile-worker no longer exposes RETRYABLE_ERROR_CODES: check src/jobs/retry-through-outages.ts');
  const patient = { minDelay: 500, maxDelay: 5000 };
  for (const code of ['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']) {
    table[code] ??= patient;
  }
  table['57P03'] = patient;
}
