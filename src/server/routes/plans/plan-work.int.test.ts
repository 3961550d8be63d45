import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { makeLesson } from '../../../test/lessons.js';
import { inkedShareOfFirstPage } from '../../../test/pdf.js';

let t: TTestApp;
let ownerCookie: string;
let angelCookie: string;
let coordCookie: string;
let planId: string;
let goalId: string;
let actionId: string;
let bizId: string;

const soon = () => new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['098']);
  const owner = await makeUser(t.db);
  const biz = await makeBusiness(t.db, owner.id, desk.id, '098031');
  bizId = biz.id;
  ownerCookie = await t.signIn(owner.email);
  const angel = await makeAngel(t.db, desk.id);
  await t.db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
  angelCookie = await t.signIn(angel.email);
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, desk.id, 'coordinator');
  coordCookie = await t.signIn(coord.email);
  planId = ((await (await t.call('POST', `/api/businesses/${biz.id}/plan`, { cookie: angelCookie })).json()) as { plan: { id: string } }).plan.id;
  goalId = ((await (await t.call('POST', `/api/plans/${planId}/goals`, { cookie: angelCookie, body: { title: 'Più recensioni su Google', indicator: { name: 'recensioni', unit: 'recensioni', baseline: 3, target: 20, byDate: soon() } } })).json()) as { id: string }).id;
  actionId = ((await (await t.call('POST', `/api/plans/${planId}/actions`, { cookie: angelCookie, body: { goalId, title: 'Chiedi 5 recensioni ai clienti affezionati', owner: 'entrepreneur', dueDate: soon() } })).json()) as { id: string }).id;
});
afterAll(() => t.close());

describe('meeting log and rented hours', () => {
  it('logs hours against the package and refuses going beyond without the coordinator', async () => {
    expect((await t.call('PUT', `/api/plans/${planId}/engagement`, { cookie: angelCookie, body: { hoursPackage: 3, fundingCallId: null } })).status).toBe(200);
    const entry = { date: today(), mode: 'in_person', durationMinutes: 90, notes: 'In bottega', decisions: 'Partiamo da Google', nextSteps: ['Aprire la scheda Google', 'Fare 10 foto'], hours: 2 };
    const first = await t.call('POST', `/api/plans/${planId}/log`, { cookie: angelCookie, body: entry });
    expect(first.status).toBe(201);
    const over = await t.call('POST', `/api/plans/${planId}/log`, { cookie: angelCookie, body: { ...entry, hours: 2 } });
    expect(over.status).toBe(409);
    const overBody = (await over.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(overBody.code).toBe('plan.hours_exceed_package');
    // The message next to the field says why in words (the web maps the code), not a bare figure.
    expect(overBody.errors).toEqual([{ field: 'hours', message: 'hours_exceed_package' }]);
    expect((await t.call('POST', `/api/plans/${planId}/engagement/approve`, { cookie: angelCookie, body: { extraHours: 2 } })).status).toBe(403);
    expect((await t.call('POST', `/api/plans/${planId}/engagement/approve`, { cookie: coordCookie, body: { extraHours: 2 } })).status).toBe(200);
    expect((await t.call('POST', `/api/plans/${planId}/log`, { cookie: angelCookie, body: { ...entry, hours: 2 } })).status).toBe(201);
    const plan = (await (await t.call('GET', `/api/plans/${planId}/history`, { cookie: ownerCookie })).json()) as { items: unknown[] };
    expect(plan.items.length).toBeGreaterThan(0);

    // Next steps become actions in one tap.
    const { id: entryId } = (await first.json()) as { id: string };
    const made = await t.call('POST', `/api/plans/${planId}/log/${entryId}/actions`, { cookie: ownerCookie, body: { goalId, owner: 'entrepreneur' } });
    expect(((await made.json()) as { items: { title: string }[] }).items.map((a) => a.title)).toEqual(['Aprire la scheda Google', 'Fare 10 foto']);
    // Once only: a second tap, or the other side at the same time, makes no copies.
    const again = await t.call('POST', `/api/plans/${planId}/log/${entryId}/actions`, { cookie: angelCookie, body: { goalId, owner: 'angel' } });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('plan.steps_already_turned');
    const view = (await (await t.call('GET', `/api/businesses/${bizId}/plan`, { cookie: ownerCookie })).json()) as { actions: { title: string }[]; log: { id: string; stepsTurnedAt: string | null }[] };
    expect(view.actions.filter((a) => a.title === 'Fare 10 foto')).toHaveLength(1);
    expect(view.log.find((e) => e.id === entryId)!.stepsTurnedAt).not.toBeNull();
  });

  it('links an action to a template on the web or a lesson code, and refuses any other address', async () => {
    await makeLesson(t.db, { slug: 'prezzo-giusto', title: 'Il prezzo giusto' });
    const add = (link: string) => t.call('POST', `/api/plans/${planId}/actions`, { cookie: angelCookie, body: { goalId, title: 'Prepara il listino', owner: 'entrepreneur', linkedLessonId: link } });
    expect((await add('https://www.example.org/modelli/listino.pdf')).status).toBe(201);
    expect((await add('prezzo-giusto')).status).toBe(201);
    const bad = await add('javascript:alert(1)');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'linkedLessonId', message: 'invalid_link' }]);
  });

  it('keeps the package agreed: only the coordinator changes its hours, never below what is used, and the history says who', async () => {
    const put = (cookie: string, body: unknown) => t.call('PUT', `/api/plans/${planId}/engagement`, { cookie, body });
    type TView = { engagement: { hoursPackage: number; fundingCallId: string | null; approvedExtraHours: number } };
    const engagementNow = async () => ((await (await t.call('GET', `/api/businesses/${bizId}/plan`, { cookie: ownerCookie })).json()) as TView).engagement;
    const before = await engagementNow();

    // Raising the hours would skip the coordinator's approval: refused for the angel and the entrepreneur, nothing changed.
    const raised = await put(angelCookie, { hoursPackage: before.hoursPackage + 10, fundingCallId: null });
    expect(raised.status).toBe(403);
    const problem = (await raised.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('plan.package_needs_coordinator');
    expect(problem.errors[0]!.field).toBe('hoursPackage');
    expect((await put(ownerCookie, { hoursPackage: before.hoursPackage + 10, fundingCallId: null })).status).toBe(403);
    expect(await engagementNow()).toEqual(before);

    // The angel may tie the same hours to a voucher.
    expect((await put(angelCookie, { hoursPackage: before.hoursPackage, fundingCallId: ' Voucher digitale 2026 ' })).status).toBe(200);
    expect((await engagementNow()).fundingCallId).toBe('Voucher digitale 2026');

    // The coordinator changes the hours, but not below what is used.
    expect((await put(coordCookie, { hoursPackage: 20, fundingCallId: 'Voucher digitale 2026' })).status).toBe(200);
    const below = await put(coordCookie, { hoursPackage: 0.25, fundingCallId: null });
    expect(below.status).toBe(422);
    expect(((await below.json()) as { errors: { field: string; message: string }[] }).errors).toEqual([{ field: 'hoursPackage', message: 'package_below_used' }]);
    expect((await engagementNow()).hoursPackage).toBe(20);

    const history = (await (await t.call('GET', `/api/plans/${planId}/history`, { cookie: ownerCookie })).json()) as { items: { entityKind: string; byName: string | null; changes: { field: string; from: unknown; to: unknown }[] }[] };
    const hours = history.items.filter((h) => h.entityKind === 'engagement');
    expect(hours.map((h) => h.changes.map((c) => c.field).join())).toEqual(['hoursPackage', 'fundingCallId', 'approvedExtraHours', 'hoursPackage']);
    expect(hours[0]!.changes[0]).toMatchObject({ from: before.hoursPackage, to: 20 });
    expect(hours.every((h) => h.byName)).toBe(true);
  });

  it('writes an entry sent twice from a phone once (Idempotency-Key)', async () => {
    const key = crypto.randomUUID();
    const entry = { date: today(), mode: 'phone', durationMinutes: 20, notes: 'Telefonata', decisions: '', nextSteps: [], hours: 0 };
    const a = (await (await t.call('POST', `/api/plans/${planId}/log`, { cookie: angelCookie, body: entry, headers: { 'idempotency-key': key } })).json()) as { id: string };
    const b = (await (await t.call('POST', `/api/plans/${planId}/log`, { cookie: angelCookie, body: entry, headers: { 'idempotency-key': key } })).json()) as { id: string };
    expect(b.id).toBe(a.id);
  });
});

describe('comments', () => {
  it('go on goals and actions of this plan only', async () => {
    expect((await t.call('POST', `/api/plans/${planId}/comments`, { cookie: ownerCookie, body: { targetKind: 'action', targetId: actionId, body: 'Fatto con due clienti!' } })).status).toBe(201);
    expect((await t.call('POST', `/api/plans/${planId}/comments`, { cookie: ownerCookie, body: { targetKind: 'goal', targetId: crypto.randomUUID(), body: 'x' } })).status).toBe(422);
    const list = (await (await t.call('GET', `/api/plans/${planId}/comments`, { cookie: angelCookie })).json()) as { items: { body: string }[] };
    expect(list.items.map((c) => c.body)).toContain('Fatto con due clienti!');
  });
});

describe('changes made offline', () => {
  it('are applied once, merged when other fields changed, and returned as a conflict when both changed the same field', async () => {
    const change = (over: Record<string, unknown>) => ({ clientChangeId: crypto.randomUUID(), entity: 'action', entityId: actionId, baseVersion: 1, base: { status: 'todo' }, patch: { status: 'doing' }, madeAt: new Date().toISOString(), ...over });
    const first = change({});
    const applied = (await (await t.call('POST', `/api/plans/${planId}/sync`, { cookie: angelCookie, body: { changes: [first] } })).json()) as { results: { kind: string }[] };
    expect(applied.results[0]!.kind).toBe('applied');
    const replay = (await (await t.call('POST', `/api/plans/${planId}/sync`, { cookie: angelCookie, body: { changes: [first] } })).json()) as { results: { kind: string }[] };
    expect(replay.results[0]!.kind).toBe('unchanged');

    // Meanwhile (version 2) the entrepreneur marks it done; the phone, still on version 1, says blocked.
    await t.call('PATCH', `/api/plans/${planId}/actions/${actionId}`, { cookie: ownerCookie, body: { version: 2, status: 'done' } });
    const clash = (await (await t.call('POST', `/api/plans/${planId}/sync`, { cookie: angelCookie, body: { changes: [change({ patch: { status: 'blocked' } })] } })).json()) as { results: { kind: string; fields: string[]; server: { status: string }; client: { status: string } }[] };
    expect(clash.results[0]).toMatchObject({ kind: 'conflict', fields: ['status'], server: { status: 'done' }, client: { status: 'blocked' } });

    const merge = (await (await t.call('POST', `/api/plans/${planId}/sync`, { cookie: angelCookie, body: { changes: [change({ base: { title: 'Chiedi 5 recensioni ai clienti affezionati' }, patch: { title: 'Chiedi 8 recensioni' } })] } })).json()) as { results: { kind: string; entity: { title: string; status: string } }[] };
    expect(merge.results[0]).toMatchObject({ kind: 'merged', entity: { title: 'Chiedi 8 recensioni', status: 'done' } });
  });
});

describe('exports', () => {
  it('gives a PDF whose first page is not blank, and a CSV', async () => {
    const pdf = await t.call('GET', `/api/plans/${planId}/export.pdf?lang=it`, { cookie: ownerCookie });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(inkedShareOfFirstPage(await pdf.arrayBuffer())).toBeGreaterThan(0.01);
    const csv = await (await t.call('GET', `/api/plans/${planId}/export.csv?lang=it`, { cookie: ownerCookie })).text();
    expect(csv.split('\r\n')[0]).toContain('Obiettivo,Indicatore');
    expect(csv).toContain('Chiedi 8 recensioni');
  });
});
