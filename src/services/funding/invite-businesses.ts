import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { TDb } from '../../db/client.js';
import { fundingInvitation } from '../../db/schema/index.js';
import { formatDay } from '../../shared/funding-messages.js';
import type { TInvitationOutcome } from '../../shared/funding-coord-messages.js';
import { isLocale, type TLocale } from '../../shared/locale.js';
import type { TMailer, TOutgoingMail } from '../mail/mailer.js';
import { enqueueJob } from '../system/job-queue.js';
import { qualifyingBusinesses } from './qualifying-businesses.js';

/** The background task that mails one invitation to the business's people. */
export const FUNDING_INVITATION_TASK = 'funding-invitation-mail';

export interface TInvitationResult {
  businessId: string;
  outcome: TInvitationOutcome;
}

/**
 * Invites some of the sportello's businesses to look at a call they qualify for: one
 * `funding_invitation` a business and call (a second time answers `already_invited`, "già
 * invitato"), and the mail queued in the same transaction (graphile-worker), so a rolled-back
 * invitation sends nothing and a queued one is sent once, whatever instance takes it.
 * Businesses that do not qualify, or that nobody can be mailed at, are reported, not invited.
 *
 * @example const results = await inviteBusinesses(db, { sportelloId, callId, businessIds, by: userId });
 */
export async function inviteBusinesses(
  db: TDb,
  options: { sportelloId: string; callId: string; businessIds: readonly string[]; by: string; today?: Date | string },
): Promise<TInvitationResult[]> {
  const ids = [...new Set(options.businessIds)];
  const qualifying = new Map(
    (await qualifyingBusinesses(db, { sportelloId: options.sportelloId, callId: options.callId, locale: 'it', today: options.today, businessIds: ids })).map((b) => [b.id, b]),
  );
  return db.transaction(async (tx) => {
    const results: TInvitationResult[] = [];
    for (const businessId of ids) {
      const business = qualifying.get(businessId);
      if (!business) {
        results.push({ businessId, outcome: 'not_qualifying' });
        continue;
      }
      if (!business.hasContact) {
        results.push({ businessId, outcome: 'no_email' });
        continue;
      }
      const inserted = await tx
        .insert(fundingInvitation)
        .values({ callId: options.callId, businessId, sentBy: options.by })
        .onConflictDoNothing()
        .returning({ businessId: fundingInvitation.businessId });
      if (!inserted.length) {
        results.push({ businessId, outcome: 'already_invited' });
        continue;
      }
      await enqueueJob(tx, FUNDING_INVITATION_TASK, { callId: options.callId, businessId }, { jobKey: `funding-invitation:${options.callId}:${businessId}` });
      results.push({ businessId, outcome: 'invited' });
    }
    return results;
  });
}

/** The invitation mail, in the person's language: which call, who invites, where to read it. */
export function fundingInvitationMail(
  to: string,
  details: { sportelloName: string; businessName: string; callTitle: string; closesDay: string | null; url: string },
  locale: TLocale,
): TOutgoingMail {
  const { sportelloName, businessName, callTitle, closesDay, url } = details;
  if (locale === 'en') {
    const when = closesDay ? `It closes on ${formatDay(closesDay, 'en')}.\n\n` : '';
    return {
      to,
      subject: `A call for ${businessName}: ${callTitle}`,
      text: `Hello,\n\n${sportelloName} thinks ${businessName} may apply for this call:\n\n${callTitle}\n\n${when}Read what it offers and what you need to check:\n\n${url}\n\nIf you want help with the application, answer this e-mail or write to your sportello.\n\nAffianco`,
    };
  }
  const when = closesDay ? `Chiude il ${formatDay(closesDay, 'it')}.\n\n` : '';
  return {
    to,
    subject: `Un bando per ${businessName}: ${callTitle}`,
    text: `Ciao,\n\nlo ${sportelloName} pensa che ${businessName} possa partecipare a questo bando:\n\n${callTitle}\n\n${when}Leggi cosa offre e cosa devi verificare:\n\n${url}\n\nSe vuoi una mano con la domanda, rispondi a questa e-mail o scrivi al tuo sportello.\n\nAffianco`,
  };
}

/**
 * Mails one invitation to each person of the business (the job's work). A call or business
 * removed meanwhile, or an invitation withdrawn, sends nothing.
 *
 * @example await sendFundingInvitation({ db, mailer, logger, baseUrl }, { callId, businessId }); // 'sent'
 */
export async function sendFundingInvitation(
  deps: { db: TDb; mailer: TMailer; logger: Logger; baseUrl: string },
  payload: { callId: string; businessId: string },
): Promise<'sent' | 'skipped'> {
  // One row a person of the business, with the call and the names the mail says.
  const people = await deps.db.execute<{ email: string; locale: string | null; business_name: string; sportello_name: string | null; title: string; slug: string; closes_day: string | null }>(sql`
    select u.email, u.locale, b.name as business_name, s.name as sportello_name, c.title, c.slug, c.closes_day::text as closes_day
    from funding_invitation i
    join funding_call c on c.id = i.call_id
    join business b on b.id = i.business_id
    join business_member m on m.business_id = b.id
    join "user" u on u.id = m.user_id
    left join sportello s on s.id = b.sportello_id
    where i.call_id = ${payload.callId} and i.business_id = ${payload.businessId}`);
  if (!people.rows.length) return 'skipped';
  for (const person of people.rows) {
    if (!person.email) continue;
    const url = `${deps.baseUrl.replace(/\/$/, '')}/bandi/${person.slug}`;
    const locale = isLocale(person.locale) ? person.locale : 'it';
    const details = { sportelloName: person.sportello_name ?? 'sportello Affianco', businessName: person.business_name, callTitle: person.title, closesDay: person.closes_day, url };
    await deps.mailer.send(fundingInvitationMail(person.email, details, locale));
  }
  return 'sent';
}
