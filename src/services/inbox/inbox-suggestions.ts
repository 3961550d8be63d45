import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, intakeRequest } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { loadMatchSubject, matchBusiness, needsOf, type TMatchSubject } from '../matching/match-business.js';

/**
 * The suggested angels for a request, from the matching function: its business's (ascolto and
 * check-up) once it has one, otherwise the request's own comune, sector and areas, so the
 * coordinator sees who could follow it before creating anything.
 */
export async function suggestAngels(db: TDb, id: string, locale: TLocale) {
  const [row] = await db
    .select({ businessId: intakeRequest.businessId, sportelloId: intakeRequest.sportelloId, ateco: intakeRequest.atecoDivision, lat: comune.lat, lon: comune.lon, proposedAreas: intakeRequest.proposedAreas, chosenAreas: intakeRequest.chosenAreas })
    .from(intakeRequest)
    .innerJoin(comune, eq(comune.istat, intakeRequest.comuneIstat))
    .where(eq(intakeRequest.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  const subject: TMatchSubject = row.businessId
    ? await loadMatchSubject(db, row.businessId)
    : {
        id,
        sportelloId: row.sportelloId,
        ateco: row.ateco,
        lat: row.lat,
        lon: row.lon,
        needs: needsOf({ proposedAreas: row.proposedAreas as { area: string; score: number }[], chosenAreas: row.chosenAreas as string[] }, null),
      };
  const found = await matchBusiness(db, subject, locale);
  return { scope: found.scope, items: found.items.map(({ nextSlots: _n, ...item }) => item) };
}
