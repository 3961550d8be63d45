import { and, desc, eq, lt, ne } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { checkup, region } from '../../db/schema/index.js';
import { compareCheckups, PEER_MIN_GROUP, summarizePeers } from '../../domain/checkup/compare.js';
import type { TCheckupResult } from '../../domain/checkup/score.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { lessonsForPriorities } from '../library/lessons-for-priorities.js';
import { loadCheckup } from './checkups.js';

/**
 * Everything the report shows: the result, the previous check-up of the same
 * business with the change since (T0 → T1), and how similar businesses (same ATECO
 * division and region, their latest check-up) score when at least five exist, and the
 * lessons to start from under each priority, in the reader's language (or Italian).
 *
 * @example (await getCheckupReport(db, id, 'it')).priorityLessons[0]?.lessons[0]?.slug
 */
export async function getCheckupReport(db: TDb, id: string, locale: TLocale = 'it') {
  const { checkup: row, businessName, sportelloId } = await loadCheckup(db, id);
  if (row.status !== 'submitted' || !row.result) throw new AppError('checkup.not_submitted', 409);
  const result = row.result as TCheckupResult;
  // Asked while the rest of the report is read: it depends only on the result.
  const lessons = lessonsForPriorities(db, result, locale, sportelloId);
  // Awaited at the end; a failure before then must not surface as an unhandled rejection.
  lessons.catch(() => undefined);

  const [previous] = await db
    .select()
    .from(checkup)
    .where(and(eq(checkup.businessId, row.businessId), eq(checkup.status, 'submitted'), lt(checkup.round, row.round)))
    .orderBy(desc(checkup.round))
    .limit(1);

  let peers: ReturnType<typeof summarizePeers> = null;
  let regionName: string | null = null;
  if (row.atecoDivision && row.regionCode) {
    // Each other business counts once, with its latest submitted check-up.
    const latest = await db
      .selectDistinctOn([checkup.businessId], { result: checkup.result })
      .from(checkup)
      .where(and(eq(checkup.status, 'submitted'), eq(checkup.atecoDivision, row.atecoDivision), eq(checkup.regionCode, row.regionCode), ne(checkup.businessId, row.businessId)))
      .orderBy(checkup.businessId, desc(checkup.round));
    peers = summarizePeers(latest.map((p) => p.result as TCheckupResult), { minGroup: PEER_MIN_GROUP });
    const [r] = await db.select({ name: region.name }).from(region).where(eq(region.code, row.regionCode));
    regionName = r?.name ?? null;
  }

  const previousResult = previous?.result as TCheckupResult | undefined;
  return {
    checkup: { id: row.id, round: row.round, version: row.questionnaireVersion, submittedAt: row.submittedAt!.toISOString() },
    business: { id: row.businessId, name: businessName },
    result,
    previous: previous && previousResult ? { id: previous.id, round: previous.round, submittedAt: previous.submittedAt!.toISOString(), result: previousResult } : null,
    deltas: previousResult ? compareCheckups(previousResult, result) : null,
    peers,
    peerGroup: { atecoDivision: row.atecoDivision, regionName },
    pdfUrl: `/api/checkups/${row.id}/report.pdf`,
    priorityLessons: await lessons,
  };
}

export type TCheckupReport = Awaited<ReturnType<typeof getCheckupReport>>;
