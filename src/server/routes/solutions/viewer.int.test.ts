import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, plan, planAction, planGoal, solution } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

// The viewer's part of a solution's page (GET /api/solutions/{slug}/mine), the list to vet
// (GET /api/solutions/manage) and the editor's copy (GET /api/solutions/by-id/{id}/input).

let t: TTestApp;
const who: Record<string, { id: string; cookie: string }> = {};
let deskId = '';
let otherDeskId = '';
let shopId = '';
let planId = '';
let actionId = '';

const body = (over: Record<string, unknown> = {}) => ({
  slug: 'agenda-prova',
  name: 'Agenda di prova',
  provider: 'Agende Prova',
  summary: { it: 'Un’agenda semplice.', en: 'A simple diary.' },
  whatItDoes: { it: 'Prenoti gli appuntamenti.' },
  notFor: { it: 'Chi non prende appuntamenti.' },
  areas: ['organisation'],
  sectors: [],
  dataLocation: 'eu',
  hoursPerWeek: 1,
  minimumMonths: 0,
  noticeDays: 30,
  portability: { customers: { can: 'yes', format: 'CSV' }, products: { can: 'unknown' }, invoices: { can: 'no' } },
  alternativeSlugs: [],
  sportelloId: null,
  status: 'published',
  parts: [{ kind: 'monthly', amount: 12, sourceText: 'Listino di prova', asOf: '2026-11-01', isExample: true }],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  deskId = (await makeSportello(t.db)).id;
  otherDeskId = (await makeSportello(t.db)).id;
  const make = async (key: string, opts: { isAdmin?: boolean } = {}) => {
    const u = await makeUser(t.db, { name: `Persona ${key}`, ...opts });
    who[key] = { id: u.id, cookie: '' };
    return u;
  };
  const users = { admin: await make('admin', { isAdmin: true }), coord: await make('coord'), otherCoord: await make('otherCoord'), angel: await make('angel'), otherAngel: await make('otherAngel'), owner: await make('owner'), stranger: await make('stranger') };
  await addMember(t.db, users.coord.id, deskId, 'coordinator');
  await addMember(t.db, users.otherCoord.id, otherDeskId, 'coordinator');
  await addMember(t.db, users.angel.id, deskId, 'angel');
  await addMember(t.db, users.otherAngel.id, deskId, 'angel');
  shopId = (await makeBusiness(t.db, users.owner.id, deskId)).id;
  await t.db.insert(assignment).values({ businessId: shopId, angelUserId: users.angel.id, sportelloId: deskId });
  const [p] = await t.db.insert(plan).values({ businessId: shopId }).returning();
  planId = p!.id;
  const [g] = await t.db.insert(planGoal).values({ planId, title: 'Meno telefonate', indicatorName: 'telefonate', unit: 'count', baseline: 10, target: 2, current: 10, byDate: '2027-06-01' }).returning();
  const [a] = await t.db.insert(planAction).values({ planId, goalId: g!.id, title: 'Aprire l’agenda online', owner: 'angel' }).returning();
  actionId = a!.id;
  for (const [key, u] of Object.entries(users)) who[key]!.cookie = await t.signIn(u.email);
});
afterAll(() => t.close());

const as = (key: string) => ({ cookie: who[key]!.cookie });
type TPart = { canEdit: boolean; uses: { businessId: string; businessName: string; actions: { id: string; title: string }[]; myReviewId: string | null }[]; myReviews: { id: string }[]; tie: { what: string } | null; moderation: { canHide: string[]; hidden: { id: string; reason: string }[] } };
const mine = async (key: string) => {
  const res = await t.call('GET', '/api/solutions/agenda-prova/mine', as(key));
  expect(res.status).toBe(200);
  return (await res.json()) as TPart;
};

describe("a solution page's part for the viewer", () => {
  let solutionId = '';
  let reviewId = '';

  it('lists, for the business’s angel and its people, the plan actions that used it; nobody else', async () => {
    const created = await t.call('POST', '/api/solutions', { ...as('admin'), body: body() });
    expect(created.status).toBe(201);
    solutionId = ((await created.json()) as { id: string }).id;
    expect((await mine('angel')).uses).toEqual([]);
    expect((await t.call('PUT', `/api/plans/${planId}/actions/${actionId}/solution`, { ...as('angel'), body: { solutionId } })).status).toBe(200);
    for (const key of ['angel', 'owner']) {
      const part = await mine(key);
      expect(part.uses).toEqual([{ businessId: shopId, businessName: 'Bottega di prova', actions: [{ id: actionId, title: 'Aprire l’agenda online' }], myReviewId: null }]);
      expect(part.canEdit).toBe(false);
    }
    // Another angel of the same desk does not follow this business.
    expect((await mine('otherAngel')).uses).toEqual([]);
    expect((await mine('stranger')).uses).toEqual([]);
    expect((await mine('admin')).canEdit).toBe(true);
    expect((await mine('coord')).canEdit).toBe(false);
  });

  it('needs a signed-in person and a published solution', async () => {
    expect((await t.call('GET', '/api/solutions/agenda-prova/mine')).status).toBe(401);
    expect((await t.call('GET', '/api/solutions/nessuna-cosi/mine', as('angel'))).status).toBe(404);
  });

  it('shows the declared tie, the own review, and to the moderators what they may hide', async () => {
    const tie = await t.call('POST', '/api/me/provider-ties', { ...as('angel'), body: { providerName: 'agende prova', what: 'Ho fatto una consulenza per loro', kind: 'earns_from' } });
    expect(tie.status).toBe(201);
    expect((await mine('angel')).tie?.what).toBe('Ho fatto una consulenza per loro');
    const res = await t.call('POST', `/api/solutions/by-id/${solutionId}/reviews`, { ...as('angel'), body: { businessId: shopId, planActionId: actionId, rating: 4, text: 'Meno telefonate.', tiedToProvider: true } });
    expect(res.status).toBe(201);
    reviewId = ((await res.json()) as { id: string }).id;
    const part = await mine('angel');
    expect(part.uses[0]!.myReviewId).toBe(reviewId);
    expect(part.myReviews.map((r) => r.id)).toEqual([reviewId]);
    expect(part.moderation.canHide).toEqual([]);
    // The business's sportello's coordinator and the admin moderate; another sportello's does not.
    expect((await mine('coord')).moderation.canHide).toEqual([reviewId]);
    expect((await mine('admin')).moderation.canHide).toEqual([reviewId]);
    expect((await mine('otherCoord')).moderation.canHide).toEqual([]);
  });

  it('lists a hidden review with its reason to the moderators only', async () => {
    expect((await t.call('POST', `/api/solutions/reviews/${reviewId}/hide`, { ...as('coord'), body: { reason: 'Parla di un’altra impresa' } })).status).toBe(200);
    const coord = await mine('coord');
    expect(coord.moderation.canHide).toEqual([]);
    expect(coord.moderation.hidden).toEqual([expect.objectContaining({ id: reviewId, reason: 'Parla di un’altra impresa' })]);
    expect((await mine('otherCoord')).moderation.hidden).toEqual([]);
    expect((await mine('angel')).moderation.hidden).toEqual([]);
  });
});

describe("a review shows its author's declared tie", () => {
  it('also one declared after the review was written', async () => {
    const [row] = await t.db.select({ id: solution.id }).from(solution).where(eq(solution.slug, 'agenda-prova'));
    const res = await t.call('POST', `/api/solutions/by-id/${row!.id}/reviews`, { ...as('owner'), body: { businessId: shopId, rating: 5, text: 'Ci ha fatto risparmiare tempo.', tiedToProvider: false } });
    expect(res.status).toBe(201);
    const tieOf = async () => ((await (await t.call('GET', '/api/solutions/agenda-prova')).json()) as { reviews: { text: string; tie: { what: string } | null }[] }).reviews.find((r) => r.text === 'Ci ha fatto risparmiare tempo.')!.tie;
    expect(await tieOf()).toBeNull();
    expect((await t.call('POST', '/api/me/provider-ties', { ...as('owner'), body: { providerName: 'Agende Prova', what: 'Mio cugino ci lavora', kind: 'works_for' } })).status).toBe(201);
    expect((await tieOf())?.what).toBe('Mio cugino ci lavora');
  });
});

describe('the list to vet and the editor’s copy', () => {
  let proposalId = '';
  type TList = { scopes: { id: string | null; canPublish: boolean }[]; items: { id: string; status: string; canEdit: boolean }[] };
  const list = async (key: string) => (await (await t.call('GET', '/api/solutions/manage', as(key))).json()) as TList;

  it('puts an angel’s proposal in the list of its sportello’s coordinators, waiting first', async () => {
    const res = await t.call('POST', '/api/solutions', { ...as('angel'), body: body({ slug: 'cassa-proposta', name: 'Cassa proposta', sportelloId: deskId }) });
    expect(res.status).toBe(201);
    proposalId = ((await res.json()) as { id: string; status: string }).id;
    const angel = await list('angel');
    expect(angel.scopes).toEqual([
      { id: null, name: null, canPublish: false },
      { id: deskId, name: expect.any(String), canPublish: false },
    ]);
    expect(angel.items).toEqual([expect.objectContaining({ id: proposalId, status: 'proposed', canEdit: false })]);
    const coord = await list('coord');
    expect(coord.scopes.find((s) => s.id === deskId)?.canPublish).toBe(true);
    expect(coord.items[0]).toEqual(expect.objectContaining({ id: proposalId, status: 'proposed', canEdit: true }));
    expect((await list('otherCoord')).items.some((i) => i.id === proposalId)).toBe(false);
    expect((await list('stranger')).scopes).toEqual([]);
    expect((await t.call('GET', '/api/solutions/manage')).status).toBe(401);
  });

  it('gives the editor both languages and every price part; refuses others', async () => {
    const res = await t.call('GET', `/api/solutions/by-id/${proposalId}/input`, as('coord'));
    expect(res.status).toBe(200);
    const input = (await res.json()) as Record<string, unknown> & { summary: { en: string | null }; parts: { kind: string; amount: number }[] };
    expect(input.summary.en).toBe('A simple diary.');
    expect(input.parts).toEqual([expect.objectContaining({ kind: 'monthly', amount: 12, sourceText: 'Listino di prova', asOf: '2026-11-01' })]);
    expect(input.status).toBe('proposed');
    // The author reads it but may not edit it; another sportello's coordinator does not see it.
    expect((await t.call('GET', `/api/solutions/by-id/${proposalId}/input`, as('angel'))).status).toBe(403);
    expect((await t.call('GET', `/api/solutions/by-id/${proposalId}/input`, as('otherCoord'))).status).toBe(404);
    // Sent back as is with "published", it is published.
    const saved = await t.call('PUT', `/api/solutions/by-id/${proposalId}`, { ...as('coord'), body: { ...input, status: 'published' } });
    expect(saved.status).toBe(200);
    expect((await t.call('GET', '/api/solutions/cassa-proposta')).status).toBe(200);
  });
});
