import type { TDb } from '../../db/client.js';
import { unassignedReasonText } from '../../shared/assignment-messages.js';
import type { TLocale } from '../../shared/locale.js';
import { loadAssignAllInstance, type TSportelloAngel } from './assign-all-instance.js';
import { runAssignAll } from './run-assign-all.js';

const unknownAngel = (userId: string): TSportelloAngel => ({ userId, name: userId, comuneName: '' });

/**
 * "Assegna tutte" for a sportello, without changing anything: the instance from the database,
 * the exact solver in a worker thread under its time cap, the answer with names and reasons.
 *
 * @example const preview = await previewAssignAll(db, sportelloId, 'it', { timeoutMs: 20_000 });
 */
export async function previewAssignAll(db: TDb, sportelloId: string, locale: TLocale, options: { timeoutMs?: number } = {}) {
  const instance = await loadAssignAllInstance(db, sportelloId);
  const preview = await runAssignAll({ businesses: instance.businesses, angels: instance.angels }, options);
  const person = (id: string) => instance.people.get(id) ?? unknownAngel(id);
  const request = (id: string) => instance.requests.get(id)!;
  const load = new Map(preview.angels.map((a) => [a.angelId, a]));
  const available = new Map(instance.angels.map((a) => [a.id, a.available]));
  return {
    sportelloId,
    totalCost: preview.totalCost,
    counts: { requests: instance.businesses.length, angels: instance.angels.length, pairs: preview.pairs.length, unassigned: preview.unassigned.length },
    pairs: preview.pairs.map((p) => {
      const l = load.get(p.angelId)!;
      return {
        business: request(p.businessId),
        angel: person(p.angelId),
        cost: p.cost,
        coverage: p.coverage,
        covered: p.covered,
        uncovered: p.uncovered,
        isInPerson: p.isInPerson,
        distanceKm: p.distanceKm,
        load: { activeCases: l.activeCases, capacity: l.capacity, after: l.activeCases + l.proposed },
        alternatives: p.alternatives.map((a) => ({ angel: person(a.angelId), cost: a.cost, coverage: a.coverage, isInPerson: a.isInPerson, distanceKm: a.distanceKm })),
      };
    }),
    unassigned: preview.unassigned.map((u) => ({ business: request(u.businessId), reason: u.reason, reasonText: unassignedReasonText(u.reason, locale) })),
    angels: preview.angels.map((a) => ({ ...person(a.angelId), capacity: a.capacity, activeCases: a.activeCases, proposed: a.proposed, isAvailable: available.get(a.angelId) ?? false })),
  };
}

export type TAssignAllPreview = Awaited<ReturnType<typeof previewAssignAll>>;
