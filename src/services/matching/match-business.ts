import { desc, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { angelProfile, business, checkup, comune, intakeRequest, user } from '../../db/schema/index.js';
import { getQuestionnaire, type TSectionKey } from '../../domain/checkup/questionnaire.js';
import type { TCheckupResult } from '../../domain/checkup/score.js';
import type { TMatchBusiness } from '../../domain/matching/types.js';
import { isArea, type TArea } from '../../shared/areas.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { firstFreeSlotsOf } from '../angels/availability.js';
import { getAngelIndexes } from './angel-index.js';

const DAY = 86_400_000;
export const PROPOSALS = 3;
/** Free slots shown with each proposed angel. */
const NEXT_SLOTS = 3;

/**
 * What a business needs, weighted 0..1: the areas the entrepreneur kept in the
 * ascolto count fully, those only read in the text half, and the check-up's three
 * priorities add the areas they speak to.
 */
export async function businessNeeds(db: TDb, businessId: string): Promise<Partial<Record<TArea, number>>> {
  const needs: Partial<Record<TArea, number>> = {};
  const raise = (area: string, weight: number) => {
    if (isArea(area)) needs[area] = Math.max(needs[area] ?? 0, Math.min(1, weight));
  };
  const [[intake], [last]] = await Promise.all([
    db.select().from(intakeRequest).where(eq(intakeRequest.businessId, businessId)).orderBy(desc(intakeRequest.createdAt)).limit(1),
    db.select().from(checkup).where(eq(checkup.businessId, businessId)).orderBy(desc(checkup.round)).limit(1),
  ]);
  if (intake) {
    for (const p of intake.proposedAreas as { area: string; score: number }[]) raise(p.area, p.score * 0.5);
    for (const area of intake.chosenAreas as string[]) raise(area, 1);
  }
  const result = last?.result as TCheckupResult | null | undefined;
  if (last && result) {
    const sections = getQuestionnaire(last.questionnaireVersion)?.sections ?? [];
    for (const priority of result.priorities) {
      for (const area of sections.find((s) => s.key === (priority.section as TSectionKey))?.needs ?? []) raise(area, 0.7);
    }
  }
  if (Object.keys(needs).length === 0) needs.strategy = 0.5;
  return needs;
}

/**
 * The best angels for a business, with the reasons in words and their next free
 * slots: first among the angels of its own sportello; when none of them suits,
 * across the network, and the answer says so (`scope: 'network'`).
 */
export async function matchBusiness(db: TDb, businessId: string, locale: TLocale, now = new Date()) {
  // The business and its needs are independent reads: one wait instead of two.
  const [[row], needs] = await Promise.all([
    db
      .select({ id: business.id, sportelloId: business.sportelloId, ateco: business.atecoDivision, lat: comune.lat, lon: comune.lon })
      .from(business)
      .innerJoin(comune, eq(comune.istat, business.comuneIstat))
      .where(eq(business.id, businessId)),
    businessNeeds(db, businessId),
  ]);
  if (!row) throw new AppError('resource.not_found', 404);
  const subject: TMatchBusiness = {
    id: row.id,
    location: { lat: row.lat, lon: row.lon },
    ateco: row.ateco ?? '00',
    needs,
    mode: 'any',
    language: locale,
  };
  const indexes = await getAngelIndexes(db);
  const local = row.sportelloId ? indexes.bySportello.get(row.sportelloId)?.topFor(subject, PROPOSALS, locale) ?? [] : [];
  const scope: 'sportello' | 'network' = local.length > 0 ? 'sportello' : 'network';
  const matches = local.length > 0 ? local : indexes.network.topFor(subject, PROPOSALS, locale);
  if (matches.length === 0) return { scope, needs: subject.needs, items: [] };

  const angelIds = matches.map((m) => m.angelId);
  const [people, slotsByAngel] = await Promise.all([
    db
      .select({ userId: user.id, name: user.name, presentation: angelProfile.presentation, modes: angelProfile.modes, languages: angelProfile.languages, comuneName: comune.name })
      .from(angelProfile)
      .innerJoin(user, eq(user.id, angelProfile.userId))
      .innerJoin(comune, eq(comune.istat, angelProfile.baseComuneIstat))
      .where(inArray(angelProfile.userId, angelIds)),
    firstFreeSlotsOf(db, angelIds, now, new Date(now.getTime() + 21 * DAY), NEXT_SLOTS, now),
  ]);
  const items = matches.map((m) => {
    const person = people.find((p) => p.userId === m.angelId)!;
    const slots = slotsByAngel.get(m.angelId) ?? [];
    return {
      angel: { userId: m.angelId, name: person.name, initials: initials(person.name), comuneName: person.comuneName, presentation: person.presentation, modes: person.modes, languages: person.languages },
      score: m.score,
      reasons: m.reasons,
      distanceKm: m.distanceKm,
      nextSlots: slots.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })),
    };
  });
  return { scope, needs: subject.needs, items };
}

function initials(name: string): string {
  return name
    .replace(/\(.*?\)/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
