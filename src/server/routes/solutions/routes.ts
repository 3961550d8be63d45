import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorize, can } from '../../../policy/index.js';
import { getBusiness } from '../../../services/network/businesses.js';
import { loadPlanRow } from '../../../services/plans/plans.js';
import { getPublishedSolution, listPublishedSolutions, loadSolutionById, loadSolutionBySlug, reviewModerators, solutionsToCompare, solutionView, tiesOf } from '../../../services/solutions/catalogue.js';
import { manageList, solutionInputOf, solutionResourceOf, viewerPart } from '../../../services/solutions/viewer.js';
import { addReview, createSolution, declareTie, hideReview, linkActionToSolution, planSolutionLinks, recordOutcome, updateReview, updateSolution, type TSolutionInput } from '../../../services/solutions/write.js';
import { AppError } from '../../../shared/errors.js';
import { MAX_COMPARED } from '../../../shared/solution-cost.js';
import { solutionFieldMessage } from '../../../shared/solution-messages.js';
import type { TAppEnv } from '../../context.js';
import { respondWithTable, tableFileResponse, ZExportFormatQuery } from '../../export/respond-with-table.js';
import { solutionCost } from '../../../shared/solution-cost.js';
import { DEFAULT_VOLUMES } from '../../../shared/solution-pages.js';
import { pricePartOf, type TSolutionSummary } from '../../../services/solutions/catalogue.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { createRouter, defineRoute } from '../../route.js';
import {
  ZActionParams,
  ZCompareQuery,
  ZHideBody,
  ZIdParams,
  ZManageList,
  ZViewerPart,
  ZLangQuery,
  ZLinkBody,
  ZListQuery,
  ZOutcomeBody,
  ZPlanLinks,
  ZPlanParams,
  ZReviewBody,
  ZReviewOut,
  ZReviewParams,
  ZReviewPatch,
  ZSlugParams,
  ZSolutionBody,
  ZSolutionList,
  ZSolutionView,
  ZCompareResult,
  ZTie,
  ZTieBody,
  ZTieList,
  ZUserParams,
} from './schema.js';

const tags = ['solutions'];
const errors = { 401: problemResponses[401], 403: { description: 'Seen, but not allowed', content: problemResponses[404].content }, 404: problemResponses[404], 409: { description: 'Already there', content: problemResponses[404].content }, 422: problemResponses[422] };

const listRoute = defineRoute({ method: 'get', path: '/solutions', tags, summary: 'The published catalogue, by need (area) and sector; ordered by fit, then reviews, then use — never by anything paid', permission: 'public', request: { query: ZListQuery }, responses: { 200: json(ZSolutionList), 422: problemResponses[422] } });
const exportRoute = defineRoute({ method: 'get', path: '/solutions/export', tags, summary: 'The published catalogue as CSV or XLSX (public facts only, no personal columns), in the same order as the list', permission: 'public', request: { query: ZListQuery.extend(ZExportFormatQuery.shape) }, responses: { 200: tableFileResponse, 422: problemResponses[422] } });
const compareRoute = defineRoute({ method: 'get', path: '/solutions/compare', tags, summary: `Two or three published solutions side by side (their price parts; the cost is computed by solutionCost); more than ${MAX_COMPARED} is refused`, permission: 'public', request: { query: ZCompareQuery }, responses: { 200: json(ZCompareResult), 422: problemResponses[422] } });
const getRoute = defineRoute({ method: 'get', path: '/solutions/{slug}', tags, summary: 'One published solution in plain words: who it is not for, data, hours, contract, exit, portability, prices with source and date, use, outcomes and reviews', permission: 'public', request: { params: ZSlugParams, query: ZLangQuery }, responses: { 200: json(ZSolutionView), 404: problemResponses[404], 422: problemResponses[422] } });
const manageRoute = defineRoute({ method: 'get', path: '/solutions/manage', tags, summary: "The solutions a person looks after: proposals waiting in the catalogues they manage ('da pubblicare') and their own, with where they may propose", permission: 'signed_in', responses: { 200: json(ZManageList), 401: problemResponses[401] } });
const mineRoute = defineRoute({ method: 'get', path: '/solutions/{slug}/mine', tags, summary: "What the signed-in person may do on a published solution's page: the businesses and plan actions they may review it for (each business's people, its angel while assigned), their own reviews, their tie to the provider, editing, the reviews they may hide", permission: 'signed_in', request: { params: ZSlugParams }, responses: { 200: json(ZViewerPart), 401: problemResponses[401], 404: problemResponses[404] } });
const inputRoute = defineRoute({ method: 'get', path: '/solutions/by-id/{id}/input', tags, summary: 'A solution as the editor sends it (both languages, every price part): the managers of its scope', permission: 'solution.edit', request: { params: ZIdParams }, responses: { 200: json(ZSolutionBody), ...errors } });
const createRoute = defineRoute({ method: 'post', path: '/solutions', tags, summary: "Add a solution: an angel's is a proposal; a coordinator (own sportello) or the network admin (national) may publish it at once. All or nothing.", permission: 'solution.propose', request: { ...jsonBody(ZSolutionBody) }, responses: { 201: json(ZSolutionView), ...errors } });
const manageGetRoute = defineRoute({ method: 'get', path: '/solutions/by-id/{id}', tags, summary: 'One solution by id, proposed ones too (their author and the managers of the scope)', permission: 'solution.read', request: { params: ZIdParams, query: ZLangQuery }, responses: { 200: json(ZSolutionView), ...errors } });
const updateRoute = defineRoute({ method: 'put', path: '/solutions/by-id/{id}', tags, summary: 'Replace a solution and its price parts (publish it with status published): the managers of its scope. All or nothing.', permission: 'solution.edit', request: { params: ZIdParams, ...jsonBody(ZSolutionBody) }, responses: { 200: json(ZSolutionView), ...errors } });
const reviewRoute = defineRoute({ method: 'post', path: '/solutions/by-id/{id}/reviews', tags, summary: "Review a solution used in an action of the business's plan (its angel or its people); a tie to the provider must be declared, one's own solution cannot be reviewed, once per business", permission: 'solution.review', request: { params: ZIdParams, ...jsonBody(ZReviewBody) }, responses: { 201: json(ZReviewOut), ...errors } });
const editReviewRoute = defineRoute({ method: 'patch', path: '/solutions/reviews/{reviewId}', tags, summary: 'Change a review: its author only', permission: 'solution.edit_review', request: { params: ZReviewParams, ...jsonBody(ZReviewPatch) }, responses: { 200: json(ZReviewOut), ...errors } });
const hideRoute = defineRoute({ method: 'post', path: '/solutions/reviews/{reviewId}/hide', tags, summary: "Hide a review, the reason kept: the coordinators of the business's or the solution's sportello, admins", permission: 'solution.moderate', request: { params: ZReviewParams, ...jsonBody(ZHideBody) }, responses: { 200: json(ZReviewOut), ...errors } });
const declareRoute = defineRoute({ method: 'post', path: '/me/provider-ties', tags, summary: 'Declare a tie to a provider (work for it, earn from it, own it): shown on your reviews and profile', permission: 'signed_in', request: { ...jsonBody(ZTieBody) }, responses: { 201: json(ZTie), ...errors } });
const tiesRoute = defineRoute({ method: 'get', path: '/users/{userId}/provider-ties', tags, summary: "A person's declared ties to providers (public: they stand beside their reviews)", permission: 'public', request: { params: ZUserParams }, responses: { 200: json(ZTieList) } });
const linksRoute = defineRoute({ method: 'get', path: '/plans/{id}/solutions', tags, summary: "The solutions the plan's actions point to, and how each went", permission: 'plan.read', request: { params: ZPlanParams }, responses: { 200: json(ZPlanLinks), ...errors } });
const linkRoute = defineRoute({ method: 'put', path: '/plans/{id}/actions/{actionId}/solution', tags, summary: 'Point an action at a published solution (null unlinks it)', permission: 'plan.edit', request: { params: ZActionParams, ...jsonBody(ZLinkBody) }, responses: { 200: json(ZPlanLinks), ...errors } });
const outcomeRoute = defineRoute({ method: 'put', path: '/plans/{id}/actions/{actionId}/outcome', tags, summary: "How it went, in one tap (went_well, mixed, went_badly): feeds the solution's outcomes", permission: 'plan.edit', request: { params: ZActionParams, ...jsonBody(ZOutcomeBody) }, responses: { 200: json(ZPlanLinks), ...errors } });

const localeOf = (c: Context<TAppEnv>, lang?: 'it' | 'en') => lang ?? c.get('locale');

/** A solution by id that the actor may see; another sportello's proposal is not there (404). */
async function visibleSolution(c: Context<TAppEnv>, id: string) {
  const row = await loadSolutionById(c.get('deps').db, id);
  if (!row) throw new AppError('resource.not_found', 404);
  authorize(c.get('actor'), 'solution.read', solutionResourceOf(row));
  return row;
}

async function planFor(c: Context<TAppEnv>, planId: string, permission: 'plan.read' | 'plan.edit') {
  const { db } = c.get('deps');
  const row = await loadPlanRow(db, planId);
  const biz = await getBusiness(db, row.businessId);
  authorize(c.get('actor'), permission, { type: 'business', businessId: biz.id, sportelloId: biz.sportelloId }, { hiddenUnless: 'plan.read' });
  return row;
}

/**
 * The vetted solutions catalogue (issue 16; docs/solutions.md): public reading, angels' proposals,
 * coordinators' publishing and moderation, reviews by those who used a solution, plan links.
 * @example api.route('/', solutionRoutes());
 */
export function solutionRoutes(): OpenAPIHono<TAppEnv> {
  const router = createRouter();

  router.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const list = await listPublishedSolutions(c.get('deps').db, { need: q.need, sector: q.sector }, localeOf(c, q.lang));
    // A coordinator who just published one sees it at once; visitors share a minute-old copy.
    c.header('cache-control', c.req.header('cookie') ? 'private, no-cache' : 'public, max-age=60');
    c.header('vary', 'Cookie');
    return c.json(list, 200);
  });

  router.openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    const locale = localeOf(c, q.lang);
    const { items } = await listPublishedSolutions(c.get('deps').db, { need: q.need, sector: q.sector }, locale);
    const it = locale === 'it';
    const threeYears = (s: TSolutionSummary) => solutionCost(s.parts.map(pricePartOf), DEFAULT_VOLUMES).threeYears;
    return respondWithTable(c, {
      format: q.format,
      fileName: it ? 'soluzioni' : 'solutions',
      sheetName: it ? 'Soluzioni' : 'Solutions',
      pseudonymise: false,
      rows: items,
      columns: [
        { header: it ? 'Nome' : 'Name', value: (s) => s.name },
        { header: it ? 'Fornitore' : 'Provider', value: (s) => s.provider },
        { header: it ? 'Bisogni' : 'Needs', value: (s) => s.areas.join(', ') },
        { header: it ? 'Dati' : 'Data', value: (s) => s.dataLocation },
        { header: it ? 'Ore a settimana' : 'Hours a week', value: (s) => s.hoursPerWeek },
        { header: it ? 'Durata minima (mesi)' : 'Minimum term (months)', value: (s) => s.minimumMonths },
        { header: it ? 'Imprese che la usano' : 'Businesses using it', value: (s) => s.usedBy },
        { header: it ? 'Voto medio' : 'Average rating', value: (s) => s.rating.average },
        { header: it ? 'Costo in tre anni, negozio tipo (€)' : 'Three-year cost, typical shop (€)', value: threeYears },
        { header: it ? 'Pagina' : 'Page', value: (s) => `/soluzioni/${s.slug}` },
      ],
    });
  });

  router.openapi(compareRoute, async (c) => {
    const q = c.req.valid('query');
    const locale = localeOf(c, q.lang);
    if (q.id.length > MAX_COMPARED) throw new AppError('solutions.too_many_compared', 422, [{ field: 'id', message: solutionFieldMessage('too_many', locale) }]);
    return c.json({ items: await solutionsToCompare(c.get('deps').db, [...new Set(q.id)], locale) }, 200);
  });

  router.openapi(manageRoute, async (c) => c.json(await manageList(c.get('deps').db, c.get('actor')!), 200));

  router.openapi(mineRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { db } = c.get('deps');
    const row = await loadSolutionBySlug(db, slug);
    if (!row || row.status !== 'published') throw new AppError('resource.not_found', 404);
    // Private to the viewer: never kept by a shared cache.
    c.header('cache-control', 'private, no-cache');
    return c.json(await viewerPart(db, c.get('actor')!, row), 200);
  });

  router.openapi(getRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const q = c.req.valid('query');
    const view = await getPublishedSolution(c.get('deps').db, slug, localeOf(c, q.lang));
    // A signed-in reader may have just reviewed it or hidden a review: their copy is always fresh.
    c.header('cache-control', c.req.header('cookie') ? 'private, no-cache' : 'public, max-age=60');
    c.header('vary', 'Cookie');
    return c.json(view, 200);
  });

  router.openapi(createRoute, async (c) => {
    const body = c.req.valid('json');
    const actor = c.get('actor');
    const scope = { type: 'solution_scope' as const, sportelloId: body.sportelloId };
    // Another sportello's catalogue is not there for this actor.
    authorize(actor, 'solution.propose', scope);
    const status = body.status === 'published' && can(actor, 'solution.publish', scope) ? 'published' : 'proposed';
    const { db } = c.get('deps');
    const locale = c.get('locale');
    const row = await createSolution(db, { ...body, status } as TSolutionInput, actor!.userId, locale);
    return c.json(await solutionView(db, { ...row, sportelloName: null }, locale), 201);
  });

  router.openapi(manageGetRoute, async (c) => {
    const { id } = c.req.valid('param');
    const row = await visibleSolution(c, id);
    return c.json(await solutionView(c.get('deps').db, row, localeOf(c, c.req.valid('query').lang)), 200);
  });

  router.openapi(inputRoute, async (c) => {
    const { id } = c.req.valid('param');
    const row = await visibleSolution(c, id);
    authorize(c.get('actor'), 'solution.edit', solutionResourceOf(row), { hiddenUnless: 'solution.read' });
    // Stored rows passed the same schema when written: their areas and sectors are the schema's.
    return c.json((await solutionInputOf(c.get('deps').db, row)) as z.infer<typeof ZSolutionBody>, 200);
  });

  router.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const actor = c.get('actor');
    const row = await visibleSolution(c, id);
    authorize(actor, 'solution.edit', solutionResourceOf(row), { hiddenUnless: 'solution.read' });
    // Moving it to another catalogue needs the right to write there too.
    if (body.sportelloId !== row.sportelloId) authorize(actor, 'solution.publish', { type: 'solution_scope', sportelloId: body.sportelloId });
    const { db } = c.get('deps');
    const locale = c.get('locale');
    const saved = await updateSolution(db, id, body as TSolutionInput, actor!.userId, row.status === 'published', locale);
    return c.json(await solutionView(db, { ...saved, sportelloName: row.sportelloName }, locale), 200);
  });

  router.openapi(reviewRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const row = await visibleSolution(c, id);
    if (row.status !== 'published') throw new AppError('resource.not_found', 404);
    const biz = await getBusiness(db, body.businessId);
    const resource = { type: 'business' as const, businessId: biz.id, sportelloId: biz.sportelloId };
    authorize(actor, 'solution.review', resource, { hiddenUnless: 'business.read' });
    const role = actor.businessIds.includes(biz.id) ? 'entrepreneur' : 'angel';
    const review = await addReview(db, { solutionId: row.id, provider: row.provider, role, authorId: actor.userId, ...body }, c.get('locale'));
    return c.json({ id: review.id, rating: review.rating, text: review.text, hidden: false }, 201);
  });

  router.openapi(editReviewRoute, async (c) => {
    const { reviewId } = c.req.valid('param');
    const found = await reviewModerators(c.get('deps').db, reviewId);
    if (!found) throw new AppError('resource.not_found', 404);
    // A review is public: refused, not hidden (403).
    if (!can(c.get('actor'), 'solution.edit_review', { type: 'solution_review', authorId: found.review.authorId, moderatorSportelloIds: found.moderatorSportelloIds })) throw new AppError('policy.forbidden', 403);
    const saved = await updateReview(c.get('deps').db, reviewId, c.req.valid('json'));
    return c.json({ id: saved.id, rating: saved.rating, text: saved.text, hidden: saved.hiddenAt !== null }, 200);
  });

  router.openapi(hideRoute, async (c) => {
    const { reviewId } = c.req.valid('param');
    const found = await reviewModerators(c.get('deps').db, reviewId);
    if (!found) throw new AppError('resource.not_found', 404);
    // A review is public: refused, not hidden (403).
    if (!can(c.get('actor'), 'solution.moderate', { type: 'solution_review', authorId: found.review.authorId, moderatorSportelloIds: found.moderatorSportelloIds })) throw new AppError('policy.forbidden', 403);
    const saved = await hideReview(c.get('deps').db, reviewId, c.req.valid('json').reason, c.get('actor')!.userId);
    return c.json({ id: saved.id, rating: saved.rating, text: saved.text, hidden: true }, 200);
  });

  router.openapi(declareRoute, async (c) => {
    const tie = await declareTie(c.get('deps').db, c.get('actor')!.userId, c.req.valid('json'));
    return c.json({ id: tie.id, providerName: tie.providerName, what: tie.what, kind: tie.kind as 'owns', declaredAt: tie.declaredAt.toISOString() }, 201);
  });

  router.openapi(tiesRoute, async (c) => c.json({ items: await tiesOf(c.get('deps').db, c.req.valid('param').userId) }, 200));

  router.openapi(linksRoute, async (c) => {
    const { id } = c.req.valid('param');
    await planFor(c, id, 'plan.read');
    return c.json({ items: await planSolutionLinks(c.get('deps').db, id) }, 200);
  });

  router.openapi(linkRoute, async (c) => {
    const { id, actionId } = c.req.valid('param');
    const { solutionId } = c.req.valid('json');
    await planFor(c, id, 'plan.edit');
    const { db } = c.get('deps');
    if (solutionId) {
      const row = await loadSolutionById(db, solutionId);
      if (!row || row.status !== 'published') throw new AppError('solutions.invalid', 422, [{ field: 'solutionId', message: solutionFieldMessage('unknown_alternative', c.get('locale')) }]);
    }
    await linkActionToSolution(db, id, actionId, solutionId);
    return c.json({ items: await planSolutionLinks(db, id) }, 200);
  });

  router.openapi(outcomeRoute, async (c) => {
    const { id, actionId } = c.req.valid('param');
    await planFor(c, id, 'plan.edit');
    const { db } = c.get('deps');
    await recordOutcome(db, id, actionId, c.req.valid('json'), c.get('actor')!.userId, c.get('locale'));
    return c.json({ items: await planSolutionLinks(db, id) }, 200);
  });

  return router;
}
