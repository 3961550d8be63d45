import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business } from '../../db/schema/index.js';
import type { TActor } from '../../domain/network/actor.js';
import { detectTraps, type TTrapStage } from '../../domain/traps/detect.js';
import { authorize } from '../../policy/index.js';
import type { TArea } from '../../shared/areas.js';
import { AppError } from '../../shared/errors.js';
import { getIntakeRequest, listIntakeRequestsOfBusiness } from '../intake/intake-requests.js';
import { listPublishedTraps, listTrapsForScope, type TTrapView } from './traps.js';

type TQuery = Pick<TDb, 'select'>;

/** A warning an ascolto text speaks of, for the people who follow the request. */
export interface TRequestWarning {
  slug: string;
  title: string;
  summary: string;
  stage: TTrapStage;
  /** The person's own words that speak of it. */
  evidence: string[];
  cues: string[];
  /** What to ask before signing, or what to do now, depending on the stage. */
  nextSteps: string[];
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * The published warnings (national and the sportello's own) a text speaks of, strongest first.
 * @example await warningsInText(db, 'Ho firmato il contratto del POS per 48 mesi', sportelloId)
 */
export async function warningsInText(db: TQuery, text: string, sportelloId: string | null): Promise<TRequestWarning[]> {
  const traps = await listTrapsForScope(db as TDb, sportelloId);
  const bySlug = new Map(traps.map((t) => [t.slug, t]));
  return detectTraps(text, traps).map((hit) => {
    const trap = bySlug.get(hit.slug)!;
    return {
      slug: hit.slug,
      title: trap.title,
      summary: trap.summary,
      stage: hit.stage,
      evidence: hit.evidence,
      cues: hit.cues,
      nextSteps: lines(hit.stage === 'signed' ? trap.ifSigned : trap.askBefore),
    };
  });
}

/**
 * GET /api/intake-requests/{id}/warnings: the request's sportello's coordinators and the angel of
 * its business (and the network admin); anyone else, 404.
 */
export async function warningsForRequest(db: TDb, requestId: string, actor: TActor | null): Promise<{ requestId: string; items: TRequestWarning[] }> {
  const row = await getIntakeRequest(db, requestId);
  authorize(actor, 'intake.read_warnings', { type: 'business', businessId: row.businessId ?? '', sportelloId: row.sportelloId });
  return { requestId, items: await warningsInText(db, row.text, row.sportelloId) };
}

/**
 * The warnings for a business's plan: those its own ascolto words spoke of first, then the
 * published ones linked to the areas it chose in the ascolto. Whoever may read the plan.
 */
export async function warningsForBusinessPlan(db: TDb, businessId: string, actor: TActor | null): Promise<{ spoken: TRequestWarning[]; areas: TArea[]; items: TTrapView[] }> {
  const [row] = await db.select({ id: business.id, sportelloId: business.sportelloId }).from(business).where(eq(business.id, businessId));
  if (!row) throw new AppError('resource.not_found', 404);
  authorize(actor, 'plan.read', { type: 'business', businessId, sportelloId: row.sportelloId });
  const requests = await listIntakeRequestsOfBusiness(db, businessId);
  const areas = [...new Set(requests.flatMap((r) => r.chosenAreas as TArea[]))];
  const spoken = requests.length ? await warningsInText(db, requests.map((r) => r.text).join('\n'), row.sportelloId) : [];
  const linked = areas.length ? await listPublishedTraps(db, actor, { planAreas: areas }) : [];
  const said = new Set(spoken.map((s) => s.slug));
  return { spoken, areas, items: linked.filter((l) => !said.has(l.slug) && (l.sportello === null || l.sportello.id === row.sportelloId)) };
}
