import { z } from 'zod';
import { sendFundingDigests } from '../services/funding/mail/send-digests.js';
import { defineTask } from './define-task.js';

export const FUNDING_DIGEST_TASK = 'funding-digest';

/** Monday morning: each entrepreneur's new calls that fit, once per week. */
export const fundingDigestTask = defineTask({
  name: FUNDING_DIGEST_TASK,
  payload: z.looseObject({ day: z.iso.date().optional() }),
  async run(payload, deps) {
    const day = payload.day ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    const sent = await sendFundingDigests(deps, day);
    deps.logger.info({ day, sent }, 'funding digests');
  },
});
