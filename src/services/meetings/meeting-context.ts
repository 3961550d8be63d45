import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelProfile, business, businessMember, meeting, user } from '../../db/schema/index.js';
import { isLocale, type TLocale } from '../../shared/locale.js';
import { AppError } from '../../shared/errors.js';

export interface TPerson {
  id: string;
  name: string;
  email: string;
  locale: TLocale;
}

/** A meeting with the people on both sides, for the policy, the mails and the calendar file. */
export async function loadMeetingContext(db: TDb, meetingId: string) {
  const [row] = await db
    .select({ meeting, businessName: business.name, whatsappPhone: angelProfile.whatsappPhone, isWhatsappAllowed: angelProfile.isWhatsappAllowed })
    .from(meeting)
    .innerJoin(business, eq(business.id, meeting.businessId))
    .leftJoin(angelProfile, eq(angelProfile.userId, meeting.angelUserId))
    .where(eq(meeting.id, meetingId));
  if (!row) throw new AppError('resource.not_found', 404);
  const person = { id: user.id, name: user.name, email: user.email, locale: user.locale };
  const [angel] = await db.select(person).from(user).where(eq(user.id, row.meeting.angelUserId));
  const owners = await db.select(person).from(businessMember).innerJoin(user, eq(user.id, businessMember.userId)).where(eq(businessMember.businessId, row.meeting.businessId));
  const asPerson = (p: { id: string; name: string; email: string; locale: string }): TPerson => ({ ...p, locale: isLocale(p.locale) ? p.locale : 'it' });
  return {
    meeting: row.meeting,
    businessName: row.businessName,
    angel: asPerson(angel!),
    owners: owners.map(asPerson),
    whatsapp: row.isWhatsappAllowed && row.whatsappPhone ? row.whatsappPhone : null,
  };
}

export type TMeetingContext = Awaited<ReturnType<typeof loadMeetingContext>>;
