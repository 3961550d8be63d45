import type { TDb } from '../../../db/client.js';
import { namedQuery } from '../../../db/named-query.js';
import type { TArea } from '../../../shared/areas.js';
import { needsOf, type TSubjectRow } from '../../matching/match-business.js';

// The latest ascolto and the latest submitted check-up of one business, in one round trip.
const NEEDS = {
  name: 'affianco_funding_needs',
  text: `select
      (select json_build_object('proposedAreas', i.proposed_areas, 'chosenAreas', i.chosen_areas)
         from intake_request i where i.business_id = $1 order by i.created_at desc limit 1) as intake,
      (select json_build_object('questionnaireVersion', k.questionnaire_version, 'result', k.result)
         from checkup k where k.business_id = $1 and k.result is not null order by k.round desc limit 1) as checkup`,
};

/**
 * The areas a business needs, as matching reads them (kept in the ascolto, read in its text,
 * the check-up's priorities), strongest first; empty when it has told us nothing yet, so
 * "Bandi per te" then ranks by deadline alone.
 *
 * @example await businessNeeds(db, businessId); // ['ecommerce', 'marketing']
 */
export async function businessNeeds(db: TDb, businessId: string): Promise<TArea[]> {
  const { rows } = await namedQuery<Pick<TSubjectRow, 'intake' | 'checkup'>>(db, NEEDS, [businessId]);
  const row = rows[0];
  if (!row || (!row.intake && !row.checkup?.result)) return [];
  const needs = needsOf(row.intake, row.checkup);
  return (Object.entries(needs) as [TArea, number][])
    .filter(([, weight]) => weight >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([area]) => area);
}
