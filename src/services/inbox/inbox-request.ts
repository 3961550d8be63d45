import { and, asc, desc, eq, gte, inArray, lte, ne } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, intakeNote, intakeRequest, intakeTransfer, sportello, user } from '../../db/schema/index.js';
import { DUPLICATE_WINDOW_DAYS, likelyDuplicates } from '../../domain/inbox/duplicates.js';
import { telLink, whatsappLink } from '../../domain/inbox/status.js';
import { AppError } from '../../shared/errors.js';
import { listInbox } from './list-inbox.js';

/** The request's sportello, checked before anything else is read (a missing request answers 404). */
export async function inboxRequestScope(db: TDb, id: string): Promise<{ id: string; sportelloId: string | null }> {
  const [row] = await db.select({ id: intakeRequest.id, sportelloId: intakeRequest.sportelloId }).from(intakeRequest).where(eq(intakeRequest.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

const DAY = 86_400_000;

/**
 * One request as the coordinator works it: the list row (status, waiting, angel, transfer),
 * its text and areas, the call-back links, notes, transfers, merges and likely duplicates.
 */
export async function readInboxRequest(db: TDb, id: string, now = new Date()) {
  const [request] = await db
    .select({
      id: intakeRequest.id,
      sportelloId: intakeRequest.sportelloId,
      createdAt: intakeRequest.createdAt,
      text: intakeRequest.text,
      proposedAreas: intakeRequest.proposedAreas,
      atecoDivision: intakeRequest.atecoDivision,
      employees: intakeRequest.employees,
      archiveReason: intakeRequest.archiveReason,
      mergedIntoId: intakeRequest.mergedIntoId,
      closedAt: intakeRequest.closedAt,
      contactEmail: intakeRequest.contactEmail,
      contactPhone: intakeRequest.contactPhone,
      businessName: intakeRequest.businessName,
      comuneName: comune.name,
    })
    .from(intakeRequest)
    .innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat))
    .where(eq(intakeRequest.id, id));
  if (!request) throw new AppError('resource.not_found', 404);
  const row = await rowOf(db, request.sportelloId, id, now);
  const [notes, transfers, merged, duplicates] = await Promise.all([
    db
      .select({ id: intakeNote.id, text: intakeNote.text, createdAt: intakeNote.createdAt, authorName: user.name })
      .from(intakeNote)
      .leftJoin(user, eq(user.id, intakeNote.authorUserId))
      .where(eq(intakeNote.requestId, id))
      .orderBy(asc(intakeNote.createdAt)),
    db
      .select({ id: intakeTransfer.id, reason: intakeTransfer.reason, createdAt: intakeTransfer.createdAt, fromSportelloId: intakeTransfer.fromSportelloId, toSportelloId: intakeTransfer.toSportelloId, byName: user.name })
      .from(intakeTransfer)
      .leftJoin(user, eq(user.id, intakeTransfer.byUserId))
      .where(eq(intakeTransfer.requestId, id))
      .orderBy(asc(intakeTransfer.createdAt)),
    db.select({ id: intakeRequest.id, createdAt: intakeRequest.createdAt }).from(intakeRequest).where(eq(intakeRequest.mergedIntoId, id)).orderBy(asc(intakeRequest.createdAt)),
    request.sportelloId ? duplicatesOf(db, { ...request, sportelloId: request.sportelloId }) : Promise.resolve([]),
  ]);
  const names = await sportelloNames(db, transfers.flatMap((t) => [t.fromSportelloId, t.toSportelloId]));
  return {
    ...row,
    text: request.text,
    proposedAreas: request.proposedAreas as { area: string; score: number; evidence: string[] }[],
    atecoDivision: request.atecoDivision,
    employees: request.employees,
    archiveReason: request.archiveReason,
    mergedIntoId: request.mergedIntoId,
    closedAt: request.closedAt?.toISOString() ?? null,
    links: { tel: telLink(request.contactPhone), whatsapp: whatsappLink(request.contactPhone), mail: request.contactEmail ? `mailto:${request.contactEmail}` : null },
    notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), authorName: n.authorName ?? null })),
    transfers: transfers.map((t) => ({
      id: t.id,
      reason: t.reason,
      createdAt: t.createdAt.toISOString(),
      byName: t.byName ?? null,
      fromSportelloName: t.fromSportelloId ? (names.get(t.fromSportelloId) ?? null) : null,
      toSportelloName: t.toSportelloId ? (names.get(t.toSportelloId) ?? null) : null,
    })),
    mergedRequests: merged.map((m) => ({ id: m.id, createdAt: m.createdAt.toISOString() })),
    duplicates,
  };
}

/** The list's row for one request (same status rules as the list). */
async function rowOf(db: TDb, sportelloId: string | null, id: string, now: Date) {
  if (sportelloId) {
    const page = await listInboxOne(db, sportelloId, id, now);
    if (page) return page;
  }
  throw new AppError('resource.not_found', 404);
}

async function listInboxOne(db: TDb, sportelloId: string, id: string, now: Date) {
  const page = await listInbox(db, sportelloId, { status: 'all', id, limit: 1 }, now);
  return page.items[0] ?? null;
}

async function sportelloNames(db: TDb, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: sportello.id, name: sportello.name }).from(sportello).where(inArray(sportello.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Other open requests of the same sportello that are likely the same story: same phone,
 * e-mail or business name within 30 days either side (src/domain/inbox/duplicates.ts decides).
 * One index range on (sportello_id, created_at).
 */
async function duplicatesOf(db: TDb, request: { id: string; sportelloId: string; createdAt: Date; contactEmail: string | null; contactPhone: string | null; businessName: string | null }) {
  const window = DUPLICATE_WINDOW_DAYS * DAY;
  const near = await db
    .select({ id: intakeRequest.id, createdAt: intakeRequest.createdAt, contactEmail: intakeRequest.contactEmail, contactPhone: intakeRequest.contactPhone, businessName: intakeRequest.businessName, contactName: intakeRequest.contactName, comuneName: comune.name })
    .from(intakeRequest)
    .innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat))
    .where(
      and(
        eq(intakeRequest.sportelloId, request.sportelloId),
        ne(intakeRequest.id, request.id),
        ne(intakeRequest.status, 'closed'),
        gte(intakeRequest.createdAt, new Date(request.createdAt.getTime() - window)),
        lte(intakeRequest.createdAt, new Date(request.createdAt.getTime() + window)),
      ),
    )
    .orderBy(desc(intakeRequest.createdAt))
    .limit(2000);
  const out: { id: string; createdAt: string; contactName: string | null; businessName: string | null; comuneName: string; reasons: string[] }[] = [];
  for (const other of near) {
    // Pairwise, so each neighbour is judged against this request alone.
    const [pair] = likelyDuplicates([request, other]);
    if (pair) out.push({ id: other.id, createdAt: other.createdAt.toISOString(), contactName: other.contactName, businessName: other.businessName, comuneName: other.comuneName, reasons: pair.reasons });
  }
  return out;
}

