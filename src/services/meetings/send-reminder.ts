import { and, eq, isNull } from 'drizzle-orm';
import { meeting } from '../../db/schema/index.js';
import { loadMeetingContext } from './meeting-context.js';
import { meetingMails } from './meeting-mails.js';
import type { TMeetingDeps } from './meetings.js';

/**
 * Sends the day-before reminder of a meeting once. The claim (reminder_sent_at)
 * is taken before sending, so a second worker or a retried job finds it taken; if
 * the mail fails the claim is released and the job retries.
 */
export async function sendMeetingReminder(deps: TMeetingDeps, meetingId: string): Promise<'sent' | 'skipped'> {
  const claimed = await deps.db
    .update(meeting)
    .set({ reminderSentAt: new Date() })
    .where(and(eq(meeting.id, meetingId), eq(meeting.status, 'booked'), isNull(meeting.reminderSentAt)))
    .returning({ id: meeting.id });
  if (claimed.length === 0) return 'skipped';
  try {
    const context = await loadMeetingContext(deps.db, meetingId);
    for (const mail of meetingMails('reminder', context, deps.baseUrl)) await deps.mailer.send(mail);
    return 'sent';
  } catch (err) {
    await deps.db.update(meeting).set({ reminderSentAt: null }).where(eq(meeting.id, meetingId));
    throw err;
  }
}
