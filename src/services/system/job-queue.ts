import { sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';

type TExecutor = Pick<TDb, 'execute'>;

/** Every job retries this many times, with graphile-worker's exponential backoff between attempts. */
export const MAX_ATTEMPTS = 8;

/**
 * Queues a background job in the same transaction as the change that needs it
 * (graphile-worker's `add_job`), so a rolled-back booking leaves no reminder
 * behind. A job key replaces an earlier job with the same key (a rescheduled meeting).
 *
 * @example await enqueueJob(tx, 'meeting-reminder', { meetingId }, { runAt, jobKey: `reminder:${meetingId}` });
 */
export async function enqueueJob(db: TExecutor, task: string, payload: object, options: { runAt?: Date; jobKey?: string } = {}): Promise<void> {
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${MAX_ATTEMPTS},
    job_key => ${options.jobKey ?? null},
    job_key_mode => 'replace'
  )`);
}

/** Drops a queued job by key (a cancelled meeting needs no reminder). Nothing happens when none is queued. */
export async function removeJob(db: TExecutor, jobKey: string): Promise<void> {
  await db.execute(sql`select graphile_worker.remove_job(${jobKey})`);
}
