import type { TDb } from '../../db/client.js';
import { namedQuery } from '../../db/named-query.js';
import { freeSlots } from '../../domain/meetings/availability.js';
import { getQuestionnaire, type TSectionKey } from '../../domain/checkup/questionnaire.js';
import type { TCheckupResult } from '../../domain/checkup/score.js';
import type { TMatchBusiness, TMatchMode } from '../../domain/matching/types.js';
import { isArea, type TArea } from '../../shared/areas.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { getAngelIndexes } from './angel-index.js';

const DAY = 86_400_000;
export const PROPOSALS = 3;
/** Free slots shown with each proposed angel. */
const NEXT_SLOTS = 3;

/** A business as matching reads it: where it is, its sector and sportello, what it needs. */
export interface TMatchSubject {
  id: string;
  sportelloId: string | null;
  ateco: string | null;
  lat: number;
  lon: number;
  needs: Partial<Record<TArea, number>>;
}

export type TSubjectRow = Omit<TMatchSubject, 'needs'> & {
  intake: { proposedAreas: { area: string; score: number }[]; chosenAreas: string[] } | null;
  checkup: { questionnaireVersion: string; result: TCheckupResult | null } | null;
};

// The business, its comune's position, its latest ascolto and latest check-up in one round trip.
const SUBJECT = {
  name: 'affianco_match_subject',
  text: `select b.id, b.sportello_id as "sportelloId", b.ateco_division as ateco, c.lat, c.lon,
      (select json_build_object('proposedAreas', i.proposed_areas, 'chosenAreas', i.chosen_areas)
         from intake_request i where i.business_id = b.id order by i.created_at desc limit 1) as intake,
      (select json_build_object('questionnaireVersion', k.questionnaire_version, 'result', k.result)
         from checkup k where k.business_id = b.id order by k.round desc limit 1) as checkup
    from business b join comune c on c.istat = b.comune_istat where b.id = $1`,
};

/**
 * What a business needs, weighted 0..1: the areas the entrepreneur kept in the
 * ascolto count fully, those only read in the text half, and the check-up's three
 * priorities add the areas they speak to.
 */
export function needsOf(intake: TSubjectRow['intake'], last: TSubjectRow['checkup']): Partial<Record<TArea, number>> {
  const needs: Partial<Record<TArea, number>> = {};
  const raise = (area: string, weight: number) => {
    if (isArea(area)) needs[area] = Math.max(needs[area] ?? 0, Math.min(1, weight));
  };
  if (intake) {
    for (const p of intake.proposedAreas) raise(p.area, p.score * 0.5);
    for (const area of intake.chosenAreas) raise(area, 1);
  }
  if (last?.result) {
    const sections = getQuestionnaire(last.questionnaireVersion)?.sections ?? [];
    for (const priority of last.result.priorities) {
      for (const area of sections.find((s) => s.key === (priority.section as TSectionKey))?.needs ?? []) raise(area, 0.7);
    }
  }
  if (Object.keys(needs).length === 0) needs.strategy = 0.5;
  return needs;
}

/**
 * A business as the matcher reads it (MATCHING.md's format): the one place a business becomes
 * a `TMatchBusiness`, for the suggestions and for "Assegna tutte". The sector is "00" when
 * unknown, so no angel gets the sector's bonus for it.
 *
 * @example toMatchBusiness(subject, 'it'); // { id, location, ateco, needs, mode: 'any', language: 'it' }
 */
export function toMatchBusiness(business: Pick<TMatchSubject, 'id' | 'lat' | 'lon' | 'ateco' | 'needs'>, language: string, mode: TMatchMode = 'any'): TMatchBusiness {
  return {
    id: business.id,
    location: { lat: business.lat, lon: business.lon },
    ateco: business.ateco ?? '00',
    needs: business.needs,
    mode,
    language,
  };
}

/**
 * The business to match with its needs, in one read; `resource.not_found` when there is none.
 * The route authorizes on it (`sportelloId`) and hands it to `matchBusiness`.
 * @example const subject = await loadMatchSubject(db, id); authorize(…); await matchBusiness(db, subject, 'it');
 */
export async function loadMatchSubject(db: TDb, businessId: string): Promise<TMatchSubject> {
  const { rows } = await namedQuery<TSubjectRow>(db, SUBJECT, [businessId]);
  const row = rows[0];
  if (!row) throw new AppError('resource.not_found', 404);
  const { intake, checkup, ...business } = row;
  return { ...business, needs: needsOf(intake, checkup) };
}

type TPersonRow = {
  userId: string;
  name: string;
  presentation: string;
  modes: string[];
  languages: string[];
  comuneName: string;
  rules: { weekday: number; startMinute: number; endMinute: number }[];
  exceptions: { day: string; kind: 'unavailable' | 'extra'; startMinute: number | null; endMinute: number | null }[];
  busy: { start: string; end: string }[];
};

// The proposed angels, their weekly hours, exceptions and bookings in [$2, $3): one round trip.
const PEOPLE = {
  name: 'affianco_match_people',
  text: `select p.user_id as "userId", u.name, p.presentation, p.modes, p.languages, c.name as "comuneName",
      coalesce((select json_agg(json_build_object('weekday', r.weekday, 'startMinute', r.start_minute, 'endMinute', r.end_minute))
                  from availability_rule r where r.angel_user_id = p.user_id), '[]'::json) as rules,
      coalesce((select json_agg(json_build_object('day', e.day, 'kind', e.kind, 'startMinute', e.start_minute, 'endMinute', e.end_minute))
                  from availability_exception e where e.angel_user_id = p.user_id), '[]'::json) as exceptions,
      coalesce((select json_agg(json_build_object('start', m.starts_at, 'end', m.ends_at))
                  from meeting m where m.angel_user_id = p.user_id and m.status = 'booked' and m.starts_at < $3 and m.ends_at > $2), '[]'::json) as busy
    from angel_profile p join "user" u on u.id = p.user_id join comune c on c.istat = p.base_comune_istat
    where p.user_id = any($1::text[])`,
};

/**
 * The best angels for a business, with the reasons in words and their next free
 * slots: first among the angels of its own sportello; when none of them suits,
 * across the network, and the answer says so (`scope: 'network'`). Past the business
 * (`loadMatchSubject`), one read: the ranking runs on the in-memory index.
 */
export async function matchBusiness(db: TDb, business: TMatchSubject, locale: TLocale, now = new Date()) {
  const subject = toMatchBusiness(business, locale);
  const indexes = await getAngelIndexes(db);
  const local = business.sportelloId ? indexes.bySportello.get(business.sportelloId)?.topFor(subject, PROPOSALS, locale) ?? [] : [];
  const scope: 'sportello' | 'network' = local.length > 0 ? 'sportello' : 'network';
  const matches = local.length > 0 ? local : indexes.network.topFor(subject, PROPOSALS, locale);
  if (matches.length === 0) return { scope, needs: subject.needs, items: [] };

  const to = new Date(now.getTime() + 21 * DAY);
  const { rows: people } = await namedQuery<TPersonRow>(db, PEOPLE, [matches.map((m) => m.angelId), now, to]);
  const items = matches.map((m) => {
    const person = people.find((p) => p.userId === m.angelId)!;
    const busy = person.busy.map((b) => ({ start: new Date(b.start), end: new Date(b.end) }));
    const slots = freeSlots({ rules: person.rules, exceptions: person.exceptions, busy, from: now, to, now, limit: NEXT_SLOTS });
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
