import { and, eq, exists, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, businessMember, intakeRequest, user } from '../../db/schema/index.js';
import type { TLocale } from '../../shared/locale.js';
import { defaultBusinessName } from './submit-intake.js';

/**
 * Gives a person the ascolto requests they sent "with an account" before they had
 * one: once their e-mail is verified (magic link), each unclaimed request with that
 * e-mail becomes their business. Safe to call on every visit.
 */
export async function claimIntakeRequests(db: TDb, userId: string): Promise<number> {
  // Almost every call finds nothing to claim: one read decides, and only a claim opens a transaction.
  const [me] = await db
    .select({ email: user.email })
    .from(user)
    .where(
      and(
        eq(user.id, userId),
        eq(user.emailVerified, true),
        exists(
          db
            .select({ one: sql`1` })
            .from(intakeRequest)
            .where(and(eq(intakeRequest.contactEmail, sql`lower(${user.email})`), eq(intakeRequest.contactKind, 'account'), isNull(intakeRequest.userId))),
        ),
      ),
    );
  if (!me) return 0;
  return db.transaction(async (tx) => {
    const open = await tx
      .select()
      .from(intakeRequest)
      .where(and(eq(intakeRequest.contactEmail, me.email.toLowerCase()), eq(intakeRequest.contactKind, 'account'), isNull(intakeRequest.userId)))
      .for('update', { skipLocked: true });
    for (const request of open) {
      const [created] = await tx
        .insert(business)
        .values({
          name: request.businessName || defaultBusinessName(request.locale as TLocale),
          comuneIstat: request.comuneIstat,
          sportelloId: request.sportelloId,
          atecoDivision: request.atecoDivision,
          employees: request.employees,
        })
        .returning({ id: business.id });
      await tx.insert(businessMember).values({ businessId: created!.id, userId });
      await tx.update(intakeRequest).set({ userId, businessId: created!.id }).where(eq(intakeRequest.id, request.id));
    }
    return open.length;
  });
}
