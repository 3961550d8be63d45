import { and, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, intakeNote, intakeRequest, intakeTransfer, sportello } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { defaultBusinessName } from '../intake/submit-intake.js';
import type { TMailer } from '../mail/mailer.js';
import { ensureAssignment } from '../matching/assignments.js';
import { businessOpenedMail } from './inbox-mail.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** The request, locked for this change; every action reads and writes it in one transaction. */
async function lock(tx: TTx, id: string) {
  const [row] = await tx.select().from(intakeRequest).where(eq(intakeRequest.id, id)).for('update');
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

function requireOpen(row: { status: string }) {
  if (row.status === 'closed') throw new AppError('inbox.request_closed', 409);
}

/** A first answer from the coordinator: the request is theirs (presa in carico). */
const taken = (by: string, row: { status: string; takenBy: string | null; takenAt: Date | null }) =>
  row.status === 'new' || !row.takenBy ? { status: 'in_progress' as const, takenBy: by, takenAt: row.takenAt ?? new Date() } : {};

/** Takes the request in charge; taking it again makes it this coordinator's. */
export async function takeRequest(db: TDb, id: string, by: string) {
  await db.transaction(async (tx) => {
    const row = await lock(tx, id);
    requireOpen(row);
    await tx.update(intakeRequest).set({ status: 'in_progress', takenBy: by, takenAt: new Date() }).where(eq(intakeRequest.id, id));
  });
}

export async function addNote(db: TDb, id: string, by: string, text: string) {
  return db.transaction(async (tx) => {
    await lock(tx, id);
    const [note] = await tx.insert(intakeNote).values({ requestId: id, authorUserId: by, text }).returning({ id: intakeNote.id });
    return note!;
  });
}

/** Concluded: the request had its answer. */
export async function concludeRequest(db: TDb, id: string, by: string) {
  await db.transaction(async (tx) => {
    const row = await lock(tx, id);
    requireOpen(row);
    await tx.update(intakeRequest).set({ status: 'closed', closedAt: new Date(), closedBy: by }).where(eq(intakeRequest.id, id));
  });
}

/** Archived: set aside without an outcome, with the reason. */
export async function archiveRequest(db: TDb, id: string, by: string, reason: string) {
  await db.transaction(async (tx) => {
    const row = await lock(tx, id);
    requireOpen(row);
    const now = new Date();
    await tx.update(intakeRequest).set({ status: 'closed', closedAt: now, closedBy: by, archivedAt: now, archiveReason: reason }).where(eq(intakeRequest.id, id));
  });
}

/** Back to work: taken again if someone had taken it, new otherwise; a merged one is unlinked. */
export async function reopenRequest(db: TDb, id: string) {
  await db.transaction(async (tx) => {
    const row = await lock(tx, id);
    if (row.status !== 'closed') throw new AppError('inbox.request_open', 409);
    await tx
      .update(intakeRequest)
      .set({ status: row.takenBy ? 'in_progress' : 'new', closedAt: null, closedBy: null, archivedAt: null, archiveReason: null, mergedIntoId: null })
      .where(eq(intakeRequest.id, id));
  });
}

/**
 * Turns an ascolto into a business from what the request says (name, comune, sector, size:
 * nothing typed twice) and links it. With an e-mail, the entrepreneur gets a mail to sign in;
 * on their first verified sign-in with that address the business becomes theirs
 * (claimIntakeRequests). The mail goes inside the transaction: if it cannot be handed over,
 * nothing is stored.
 */
export async function turnIntoBusiness(deps: { db: TDb; mailer: TMailer; baseUrl: string }, id: string, by: string) {
  return deps.db.transaction(async (tx) => {
    const row = await lock(tx, id);
    requireOpen(row);
    if (row.businessId) throw new AppError('inbox.already_business', 409);
    const [created] = await tx
      .insert(business)
      .values({
        name: row.businessName || defaultBusinessName(row.locale as TLocale),
        comuneIstat: row.comuneIstat,
        sportelloId: row.sportelloId,
        atecoDivision: row.atecoDivision,
        employees: row.employees,
      })
      .returning({ id: business.id, name: business.name });
    await tx.update(intakeRequest).set({ businessId: created!.id, ...taken(by, row) }).where(eq(intakeRequest.id, id));
    let invited = false;
    if (row.contactEmail && !row.userId) {
      const [desk] = await tx.select({ name: sportello.name }).from(sportello).where(eq(sportello.id, row.sportelloId!));
      await deps.mailer.send(businessOpenedMail(row.contactEmail, { businessName: created!.name, sportelloName: desk?.name ?? 'Affianco', url: `${deps.baseUrl}/accedi` }, row.locale as TLocale));
      invited = true;
    }
    return { businessId: created!.id, invited };
  });
}

/**
 * Assigns one angel to the request's business through the same path as the coordinator page
 * (ensureAssignment: capacity and availability checked under a lock), and takes the request.
 */
export async function assignAngel(db: TDb, id: string, by: string, angelUserId: string, reason: string | null) {
  const [row] = await db.select().from(intakeRequest).where(eq(intakeRequest.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  requireOpen(row);
  if (!row.businessId) throw new AppError('inbox.no_business', 409);
  await ensureAssignment(db, row.businessId, angelUserId, by, reason);
  const patch = taken(by, row);
  if (Object.keys(patch).length > 0) await db.update(intakeRequest).set(patch).where(and(eq(intakeRequest.id, id), sql`${intakeRequest.status} <> 'closed'`));
}

/**
 * Passes the request to another sportello with a reason the receiving one reads; there it is
 * new again. A request that became a business stays (its business and angel belong here).
 */
export async function transferRequest(db: TDb, id: string, by: string, toSportelloId: string, reason: string) {
  await db.transaction(async (tx) => {
    const row = await lock(tx, id);
    requireOpen(row);
    if (row.sportelloId === toSportelloId) throw new AppError('inbox.same_sportello', 422, [{ field: 'toSportelloId', message: toSportelloId }]);
    if (row.businessId) throw new AppError('inbox.transfer_has_business', 409);
    const [target] = await tx.select({ id: sportello.id }).from(sportello).where(eq(sportello.id, toSportelloId));
    if (!target) throw new AppError('request.invalid', 422, [{ field: 'toSportelloId', message: toSportelloId }]);
    await tx.insert(intakeTransfer).values({ requestId: id, fromSportelloId: row.sportelloId, toSportelloId, byUserId: by, reason });
    await tx.update(intakeRequest).set({ sportelloId: toSportelloId, status: 'new', takenBy: null, takenAt: null }).where(eq(intakeRequest.id, id));
  });
}

/**
 * Merges two requests of one sportello told twice: the older is kept, the later is archived as
 * a duplicate and linked to it (`merged_into_id`); a business the later one had moves over if
 * the older has none. Returns the kept id.
 */
export async function mergeRequests(db: TDb, id: string, otherId: string, by: string) {
  if (id === otherId) throw new AppError('inbox.merge_self', 422, [{ field: 'otherId', message: otherId }]);
  return db.transaction(async (tx) => {
    // Both locked in one order, so two merges of the same pair cannot deadlock.
    const [first, second] = [id, otherId].sort();
    const a = await lock(tx, first!);
    const b = await lock(tx, second!);
    if (a.sportelloId !== b.sportelloId) throw new AppError('resource.not_found', 404);
    requireOpen(a);
    requireOpen(b);
    const [keep, drop] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
    const now = new Date();
    await tx
      .update(intakeRequest)
      .set({ status: 'closed', closedAt: now, closedBy: by, archivedAt: now, archiveReason: 'duplicate', mergedIntoId: keep.id, ...(keep.businessId ? {} : { businessId: null }) })
      .where(eq(intakeRequest.id, drop.id));
    if (!keep.businessId && drop.businessId) await tx.update(intakeRequest).set({ businessId: drop.businessId }).where(eq(intakeRequest.id, keep.id));
    return { keptId: keep.id, mergedId: drop.id };
  });
}
