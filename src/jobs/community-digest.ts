import { z } from 'zod';
import { sendDailyDigests } from '../services/community/notify/send-mails.js';
import { defineTask } from './define-task.js';

export const COMMUNITY_DIGEST_TASK = 'community-digest';

/** Every morning: one digest per person who chose a daily summary of the community. */
export const communityDigestTask = defineTask({
  name: COMMUNITY_DIGEST_TASK,
  payload: z.looseObject({}),
  async run(_payload, deps) {
    const sent = await sendDailyDigests(deps);
    deps.logger.info({ sent }, 'community digests');
  },
});
