import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, plan, planAction, planGoal, solution, solutionPricePart, solutionReview } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
const who: Record<string, { id: string; cookie: string }> = {};
let mine: { id: string };
let foreign: { id: string };
let shop: { id: string };
let planId = '';
let actionId = '';

const body = (over: Record<string, unknown> = {}) => ({
  slug: 'cassa-prova',
  name: 'Cassa di prova',
  provider: 'Fornitore Prova',
  summary: { it: 'Una cassa semplice.' },
  whatItDoes: { it: 'Incassi con la carta.' },
  notFor: { it: 'Chi non vende al banco.' },
  areas: ['data_tools'],
  sectors: ['negozio'],
  dataLocation: 'eu',
  hoursPerWeek: 1,
  minimumMonths: 12,
  noticeDays: 30,
  portability: { customers: { can: 'yes', format: 'CSV' }, products: { can: 'partly' }, invoices: { can: 'no' } },
  alternativeSlugs: [],
  sportelloId: null,
  status: 'published',
  parts: [
    { kind: 'monthly', amount: 20, introMonths: 3, introAmount: 0, sourceText: 'Listino di prova', asOf: '2026-11-01', isExample: true },
    { kind: 'card_percent', percent: 1.5, sourceText: 'Listino di prova', asOf: '2026-11-01', isExample: true },
  ],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const s1 = await makeSportello(t.db);
  const s2 = await makeSportello(t.db);
  mine = s1;
  foreign = s2;
  const make = async (key: string, opts: { isAdmin?: boolean } = {}) => {
    const u = await makeUser(t.db, { name: `Persona ${key}`, ...opts });
    who[key] = { id: u.id, cookie: '' };
    return u;
  };
  const admin = await make('admin', { isAdmin: true });
  const coord = await make('coord');
  const foreignCoord = await make('foreignCoord');
  const angel = await make('angel');
  const owner = await make('owner');
  const stranger = await make('stranger');
  await addMember(t.db, coord.id, s1.id, 'coordinator');
  await addMember(t.db, foreignCoord.id, s2.id, 'coordinator');
  await addMember(t.db, angel.id, s1.id, 'angel');
  shop = await makeBusiness(t.db, owner.id, s1.id);
  await t.db.insert(assignment).values({ businessId: shop.id, angelUserId: angel.id, sportelloId: s1.id });
  const [p] = await t.db.insert(plan).values({ businessId: shop.id }).returning();
  planId = p!.id;
  const [g] = await t.db.insert(planGoal).values({ planId, title: 'Incassare con la carta', indicatorName: 'pagamenti', unit: 'count', baseline: 0, target: 10, current: 0, byDate: '2027-06-01' }).returning();
  const [a] = await t.db.insert(planAction).values({ planId, goalId: g!.id, title: 'Attivare il POS', owner: 'angel' }).returning();
  actionId = a!.id;
  for (const [key, u] of Object.entries({ admin, coord, foreignCoord, angel, owner, stranger })) who[key]!.cookie = await t.signIn(u.email);
});
afterAll(() => t.close());

const as = (key: string) => ({ cookie: who[key]!.cookie });

describe('the catalogue: writing, per role', () => {
  let nationalId = '';
  let foreignProposalId = '';

  it('the network admin publishes a national solution; anyone reads it', async () => {
    const res = await t.call('POST', '/api/solutions', { ...as('admin'), body: body() });
    expect(res.status).toBe(201);
    const view = (await res.json()) as { id: string; status: string };
    expect(view.status).toBe('published');
    nationalId = view.id;
    const page = await t.call('GET', '/api/solutions/cassa-prova?lang=it');
    expect(page.status).toBe(200);
    const list = (await (await t.call('GET', '/api/solutions?need=data_tools&sector=negozio')).json()) as { items: { slug: string }[] };
    expect(list.items.map((i) => i.slug)).toEqual(['cassa-prova']);
  });

  it('a coordinator cannot write in the national catalogue (403) nor in another sportello (404); in their own, yes', async () => {
    expect((await t.call('POST', '/api/solutions', { ...as('coord'), body: body({ slug: 'x-nazionale' }) })).status).toBe(201); // coordinators are angels' peers: a national proposal
    const nat = (await t.call('GET', '/api/solutions/x-nazionale')).status;
    expect(nat).toBe(404); // only proposed, not public
    expect((await t.call('POST', '/api/solutions', { ...as('coord'), body: body({ slug: 'x-altrui', sportelloId: foreign.id }) })).status).toBe(404);
    const own = await t.call('POST', '/api/solutions', { ...as('coord'), body: body({ slug: 'x-mio', sportelloId: mine.id }) });
    expect(own.status).toBe(201);
    expect(((await own.json()) as { status: string }).status).toBe('published');
  });

  it('an angel proposes (never publishes); the entrepreneur and anonymous cannot write', async () => {
    const res = await t.call('POST', '/api/solutions', { ...as('angel'), body: body({ slug: 'x-proposta', sportelloId: mine.id }) });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { status: string }).status).toBe('proposed');
    expect((await t.call('GET', '/api/solutions/x-proposta')).status).toBe(404);
    expect((await t.call('POST', '/api/solutions', { ...as('owner'), body: body({ slug: 'x-impresa' }) })).status).toBe(404);
    expect((await t.call('POST', '/api/solutions', { body: body({ slug: 'x-anon' }) })).status).toBe(401);
  });

  it("another sportello's proposal is not there for a coordinator (404), the own one is editable", async () => {
    const res = await t.call('POST', '/api/solutions', { ...as('foreignCoord'), body: body({ slug: 'x-loro', sportelloId: foreign.id, status: 'proposed' }) });
    foreignProposalId = ((await res.json()) as { id: string }).id;
    expect((await t.call('GET', `/api/solutions/by-id/${foreignProposalId}`, as('coord'))).status).toBe(404);
    expect((await t.call('PUT', `/api/solutions/by-id/${foreignProposalId}`, { ...as('coord'), body: body({ slug: 'x-loro', sportelloId: foreign.id }) })).status).toBe(404);
    expect((await t.call('GET', `/api/solutions/by-id/${foreignProposalId}`, as('foreignCoord'))).status).toBe(200);
    const edited = await t.call('PUT', `/api/solutions/by-id/${foreignProposalId}`, { ...as('foreignCoord'), body: body({ slug: 'x-loro', name: 'Nome nuovo', sportelloId: foreign.id, status: 'published' }) });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { name: string; status: string }).status).toBe('published');
    // The national one is the admin's: a coordinator sees it (published) but may not change it.
    expect((await t.call('PUT', `/api/solutions/by-id/${nationalId}`, { ...as('coord'), body: body() })).status).toBe(403);
  });
});

describe('bad input: a clear message next to the field, nothing stored half', () => {
  const refused = async (over: Record<string, unknown>, field: string) => {
    const before = (await t.db.select().from(solutionPricePart)).length;
    const res = await t.call('POST', '/api/solutions', { ...as('admin'), body: body({ slug: 'x-rifiutata', ...over }) });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(problem.errors.find((e) => e.field === field)!.message.length).toBeGreaterThan(10);
    expect(await t.db.select().from(solution).where(eq(solution.slug, 'x-rifiutata'))).toHaveLength(0);
    expect((await t.db.select().from(solutionPricePart)).length).toBe(before);
  };
  it('a negative price', () => refused({ parts: [{ kind: 'one_off', amount: -10, sourceText: 's', asOf: '2026-11-01' }] }, 'parts.0.amount'));
  it('a percent over 100', () => refused({ parts: [{ kind: 'card_percent', percent: 140, sourceText: 's', asOf: '2026-11-01' }] }, 'parts.0.percent'));
  it('an impossible amount', () => refused({ parts: [{ kind: 'yearly', amount: 9_000_000, sourceText: 's', asOf: '2026-11-01' }] }, 'parts.0.amount'));
  it('a missing value', () => refused({ parts: [{ kind: 'per_order', sourceText: 's', asOf: '2026-11-01' }] }, 'parts.0.amount'));
  it('hours per week out of range', () => refused({ hoursPerWeek: -1 }, 'hoursPerWeek'));
  it('an alternative not in the catalogue', () => refused({ alternativeSlugs: ['non-esiste'] }, 'alternativeSlugs.0'));
  it('a slug already used', async () => {
    const res = await t.call('POST', '/api/solutions', { ...as('admin'), body: body() });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('slug');
  });
  it('comparing more than three', async () => {
    const ids = ['1', '2', '3', '4'].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
    const res = await t.call('GET', `/api/solutions/compare?${ids.map((id) => `id=${id}`).join('&')}`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string; errors: { field: string }[] }).errors[0]!.field).toBe('id');
  });
});

describe('reviews, ties, moderation and the plan', () => {
  let solutionId = '';
  let reviewId = '';
  beforeAll(async () => {
    const [row] = await t.db.select().from(solution).where(eq(solution.slug, 'cassa-prova'));
    solutionId = row!.id;
  });

  it('refuses a review of a solution the business did not use', async () => {
    const res = await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('angel'), body: { businessId: shop.id, rating: 4, text: 'Bene', tiedToProvider: false } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('solutions.not_used');
  });

  it('links the action to the solution, then takes the outcome in one tap', async () => {
    expect((await t.call('PUT', `/api/plans/${planId}/actions/${actionId}/solution`, { ...as('foreignCoord'), body: { solutionId } })).status).toBe(404);
    const linked = await t.call('PUT', `/api/plans/${planId}/actions/${actionId}/solution`, { ...as('angel'), body: { solutionId } });
    expect(linked.status).toBe(200);
    const out = await t.call('PUT', `/api/plans/${planId}/actions/${actionId}/outcome`, { ...as('angel'), body: { outcome: 'went_well' } });
    expect(out.status).toBe(200);
    expect(((await out.json()) as { items: { outcome: string }[] }).items[0]!.outcome).toBe('went_well');
    const view = (await (await t.call('GET', '/api/solutions/cassa-prova')).json()) as { usedBy: number; outcomes: { went_well: number } };
    expect(view.usedBy).toBe(1);
    expect(view.outcomes.went_well).toBe(1);
    // The plan view carries the link itself, so the plan page is drawn with it (and kept offline).
    const plan = (await (await t.call('GET', `/api/businesses/${shop.id}/plan`, as('angel'))).json()) as { solutions: { actionId: string; slug: string; outcome: string | null }[] };
    expect(plan.solutions).toEqual([expect.objectContaining({ actionId, slug: 'cassa-prova', outcome: 'went_well' })]);
  });

  it('a tie to the provider must be declared; with it, the review shows it', async () => {
    const undeclared = await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('angel'), body: { businessId: shop.id, rating: 5, text: 'Ottima', tiedToProvider: true } });
    expect(undeclared.status).toBe(422);
    expect(((await undeclared.json()) as { code: string; errors: { field: string }[] }).errors[0]!.field).toBe('tie.what');
    expect(await t.db.select().from(solutionReview)).toHaveLength(0);
    const res = await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('angel'), body: { businessId: shop.id, rating: 5, text: 'Ottima', tiedToProvider: true, tie: { what: 'Prendo una provvigione', kind: 'earns_from' } } });
    expect(res.status).toBe(201);
    reviewId = ((await res.json()) as { id: string }).id;
    const view = (await (await t.call('GET', '/api/solutions/cassa-prova')).json()) as { reviews: { tie: { what: string } | null; usedFor: string }[] };
    expect(view.reviews[0]!.tie?.what).toBe('Prendo una provvigione');
    expect(view.reviews[0]!.usedFor).toBe('Attivare il POS');
    const ties = (await (await t.call('GET', `/api/users/${who.angel!.id}/provider-ties`)).json()) as { items: unknown[] };
    expect(ties.items).toHaveLength(1);
  });

  it('a second review for the same business is refused with a clear message', async () => {
    const res = await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('angel'), body: { businessId: shop.id, rating: 3, text: 'Di nuovo', tiedToProvider: false } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('solutions.review_exists');
  });

  it('the entrepreneur reviews what they used; a stranger cannot; a provider cannot review itself', async () => {
    expect((await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('stranger'), body: { businessId: shop.id, rating: 3, text: 'x', tiedToProvider: false } })).status).toBe(404);
    const tie = await t.call('POST', '/api/me/provider-ties', { ...as('owner'), body: { providerName: 'fornitore prova', what: 'È la mia ditta', kind: 'owns' } });
    expect(tie.status, await tie.clone().text()).toBe(201);
    const own = await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('owner'), body: { businessId: shop.id, rating: 5, text: 'La migliore', tiedToProvider: true } });
    expect(own.status).toBe(422);
    expect(((await own.json()) as { code: string }).code).toBe('solutions.own_solution');
  });

  it('a review is edited by its author only; coordinators hide it with a reason kept', async () => {
    expect((await t.call('PATCH', `/api/solutions/reviews/${reviewId}`, { ...as('coord'), body: { text: 'Cambiata' } })).status).toBe(403);
    expect((await t.call('PATCH', `/api/solutions/reviews/${reviewId}`, { ...as('angel'), body: { rating: 4 } })).status).toBe(200);
    expect((await t.call('POST', `/api/solutions/reviews/${reviewId}/hide`, { ...as('foreignCoord'), body: { reason: 'Pubblicità' } })).status).toBe(403);
    expect((await t.call('POST', `/api/solutions/reviews/${reviewId}/hide`, { ...as('coord'), body: { reason: 'Pubblicità mascherata' } })).status).toBe(200);
    const [row] = await t.db.select().from(solutionReview).where(eq(solutionReview.id, reviewId));
    expect(row!.hiddenReason).toBe('Pubblicità mascherata');
    const view = (await (await t.call('GET', '/api/solutions/cassa-prova')).json()) as { reviews: unknown[]; rating: { count: number } };
    expect(view.reviews).toHaveLength(0);
    expect(view.rating.count).toBe(0);
  });

  it('compares two published solutions', async () => {
    const [other] = await t.db.select().from(solution).where(eq(solution.slug, 'x-mio'));
    const res = await t.call('GET', `/api/solutions/compare?id=${solutionId}&id=${other!.id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('lists the published solutions in the sitemap', async () => {
    const xml = await (await t.call('GET', '/sitemap.xml')).text();
    expect(xml).toContain('/soluzioni/cassa-prova</loc>');
    expect(xml).not.toContain('/soluzioni/x-proposta<');
  });
});
