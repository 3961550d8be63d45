import { Logger as GraphileLogger, run, type Runner, type TaskList } from 'graphile-worker';
import { COMMUNITY_DIGEST_TASK, communityDigestTask } from './community-digest.js';
import { COMMUNITY_MAIL_TASK, communityMailTask } from './community-mail.js';
import { COMMUNITY_UNANSWERED_TASK, communityUnansweredTask } from './community-unanswered.js';
import type { TJobDeps } from './deps.js';
import { FUNDING_ALERTS_TASK, fundingAlertsTask } from './funding-alerts.js';
import { FUNDING_DIGEST_TASK, fundingDigestTask } from './funding-digest.js';
import { fundingInvitationMailTask } from './funding-invitation-mail.js';
import { meetingReminderTask } from './meeting-reminder.js';
import { PLAN_DIGEST_TASK, planDigestTask } from './plan-digest.js';
import { retryJobQueueThroughOutages } from './retry-through-outages.js';
import { PRUNE_WRITE_COUNTERS_TASK, pruneWriteCountersTask } from './prune-write-counters.js';

// Every task, by name: a task missing here is never run, so they are listed, not discovered.
const TASKS = [meetingReminderTask, planDigestTask, pruneWriteCountersTask, communityMailTask, communityDigestTask, communityUnansweredTask, fundingAlertsTask, fundingDigestTask, fundingInvitationMailTask];

/**
 * 05:30 UTC: 06:30 or 07:30 in Italy, before the shop opens; the counters at 03:15 UTC, when
 * nobody writes. graphile-worker runs each tick once across instances. Community mails every
 * two minutes, the community digest at 06:00 UTC (07:00 or 08:00 in Italy), the 48-hour rule
 * every quarter of an hour. Funding alerts at 06:15 UTC daily, the funding digest on Mondays at
 * 06:45 UTC.
 */
const CRONTAB = [
  `30 5 * * * ${PLAN_DIGEST_TASK}`,
  `15 3 * * * ${PRUNE_WRITE_COUNTERS_TASK}`,
  `*/2 * * * * ${COMMUNITY_MAIL_TASK}`,
  `0 6 * * * ${COMMUNITY_DIGEST_TASK}`,
  `*/15 * * * * ${COMMUNITY_UNANSWERED_TASK}`,
  `15 6 * * * ${FUNDING_ALERTS_TASK}`,
  `45 6 * * 1 ${FUNDING_DIGEST_TASK}`,
].join('\n');

/**
 * Runs the durable job queue (graphile-worker, on the app's own PostgreSQL) inside
 * this app instance. Several instances may run it: each job is taken by one.
 *
 * @example const jobs = await startJobRunner(url, deps); ... await jobs.stop();
 */
export async function startJobRunner(connectionString: string, deps: TJobDeps, options: { pollInterval?: number } = {}): Promise<{ stop(): Promise<void> }> {
  retryJobQueueThroughOutages();
  const taskList: TaskList = Object.fromEntries(TASKS.map((t) => [t.name, t.toGraphile(deps)]));
  const logger = new GraphileLogger(() => (level, message, meta) => {
    if (level === 'error') deps.logger.error({ component: 'jobs', meta }, message);
    else if (level === 'warning') deps.logger.warn({ component: 'jobs', meta }, message);
    else deps.logger.debug({ component: 'jobs', meta }, message);
  });
  const runner: Runner = await run({
    connectionString,
    taskList,
    concurrency: 2,
    maxPoolSize: 4,
    noHandleSignals: true,
    crontab: CRONTAB,
    pollInterval: options.pollInterval ?? 2000,
    logger,
  });
  return { stop: () => runner.stop() };
}
