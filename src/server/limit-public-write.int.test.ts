import crypto from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { intakeRequest } from '../db/schema/index.js';
import { ascoltoBody } from '../test/ascolto-body.js';
import { TEST_BASE_URL, createTestApp, type TTestApp } from '../test/app.js';
import { makeSportello, makeUser, TEST_PASSWORD } from '../test/factories.js';
import { createApp } from './app.js';

/*
 * Public writes are counted in PostgreSQL per client address and per target sportello.
 * The limits are lowered here; the real ones (PUBLIC_WRITE_LIMITS) are far above real use.
 */

const ascolto = (comuneIstat = '098031') => ascoltoBody({ comuneIstat });

type TApp = TTestApp['app'];
function send(app: TApp, opts: { key?: string; comune?: string; from?: string; lang?: string } = {}) {
  const headers: Record<string, string> = { origin: TEST_BASE_URL, 'content-type': 'application/json', 'idempotency-key': opts.key ?? crypto.randomUUID() };
  if (opts.from) headers['x-forwarded-for'] = `${opts.from}, 10.0.0.1`;
  if (opts.lang) headers['accept-language'] = opts.lang;
  return Promise.resolve(app.request(`${TEST_BASE_URL}/api/intake/requests`, { method: 'POST', headers, body: JSON.stringify(ascolto(opts.comune)) }));
}

async function storedFor(t: TTestApp, comuneIstat: string) {
  return (await t.db.select({ n: count() }).from(intakeRequest).where(eq(intakeRequest.comuneIstat, comuneIstat)))[0]!.n;
}

describe('ascolto from one address', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp({ writeLimits: { intake: { windowSeconds: 600, perAddress: 3, perSportello: 1000 } } });
    await makeSportello(t.db, ['098']);
  });
  afterAll(() => t.close());

  it('is refused past the limit with 429 problem+json, Retry-After and when to retry in it and en, storing nothing', async () => {
    const first = crypto.randomUUID();
    expect((await send(t.app, { key: first })).status).toBe(201);
    expect((await send(t.app)).status).toBe(201);
    expect((await send(t.app)).status).toBe(201);
    const refused = await send(t.app);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const body = (await refused.json()) as { code: string; status: number; detail: string };
    expect(body).toMatchObject({ code: 'request.rate_limited', status: 429 });
    expect(body.detail).toMatch(/^Sono arrivate troppe richieste in poco tempo\. Riprova tra \d+ minut[oi]\.$/);
    const en = await send(t.app, { lang: 'en' });
    expect(en.status).toBe(429);
    expect(((await en.json()) as { detail: string }).detail).toMatch(/^Too many requests arrived in a short time\. Try again in \d+ minutes?\.$/);
    expect(await storedFor(t, '098031')).toBe(3);

    // The same draft sent again with its key is a replay, never refused, and stores nothing new.
    const resend = await send(t.app, { key: first });
    expect(resend.status).toBe(200);
    expect(await storedFor(t, '098031')).toBe(3);
  });

  it('is counted once for every instance on the database: a second app instance agrees', async () => {
    const t2 = await createTestApp({ writeLimits: { intake: { windowSeconds: 600, perAddress: 2, perSportello: 1000 } } });
    // Its own pool of connections, as another process would have.
    const otherDb = openDatabase(t2.database.url, { max: 2 });
    try {
      const other = createApp({ ...t2.deps, db: otherDb.db });
      expect((await send(t2.app, { comune: '015146' })).status).toBe(201);
      expect((await send(other, { comune: '015146' })).status).toBe(201);
      expect((await send(t2.app, { comune: '015146' })).status).toBe(429);
      expect((await send(other, { comune: '015146' })).status).toBe(429);
    } finally {
      await otherDb.close();
      await t2.close();
    }
  });

  it('lets exactly the limit through when many arrive at once', async () => {
    const t3 = await createTestApp({ writeLimits: { intake: { windowSeconds: 600, perAddress: 3, perSportello: 1000 } } });
    try {
      const statuses = await Promise.all(Array.from({ length: 12 }, () => send(t3.app, { comune: '015146' }).then((r) => r.status)));
      expect(statuses.filter((s) => s === 201)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(9);
      expect(await storedFor(t3, '015146')).toBe(3);
    } finally {
      await t3.close();
    }
  });
});

describe('ascolto behind a trusted proxy', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp({ trustProxy: true, writeLimits: { intake: { windowSeconds: 600, perAddress: 2, perSportello: 3 } } });
    await makeSportello(t.db, ['098']);
    await makeSportello(t.db, ['015']);
  });
  afterAll(() => t.close());

  it('counts each address of X-Forwarded-For apart, and all of them together towards one sportello', async () => {
    expect((await send(t.app, { from: '203.0.113.1' })).status).toBe(201);
    expect((await send(t.app, { from: '203.0.113.1' })).status).toBe(201);
    expect((await send(t.app, { from: '203.0.113.1' })).status).toBe(429);
    // Another address still gets through, until the sportello's own limit.
    expect((await send(t.app, { from: '203.0.113.2' })).status).toBe(201);
    expect((await send(t.app, { from: '203.0.113.3' })).status).toBe(429);
    // The flooder's refused sends did not use up the sportello: that took 3 stored ones.
    expect(await storedFor(t, '098031')).toBe(3);
    // Another sportello is not touched by this one's flood.
    expect((await send(t.app, { from: '203.0.113.3', comune: '015146' })).status).toBe(201);
  });
});

describe('ascolto without a trusted proxy', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp({ writeLimits: { intake: { windowSeconds: 600, perAddress: 2, perSportello: 1000 } } });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For, which anyone can write', async () => {
    expect((await send(t.app, { from: '198.51.100.1' })).status).toBe(201);
    expect((await send(t.app, { from: '198.51.100.2' })).status).toBe(201);
    expect((await send(t.app, { from: '198.51.100.3' })).status).toBe(429);
  });
});

describe('angel applications', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp({ writeLimits: { angel_application: { windowSeconds: 600, perAddress: 1, perSportello: 1000 } } });
    await makeSportello(t.db, ['098']);
  });
  afterAll(() => t.close());

  it('are limited per address too, with 429 problem+json and Retry-After', async () => {
    const apply = async () => {
      const person = await makeUser(t.db);
      const cookie = await t.signIn(person.email);
      const form = new FormData();
      form.set(
        'profile',
        JSON.stringify({
          skills: ['marketing'],
          sectors: ['10'],
          baseComuneIstat: '098031',
          radiusKm: 40,
          modes: ['remote'],
          languages: ['it'],
          capacity: 2,
          presentation: 'Ho aiutato molti caseifici a vendere direttamente, senza giri di parole.',
          isWhatsappAllowed: false,
        }),
      );
      return Promise.resolve(t.app.request(`${TEST_BASE_URL}/api/angels/application`, { method: 'POST', body: form, headers: { cookie, origin: TEST_BASE_URL } }));
    };
    const first = await apply();
    expect(first.status, await first.clone().text()).toBe(201);
    const second = await apply();
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await second.json()) as { code: string }).code).toBe('request.rate_limited');
  });
});

describe("better-auth's own refusals", () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp({ authLimits: { signIn: 2, magicLink: 1000, signUp: 1000 } });
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string, lang = 'it') =>
    Promise.resolve(
      t.app.request(`${TEST_BASE_URL}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { origin: TEST_BASE_URL, 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ email, password }),
      }),
    );

  it('come as problem+json with our code, in it and en, keeping better-auth’s code', async () => {
    const person = await makeUser(t.db);
    const wrong = await signIn(person.email, 'not-the-password', 'en');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(await wrong.json()).toMatchObject({ status: 401, code: 'auth.invalid_credentials', authCode: 'INVALID_EMAIL_OR_PASSWORD', detail: 'Wrong e-mail or password.' });

    const taken = await Promise.resolve(
      t.app.request(`${TEST_BASE_URL}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { origin: TEST_BASE_URL, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Doppione', email: person.email, password: TEST_PASSWORD }),
      }),
    );
    expect(taken.status).toBeGreaterThanOrEqual(400);
    expect(await taken.json()).toMatchObject({ code: 'auth.email_taken', detail: expect.stringContaining('già un accesso') });
  });

  it('a 429 becomes problem+json with Retry-After and when to retry, in it and en', async () => {
    const person = await makeUser(t.db);
    // The limit counts per address and path: the test above already used some of it.
    let res: Response | undefined;
    for (let i = 0; i < 5; i += 1) {
      res = await signIn(person.email, TEST_PASSWORD);
      if (res.status === 429) break;
    }
    expect(res!.status).toBe(429);
    expect(res!.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(res!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res!.json()) as { code: string; detail: string };
    expect(body.code).toBe('auth.rate_limited');
    expect(body.detail).toMatch(/^Troppi tentativi in poco tempo\. Riprova tra \d+ minut[oi]\.$/);
    const en = await signIn(person.email, TEST_PASSWORD, 'en');
    expect(en.status).toBe(429);
    expect(((await en.json()) as { detail: string }).detail).toMatch(/^Too many attempts in a short time\. Try again in \d+ minutes?\.$/);
  });

  it('lets successes through untouched, cookies included', async () => {
    const fresh = await createTestApp();
    try {
      const person = await makeUser(fresh.db);
      expect(await fresh.signIn(person.email)).toContain('better-auth.session_token=');
    } finally {
      await fresh.close();
    }
  });
});
