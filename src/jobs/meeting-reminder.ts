import { z } from 'zod';
import { REMINDER_TASK } from '../services/meetings/meetings.js';
import { sendMeetingReminder } from '../services/meetings/send-reminder.js';
import { defineTask } from './define-task.js';

/** The day before a meeting: a reminder to both sides (queued at booking, replaced on change, removed on cancel). */
export const meetingReminderTask = defineTask({
  name: REMINDER_TASK,
  payload: z.object({ meetingId: z.uuid() }),
  async run({ meetingId }, deps) {
    const outcome = await sendMeetingReminder(deps, meetingId);
    deps.logger.info({ meetingId, outcome }, 'meeting reminder');
  },
});
