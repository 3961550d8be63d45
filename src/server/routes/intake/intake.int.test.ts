import crypto from 'node:crypto';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeRequest } from '../../../db/schema/index.js';
import { CONSENT_VERSION } from '../../../shared/consent.js';
import { ascoltoBody } from '../../../test/ascolto-body.js';
import { cookieFrom, createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeSportello, makeUser } from '../../../test/factories.js';
import { firstLink } from '../../../test/smtp.js';

let t: TTestApp;
let sportelloId: string;
let coordCookie: string;
let otherCoordCookie: string;

const body = ascoltoBody;
const send = (payload: unknown, key: string | null = crypto.randomUUID(), cookie?: string) =>
  t.call('POST', '/api/intake/requests', { body: payload, cookie, headers: key ? { 'idempotency-key': key } : {} });
const stored = async () => (await t.db.select({ n: count() }).from(intakeRequest))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['098']);
  sportelloId = desk.id;
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, desk.id, 'coordinator');
  coordCookie = await t.signIn(coord.email);
  const other = await makeSportello(t.db, ['072']);
  const otherCoord = await makeUser(t.db);
  await addMember(t.db, otherCoord.id, other.id, 'coordinator');
  otherCoordCookie = await t.signIn(otherCoord.email);
});
afterAll(() => t.close());

describe('reading needs', () => {
  it('answers with the areas it understood and the words that told it', async () => {
    const res = await t.call('POST', '/api/intake/analyse', { body: { text: 'Non ho problemi di soldi, ma nessuno mi trova su internet.' } });
    expect(res.status).toBe(200);
    const { areas } = (await res.json()) as { areas: { area: string; evidence: string[] }[] };
    expect(areas[0]?.area).toBe('communication');
    expect(areas.map((a) => a.area)).not.toContain('finance');
  });

  it('lists sectors in plain words with their ATECO division', async () => {
    const { items } = (await (await t.call('GET', '/api/intake/sectors')).json()) as { items: { id: string; division: string }[] };
    expect(items.find((s) => s.id === 'bar-ristorante')?.division).toBe('56');
  });
});

describe('sending an ascolto without an account', () => {
  it('stores it once, routed to the sportello of the comune, with both proposed and chosen areas', async () => {
    const key = crypto.randomUUID();
    const first = await send(body(), key);
    expect(first.status).toBe(201);
    const result = (await first.json()) as { id: string; sportello: { id: string }; proposedAreas: { area: string }[]; chosenAreas: string[] };
    expect(result.sportello.id).toBe(sportelloId);
    expect(result.proposedAreas[0]?.area).toBe('marketing');
    expect(result.chosenAreas).toEqual(['marketing']);

    const before = await stored();
    const again = await send(body(), key);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(result.id);
    expect(await stored()).toBe(before);

    const inbox = (await (await t.call('GET', `/api/sportelli/${sportelloId}/intake-requests`, { cookie: coordCookie })).json()) as { items: { id: string; sectorLabel: string; consentVersion: string }[] };
    expect(inbox.items.filter((i) => i.id === result.id)).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ sectorLabel: 'Bar e ristoranti', consentVersion: CONSENT_VERSION });
  });

  it('stores two concurrent sends with the same key once', async () => {
    const key = crypto.randomUUID();
    const before = await stored();
    const [a, b] = await Promise.all([send(body(), key), send(body(), key)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await stored()).toBe(before + 1);
  });

  it('refuses a replayed key with a different body and stores nothing', async () => {
    const key = crypto.randomUUID();
    await send(body(), key);
    const before = await stored();
    const res = await send(body({ text: 'Tutt’altra storia: le bollette sono triplicate.' }), key);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('request.idempotency_mismatch');
    expect(await stored()).toBe(before);
  });

  it('refuses bad input with field messages and stores nothing', async () => {
    const before = await stored();
    const cases: [unknown, string | null, string][] = [
      [body(), null, 'idempotency-key'],
      [body({ text: 'corto' }), crypto.randomUUID(), 'text'],
      [body({ chosenAreas: ['marketing', 'astrology'] }), crypto.randomUUID(), 'chosenAreas.1'],
      [body({ comuneIstat: '999999' }), crypto.randomUUID(), 'comuneIstat'],
      [body({ consent: { version: CONSENT_VERSION, accepted: false } }), crypto.randomUUID(), 'consent.accepted'],
      [body({ consent: { version: '2020-01-v0', accepted: true } }), crypto.randomUUID(), 'consent'],
      [body({ contact: { kind: 'callback', name: 'X', phone: null, email: null } }), crypto.randomUUID(), 'contact.phone'],
      [body({ extra: '<script>' }), crypto.randomUUID(), 'extra'],
    ];
    for (const [payload, key, field] of cases) {
      const res = await send(payload, key);
      expect(res.status, field).toBe(422);
      const problem = (await res.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field), field).toContain(field);
    }
    expect(await stored()).toBe(before);
  });
});

describe('saving with an account', () => {
  it('becomes the business of the person once they follow the magic link', async () => {
    const email = 'nuova.imprenditrice@example.test';
    const res = await send(body({ contact: { kind: 'account', email }, businessName: 'Forno Nuovo' }));
    expect(res.status).toBe(201);
    await t.call('POST', '/api/auth/sign-in/magic-link', { body: { email, callbackURL: '/account' } });
    const link = firstLink((await t.mailbox.waitFor(email)).text);
    const cookie = cookieFrom(await t.app.request(link));
    const me = (await (await t.call('GET', '/api/me', { cookie })).json()) as { businesses: { id: string; name: string; sportelloName: string }[] };
    expect(me.businesses).toEqual([expect.objectContaining({ name: 'Forno Nuovo' })]);
    const request = await t.call('GET', `/api/intake/requests/${((await res.json()) as { id: string }).id}`, { cookie });
    expect(request.status).toBe(200);
  });

  it('is not claimed by someone who signs up with that e-mail without verifying it', async () => {
    const email = 'non.verificata@example.test';
    const sent = (await (await send(body({ contact: { kind: 'account', email } }))).json()) as { id: string };
    const signUp = await t.call('POST', '/api/auth/sign-up/email', { body: { name: 'Intrusa', email, password: 'password-lunga-12' } });
    const cookie = cookieFrom(signUp);
    const me = (await (await t.call('GET', '/api/me', { cookie })).json()) as { businesses: unknown[] };
    expect(me.businesses).toEqual([]);
    expect((await t.call('GET', `/api/intake/requests/${sent.id}`, { cookie })).status).toBe(404);
  });

  it('a signed-in person gets the business at once', async () => {
    const u = await makeUser(t.db);
    const cookie = await t.signIn(u.email);
    const res = await send(body({ contact: { kind: 'account', email: u.email } }), crypto.randomUUID(), cookie);
    const result = (await res.json()) as { businessId: string };
    expect(result.businessId).toBeTruthy();
    expect((await t.call('GET', `/api/businesses/${result.businessId}`, { cookie })).status).toBe(200);
  });
});

describe('who sees a request', () => {
  it('the coordinator of its sportello, not another one, nor a visitor', async () => {
    const { id } = (await (await send(body())).json()) as { id: string };
    expect((await t.call('GET', `/api/intake/requests/${id}`, { cookie: coordCookie })).status).toBe(200);
    expect((await t.call('GET', `/api/intake/requests/${id}`, { cookie: otherCoordCookie })).status).toBe(404);
    expect((await t.call('GET', `/api/intake/requests/${id}`)).status).toBe(401);
    expect((await t.call('GET', `/api/sportelli/${sportelloId}/intake-requests`, { cookie: otherCoordCookie })).status).toBe(404);
  });
});
