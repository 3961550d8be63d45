import crypto from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { invitation, membership, sportello, user } from '../../db/schema/index.js';
import type { TSportelloRole } from '../../domain/network/actor.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import type { TMailer } from '../mail/mailer.js';
import { invitationMail } from '../mail/templates.js';

const VALID_DAYS = 7;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function listPendingInvitations(db: TDb, sportelloId: string, now = new Date()) {
  return db
    .select({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, createdAt: invitation.createdAt })
    .from(invitation)
    .where(and(eq(invitation.sportelloId, sportelloId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, now)))
    .orderBy(desc(invitation.createdAt));
}

/**
 * Invites someone by e-mail to a role in a sportello. The token travels only in the
 * mail; we keep its hash. The row is written only if the mail could be handed over.
 */
export async function createInvitation(
  deps: { db: TDb; mailer: TMailer; baseUrl: string },
  input: { sportelloId: string; email: string; role: TSportelloRole; invitedBy: string; locale: TLocale },
) {
  const email = input.email.trim().toLowerCase();
  const token = crypto.randomBytes(32).toString('base64url');
  return deps.db.transaction(async (tx) => {
    const [desk] = await tx.select({ name: sportello.name }).from(sportello).where(eq(sportello.id, input.sportelloId));
    if (!desk) throw new AppError('resource.not_found', 404);
    const [existing] = await tx
      .select({ id: membership.id })
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .where(and(eq(membership.sportelloId, input.sportelloId), eq(membership.role, input.role), eq(user.email, email)));
    if (existing) throw new AppError('network.already_member', 409, [{ field: 'email', message: email }]);
    const [inviter] = await tx.select({ name: user.name }).from(user).where(eq(user.id, input.invitedBy));
    const [created] = await tx
      .insert(invitation)
      .values({
        sportelloId: input.sportelloId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: input.invitedBy,
        expiresAt: new Date(Date.now() + VALID_DAYS * 86_400_000),
      })
      .returning({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, createdAt: invitation.createdAt });
    const url = `${deps.baseUrl}/invito/${token}`;
    await deps.mailer.send(invitationMail(email, url, { sportelloName: desk.name, role: input.role, inviterName: inviter?.name || 'Affianco' }, input.locale));
    return created!;
  });
}

export async function revokeInvitation(db: TDb, sportelloId: string, invitationId: string): Promise<void> {
  const rows = await db
    .update(invitation)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitation.id, invitationId), eq(invitation.sportelloId, sportelloId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .returning({ id: invitation.id });
  if (rows.length === 0) throw new AppError('resource.not_found', 404);
}

/** An open invitation by its token, or the invitation_invalid error. */
export async function findOpenInvitation(db: TDb, token: string, now = new Date()) {
  const [row] = await db
    .select({ id: invitation.id, sportelloId: invitation.sportelloId, sportelloName: sportello.name, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt })
    .from(invitation)
    .innerJoin(sportello, eq(sportello.id, invitation.sportelloId))
    .where(and(eq(invitation.tokenHash, hashToken(token)), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, now)));
  if (!row) throw new AppError('network.invitation_invalid', 404);
  return row;
}

/** Accepts an invitation for the signed-in user, whose e-mail must be the invited one. */
export async function acceptInvitation(db: TDb, token: string, userId: string) {
  return db.transaction(async (tx) => {
    const open = await findOpenInvitation(tx as unknown as TDb, token);
    const [me] = await tx.select({ email: user.email }).from(user).where(eq(user.id, userId));
    if (!me || me.email.toLowerCase() !== open.email) throw new AppError('network.invitation_other_email', 403);
    const claimed = await tx
      .update(invitation)
      .set({ acceptedAt: new Date(), acceptedBy: userId })
      .where(and(eq(invitation.id, open.id), isNull(invitation.acceptedAt)))
      .returning({ id: invitation.id });
    if (claimed.length === 0) throw new AppError('network.invitation_invalid', 404);
    await tx.insert(membership).values({ userId, sportelloId: open.sportelloId, role: open.role }).onConflictDoNothing();
    return { sportelloId: open.sportelloId };
  });
}
