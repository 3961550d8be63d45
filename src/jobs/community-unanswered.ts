import { z } from 'zod';
import { advanceUnansweredQuestions } from '../services/community/notify/unanswered-sweep.js';
import { defineTask } from './define-task.js';

export const COMMUNITY_UNANSWERED_TASK = 'community-unanswered';

/** Every quarter of an hour: the 48-hour rule (offer, hold, escalation) moves one step. */
export const communityUnansweredTask = defineTask({
  name: COMMUNITY_UNANSWERED_TASK,
  payload: z.looseObject({}),
  async run(_payload, deps) {
    const steps = await advanceUnansweredQuestions(deps.db, new Date());
    if (Object.values(steps).some((n) => n > 0)) deps.logger.info({ steps }, 'unanswered questions');
  },
});
