import { z } from 'zod';
import { sendFundingAlerts } from '../services/funding/mail/send-alerts.js';
import { defineTask } from './define-task.js';

export const FUNDING_ALERTS_TASK = 'funding-alerts';

/** Every morning: the followed calls that open today, or close in 14 or 3 days. */
export const fundingAlertsTask = defineTask({
  name: FUNDING_ALERTS_TASK,
  // graphile-worker's cron adds `_cron` with the scheduled time.
  payload: z.looseObject({ day: z.iso.date().optional() }),
  async run(payload, deps) {
    const day = payload.day ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const sent = await sendFundingAlerts(deps, day);
    deps.logger.info({ day, sent }, 'funding alerts');
  },
});
