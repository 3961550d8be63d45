import { z } from 'zod';
import { sendEachNotificationMails } from '../services/community/notify/send-mails.js';
import { defineTask } from './define-task.js';

export const COMMUNITY_MAIL_TASK = 'community-mail';

/** Every two minutes: the community notifications of people who want each one by mail. */
export const communityMailTask = defineTask({
  name: COMMUNITY_MAIL_TASK,
  payload: z.looseObject({}),
  async run(_payload, deps) {
    const sent = await sendEachNotificationMails(deps);
    if (sent > 0) deps.logger.info({ sent }, 'community mails');
  },
});
