import { z } from 'zod';
import { FUNDING_INVITATION_TASK, sendFundingInvitation } from '../services/funding/invite-businesses.js';
import { defineTask } from './define-task.js';

/** A coordinator invited a business to look at a call: the mail to its people (queued with the invitation). */
export const fundingInvitationMailTask = defineTask({
  name: FUNDING_INVITATION_TASK,
  payload: z.object({ callId: z.uuid(), businessId: z.uuid() }),
  async run(payload, deps) {
    const outcome = await sendFundingInvitation(deps, payload);
    deps.logger.info({ ...payload, outcome }, 'funding invitation');
  },
});
