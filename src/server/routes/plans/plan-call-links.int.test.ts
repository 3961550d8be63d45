import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, planAction, planHistory } from '../../../db/schema/index.js';
import { readOwnCall } from '../../../domain/funding/own-call.js';
import { romeDayOf } from '../../../domain/funding/rome-day.js';
import { saveCalls } from '../../../services/funding/call-store.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let ownerCookie: string;
let angelCookie: string;
let planId: string;
let goalId: string;
let bizId: string;
/** Calls by name: a national one closing in ten days, a rolling one, one closed, this sportello's own, another sportello's own. */
const calls: Record<'soon' | 'rolling' | 'closed' | 'own' | 'foreign', string> = { soon: '', rolling: '', closed: '', own: '', foreign: '' };

type TAction = { id: string; title: string; linkedCallId: string | null; version: number };
type TView = { actions: TAction[]; calls: { id: string; slug: string; title: string; closesDay: string | null; closing: string; closesSoon: boolean; status: string }[] };
const soon = () => new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
function dayAfter(days: number): string {
  const today = romeDayOf(new Date());
  return new Date(Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10) + days)).toISOString().slice(0, 10);
}
const planView = async (cookie = ownerCookie) => (await (await t.call('GET', `/api/businesses/${bizId}/plan`, { cookie })).json()) as TView;
const addAction = (title: string, linkedCallId: string | null | undefined) => t.call('POST', `/api/plans/${planId}/actions`, { cookie: angelCookie, body: { goalId, title, owner: 'entrepreneur', linkedCallId } });
const errorsOf = async (res: Response) => ((await res.json()) as { errors: unknown[] }).errors;

async function saveCall(id: string, over: { closesOn?: string | null; title: string }, context: { source: 'incentivi' | 'sportello'; sportelloId?: string }): Promise<string> {
  const read = readOwnCall({ id, title: over.title, description: "Cos'è Un aiuto. A chi si rivolge Le imprese. Cosa prevede Un contributo.", link: 'https://www.example.gov.it/bando', closesOn: over.closesOn ?? null, ...(over.closesOn ? {} : { closing: 'rolling' }), regions: ['16'], kinds: ['grant'], areas: ['ecommerce'], sizes: 'all', ateco: 'all' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const saved = await saveCalls(t.db, [{ ...read.call, source: context.source, id }], { sportelloId: context.sportelloId ?? null });
  return [...saved.ids.values()][0]!;
}

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['072']);
  const other = await makeSportello(t.db, ['073']);
  const owner = await makeUser(t.db);
  const biz = await makeBusiness(t.db, owner.id, desk.id, '072006');
  bizId = biz.id;
  ownerCookie = await t.signIn(owner.email);
  const angel = await makeAngel(t.db, desk.id, { comuneIstat: '072006' });
  await t.db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
  angelCookie = await t.signIn(angel.email);
  planId = ((await (await t.call('POST', `/api/businesses/${biz.id}/plan`, { cookie: angelCookie })).json()) as { plan: { id: string } }).plan.id;
  goalId = ((await (await t.call('POST', `/api/plans/${planId}/goals`, { cookie: angelCookie, body: { title: 'Un forno nuovo', indicator: { name: 'pezzi', unit: 'pezzi', baseline: 100, target: 160, byDate: soon() } } })).json()) as { id: string }).id;
  calls.soon = await saveCall('prova-voucher', { title: 'Voucher digitale', closesOn: dayAfter(10) }, { source: 'incentivi' });
  calls.rolling = await saveCall('prova-garanzia', { title: 'Fondo di garanzia', closesOn: null }, { source: 'incentivi' });
  calls.closed = await saveCall('prova-chiuso', { title: 'Bando chiuso', closesOn: '2025-07-31' }, { source: 'incentivi' });
  calls.own = await saveCall('bando-bari', { title: 'Bando dello sportello', closesOn: dayAfter(60) }, { source: 'sportello', sportelloId: desk.id });
  calls.foreign = await saveCall('bando-altro', { title: "Bando di un altro sportello", closesOn: dayAfter(60) }, { source: 'sportello', sportelloId: other.id });
});
afterAll(() => t.close());

describe('a plan action links a call for funding', () => {
  it('refuses an unknown call, and another sportello’s own call, next to the field, saving nothing', async () => {
    for (const id of [crypto.randomUUID(), calls.foreign]) {
      const res = await addAction('Domanda per il bando', id);
      expect(res.status).toBe(422);
      expect(await errorsOf(res)).toEqual([{ field: 'linkedCallId', message: 'unknown_call' }]);
    }
    const bad = await addAction('Domanda per il bando', 'voucher-digitale');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await errorsOf(bad))).toContain('linkedCallId');
    const view = await planView();
    expect(view.actions).toEqual([]);
    expect(view.calls).toEqual([]);
  });

  it('links a national call or the sportello’s own, and the plan gives each call with its deadline', async () => {
    expect((await addAction('Domanda per il voucher digitale', calls.soon)).status).toBe(201);
    expect((await addAction('Chiedere il prestito garantito', calls.rolling)).status).toBe(201);
    expect((await addAction('Domanda allo sportello', calls.own)).status).toBe(201);
    expect((await addAction('Senza bando', undefined)).status).toBe(201);
    const view = await planView();
    expect(view.actions.map((a) => [a.title, a.linkedCallId])).toEqual([
      ['Domanda per il voucher digitale', calls.soon],
      ['Chiedere il prestito garantito', calls.rolling],
      ['Domanda allo sportello', calls.own],
      ['Senza bando', null],
    ]);
    const byId = new Map(view.calls.map((c) => [c.id, c]));
    expect(view.calls).toHaveLength(3);
    expect(byId.get(calls.soon)).toMatchObject({ title: 'Voucher digitale', closesDay: dayAfter(10), closing: 'date', closesSoon: true, status: 'open' });
    expect(byId.get(calls.soon)!.slug).toMatch(/^[a-z0-9-]+$/);
    expect(byId.get(calls.rolling)).toMatchObject({ closesDay: null, closesSoon: false });
    expect(byId.get(calls.own)).toMatchObject({ closesSoon: false, status: 'open' });
    // The angel reads the same.
    expect((await planView(angelCookie)).calls).toHaveLength(3);
  });

  it('changes or removes the link with an update; a bad one is refused and the action stays as it was', async () => {
    const action = (await planView()).actions.find((a) => a.title === 'Senza bando')!;
    for (const id of [crypto.randomUUID(), calls.foreign]) {
      const res = await t.call('PATCH', `/api/plans/${planId}/actions/${action.id}`, { cookie: ownerCookie, body: { version: action.version, linkedCallId: id } });
      expect(res.status).toBe(422);
      expect(await errorsOf(res)).toEqual([{ field: 'linkedCallId', message: 'unknown_call' }]);
    }
    const [row] = await t.db.select().from(planAction).where(eq(planAction.id, action.id));
    expect(row).toMatchObject({ linkedCallId: null, version: action.version });

    const linked = await t.call('PATCH', `/api/plans/${planId}/actions/${action.id}`, { cookie: ownerCookie, body: { version: action.version, linkedCallId: calls.closed } });
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as TAction).linkedCallId).toBe(calls.closed);
    expect((await planView()).calls.find((c) => c.id === calls.closed)).toMatchObject({ status: 'closed', closesSoon: false, closesDay: '2025-07-31' });
    const history = await t.db.select().from(planHistory).where(eq(planHistory.entityId, action.id));
    expect(history.some((h) => JSON.stringify(h.changes).includes('linkedCallId'))).toBe(true);

    const unlinked = await t.call('PATCH', `/api/plans/${planId}/actions/${action.id}`, { cookie: ownerCookie, body: { version: action.version + 1, linkedCallId: null } });
    expect(unlinked.status).toBe(200);
    expect(((await unlinked.json()) as TAction).linkedCallId).toBeNull();
    expect((await planView()).calls.map((c) => c.id)).not.toContain(calls.closed);
  });

  it('checks a link changed offline the same way when the phone syncs', async () => {
    const action = (await planView()).actions.find((a) => a.title === 'Senza bando')!;
    const change = (linkedCallId: string) => ({ clientChangeId: crypto.randomUUID(), entity: 'action', entityId: action.id, baseVersion: action.version, base: { linkedCallId: null }, patch: { linkedCallId }, madeAt: new Date().toISOString() });
    const refused = (await (await t.call('POST', `/api/plans/${planId}/sync`, { cookie: ownerCookie, body: { changes: [change(calls.foreign)] } })).json()) as { results: { kind: string; errors?: unknown[] }[] };
    expect(refused.results[0]).toMatchObject({ kind: 'refused', errors: [{ field: 'linkedCallId', message: 'unknown_call' }] });
    expect((await planView()).actions.find((a) => a.id === action.id)!.linkedCallId).toBeNull();
    const applied = (await (await t.call('POST', `/api/plans/${planId}/sync`, { cookie: ownerCookie, body: { changes: [change(calls.rolling)] } })).json()) as { results: { kind: string }[] };
    expect(applied.results[0]!.kind).toBe('applied');
    expect((await planView()).actions.find((a) => a.id === action.id)!.linkedCallId).toBe(calls.rolling);
  });

  it('keeps the action when its call leaves the catalogue (the link goes)', async () => {
    const { fundingCall } = await import('../../../db/schema/index.js');
    await t.db.delete(fundingCall).where(eq(fundingCall.id, calls.own));
    const view = await planView();
    expect(view.actions.find((a) => a.title === 'Domanda allo sportello')!.linkedCallId).toBeNull();
    expect(view.calls.map((c) => c.id)).not.toContain(calls.own);
  });
});
