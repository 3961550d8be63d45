import { z } from 'zod';
import { sendDueActionDigests } from '../services/plans/send-digests.js';
import { defineTask } from './define-task.js';

export const PLAN_DIGEST_TASK = 'plan-digest';

/** Every morning: one mail per person with their plan actions due soon or overdue. */
export const planDigestTask = defineTask({
  name: PLAN_DIGEST_TASK,
  // graphile-worker's cron adds `_cron` with the scheduled time.
  payload: z.looseObject({ day: z.iso.date().optional() }),
  async run(payload, deps) {
    const day = payload.day ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const sent = await sendDueActionDigests(deps, day);
    deps.logger.info({ day, sent }, 'plan digests');
  },
});
