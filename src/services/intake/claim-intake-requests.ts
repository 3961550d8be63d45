import { and, eq, exists, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, businessMember, intakeRequest, user } from '../../db/schema/index.js';
import type { TLocale } from '../../shared/locale.js';
import { defaultBusinessName } from './submit-intake.js';

/**
 * Gives a person the ascolto requests they sent "with an account" before they had
 * one: once their e-mail is verified (magic link), each unclaimed request with that
 * e-mail becomes their business. A request a coordinator already turned into a business
 * (the inbox, either contact kind) makes them a member of that business instead. Merged
 * duplicates are skipped. Safe to call on every visit.
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
            .where(and(eq(intakeRequest.contactEmail, sql`lower(${user.email})`), claimable())),
        ),
      ),
    );
  if (!me) return 0;
  return db.transaction(async (tx) => {
    const open = await tx
      .select()
      .from(intakeRequest)
      .where(and(eq(intakeRequest.contactEmail, me.email.toLowerCase()), claimable()))
      .for('update', { skipLocked: true });
    for (const request of open) {
      if (request.businessId) {
        await tx.insert(businessMember).values({ businessId: request.businessId, userId }).onConflictDoNothing();
        await tx.update(intakeRequest).set({ userId }).where(eq(intakeRequest.id, request.id));
        continue;
      }
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

/** Not yet anyone's; sent with an account, or turned into a business by the sportello; not merged away. */
function claimable() {
  return and(isNull(intakeRequest.userId), isNull(intakeRequest.mergedIntoId), or(eq(intakeRequest.contactKind, 'account'), isNotNull(intakeRequest.businessId)));
}
