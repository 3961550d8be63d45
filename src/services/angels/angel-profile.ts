import crypto from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelCv, angelProfile, assignment, comune, membership, sportelloProvince, user } from '../../db/schema/index.js';
import { routeToSportello } from '../../domain/network/routing.js';
import type { TArea } from '../../shared/areas.js';
import { AppError } from '../../shared/errors.js';
import { refreshAngel } from '../matching/angel-index.js';
import { notifyAngelChanged } from './angel-changes.js';

export interface TAngelProfileInput {
  skills: TArea[];
  sectors: string[];
  baseComuneIstat: string;
  radiusKm: number;
  modes: ('in_person' | 'remote')[];
  languages: string[];
  capacity: number;
  presentation: string;
  whatsappPhone?: string | null;
  isWhatsappAllowed?: boolean;
}

export interface TCvUpload {
  fileName: string;
  bytes: Buffer;
}

export const MAX_CV_BYTES = 5 * 1024 * 1024;

/** A CV must really be a PDF (its first bytes, not its name) and at most 5 MB. */
export function checkCv(cv: TCvUpload): void {
  if (cv.bytes.length > MAX_CV_BYTES) throw new AppError('angel.cv_too_large', 413, [{ field: 'cv', message: String(cv.bytes.length) }]);
  if (cv.bytes.length < 8 || cv.bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('angel.cv_not_pdf', 422, [{ field: 'cv', message: cv.fileName }]);
}

async function placeOf(db: Pick<TDb, 'select'>, istat: string) {
  const [place] = await db.select({ lat: comune.lat, lon: comune.lon, provinceCode: comune.provinceCode }).from(comune).where(eq(comune.istat, istat));
  if (!place) throw new AppError('geo.comune_not_found', 422, [{ field: 'baseComuneIstat', message: istat }]);
  return place;
}

/**
 * The public "Diventa angel" application of a signed-in person: their profile and
 * an optional CV, routed to the sportello that serves their base comune for review.
 */
export async function applyAsAngel(db: TDb, userId: string, input: TAngelProfileInput, cv: TCvUpload | null) {
  if (cv) checkCv(cv);
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ status: angelProfile.status }).from(angelProfile).where(eq(angelProfile.userId, userId)).for('update');
    if (existing && existing.status !== 'rejected') throw new AppError('angel.already_applied', 409);
    const place = await placeOf(tx, input.baseComuneIstat);
    const coverage = await tx.select().from(sportelloProvince).where(eq(sportelloProvince.provinceCode, place.provinceCode));
    const values = {
      ...input,
      whatsappPhone: input.whatsappPhone ?? null,
      isWhatsappAllowed: input.isWhatsappAllowed ?? false,
      lat: place.lat,
      lon: place.lon,
      sportelloId: routeToSportello(place.provinceCode, coverage) ?? null,
      status: 'applied' as const,
      decisionReason: null,
      reviewedAt: null,
      reviewedBy: null,
      updatedAt: new Date(),
    };
    if (existing) await tx.update(angelProfile).set(values).where(eq(angelProfile.userId, userId));
    else await tx.insert(angelProfile).values({ userId, ...values });
    if (cv) {
      const row = { fileName: cv.fileName.slice(0, 200), bytes: cv.bytes, size: cv.bytes.length, sha256: crypto.createHash('sha256').update(cv.bytes).digest('hex'), uploadedAt: new Date() };
      await tx.insert(angelCv).values({ userId, ...row }).onConflictDoUpdate({ target: angelCv.userId, set: row });
    }
  });
  return getAngelProfile(db, userId);
}

/** An angel's profile with how many businesses they follow now and whether a CV is on file. */
export async function getAngelProfile(db: TDb, userId: string) {
  const [row] = await db
    .select({ profile: angelProfile, name: user.name, email: user.email, comuneName: comune.name, cvFileName: angelCv.fileName, cvSize: angelCv.size })
    .from(angelProfile)
    .innerJoin(user, eq(user.id, angelProfile.userId))
    .innerJoin(comune, eq(comune.istat, angelProfile.baseComuneIstat))
    .leftJoin(angelCv, eq(angelCv.userId, angelProfile.userId))
    .where(eq(angelProfile.userId, userId));
  if (!row) throw new AppError('resource.not_found', 404);
  const [cases] = await db.select({ n: count() }).from(assignment).where(and(eq(assignment.angelUserId, userId), isNull(assignment.endedAt)));
  return { ...row, activeCases: Number(cases?.n ?? 0) };
}

/** The angel edits their own profile; once qualified, the change is stamped for the coordinator to see. */
export async function updateAngelProfile(db: TDb, userId: string, input: Partial<TAngelProfileInput>) {
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ status: angelProfile.status }).from(angelProfile).where(eq(angelProfile.userId, userId)).for('update');
    if (!current) throw new AppError('resource.not_found', 404);
    const place = input.baseComuneIstat ? await placeOf(tx, input.baseComuneIstat) : undefined;
    const now = new Date();
    await tx
      .update(angelProfile)
      .set({
        ...input,
        ...(place ? { lat: place.lat, lon: place.lon } : {}),
        updatedAt: now,
        ...(current.status === 'qualified' ? { profileChangedAt: now } : {}),
      })
      .where(eq(angelProfile.userId, userId));
    await notifyAngelChanged(tx, userId);
  });
  await refreshAngel(db, userId);
  return getAngelProfile(db, userId);
}

/** Holidays: a paused angel is never matched and keeps everything else. */
export async function setAngelPaused(db: TDb, userId: string, isPaused: boolean) {
  await db.transaction(async (tx) => {
    const rows = await tx.update(angelProfile).set({ isPaused, updatedAt: new Date() }).where(eq(angelProfile.userId, userId)).returning({ id: angelProfile.userId });
    if (rows.length === 0) throw new AppError('resource.not_found', 404);
    await notifyAngelChanged(tx, userId);
  });
  await refreshAngel(db, userId);
  return getAngelProfile(db, userId);
}

/** The people who applied to, or serve as angels in, a sportello. */
export async function listAngelsOfSportello(db: TDb, sportelloId: string) {
  const rows = await db
    .select({
      userId: angelProfile.userId,
      name: user.name,
      email: user.email,
      status: angelProfile.status,
      isPaused: angelProfile.isPaused,
      skills: angelProfile.skills,
      capacity: angelProfile.capacity,
      comuneName: comune.name,
      createdAt: angelProfile.createdAt,
      reviewedAt: angelProfile.reviewedAt,
      profileChangedAt: angelProfile.profileChangedAt,
    })
    .from(angelProfile)
    .innerJoin(user, eq(user.id, angelProfile.userId))
    .innerJoin(comune, eq(comune.istat, angelProfile.baseComuneIstat))
    .where(eq(angelProfile.sportelloId, sportelloId))
    .orderBy(angelProfile.status, user.name);
  const active = await db
    .select({ angelUserId: assignment.angelUserId, n: count() })
    .from(assignment)
    .where(and(eq(assignment.sportelloId, sportelloId), isNull(assignment.endedAt)))
    .groupBy(assignment.angelUserId);
  return rows.map((r) => ({ ...r, activeCases: Number(active.find((a) => a.angelUserId === r.userId)?.n ?? 0) }));
}

export async function getCv(db: TDb, userId: string) {
  const [row] = await db.select().from(angelCv).where(eq(angelCv.userId, userId));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/**
 * A coordinator's decision after review and interview: a qualified angel joins the
 * sportello as an angel and can be matched; either way the applicant is told why by e-mail.
 */
export async function reviewAngel(db: TDb, userId: string, reviewerId: string, input: { decision: 'approve' | 'reject'; reason: string; interviewNotes: string | null }) {
  const person = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(angelProfile).where(eq(angelProfile.userId, userId)).for('update');
    if (!row) throw new AppError('resource.not_found', 404);
    const now = new Date();
    await tx
      .update(angelProfile)
      .set({ status: input.decision === 'approve' ? 'qualified' : 'rejected', decisionReason: input.reason, interviewNotes: input.interviewNotes, reviewedBy: reviewerId, reviewedAt: now, updatedAt: now, profileChangedAt: null })
      .where(eq(angelProfile.userId, userId));
    if (input.decision === 'approve' && row.sportelloId) {
      await tx.insert(membership).values({ userId, sportelloId: row.sportelloId, role: 'angel' }).onConflictDoNothing();
    }
    await notifyAngelChanged(tx, userId);
    const [found] = await tx.select({ email: user.email, name: user.name, locale: user.locale }).from(user).where(eq(user.id, userId));
    return found!;
  });
  await refreshAngel(db, userId);
  return person;
}
