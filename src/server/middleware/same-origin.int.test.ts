import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business } from '../../db/schema/index.js';
import { TEST_BASE_URL, createTestApp, type TTestApp } from '../../test/app.js';
import { startTestApp, type TTestServer } from '../../test/app-server.js';
import { makeBusiness, makeUser, TEST_PASSWORD } from '../../test/factories.js';

let t: TTestApp;
let cookie: string;
let businessId: string;

beforeAll(async () => {
  t = await createTestApp();
  const owner = await makeUser(t.db);
  businessId = (await makeBusiness(t.db, owner.id, null)).id;
  cookie = await t.signIn(owner.email);
});
afterAll(() => t.close());

function rename(name: string, headers: Record<string, string>) {
  return Promise.resolve(
    t.app.request(`${TEST_BASE_URL}/api/businesses/${businessId}`, {
      method: 'PATCH',
      headers: { cookie, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name }),
    }),
  );
}

async function storedName() {
  const [row] = await t.db.select({ name: business.name }).from(business).where(eq(business.id, businessId));
  return row!.name;
}

describe('a change sent from another site', () => {
  it('is refused with 403 problem+json when the Origin is another site, even with a valid cookie', async () => {
    const res = await rename('Presa da fuori', { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('request.cross_site');
    expect(body.detail).toContain('altro sito');
    expect(await storedName()).toBe('Bottega di prova');
  });

  it('is refused when there is no Origin but the Referer is another site, or unreadable', async () => {
    expect((await rename('Presa da fuori', { referer: 'https://evil.example/page' })).status).toBe(403);
    expect((await rename('Presa da fuori', { referer: 'not a url' })).status).toBe(403);
    expect((await rename('Presa da fuori', { origin: 'null' })).status).toBe(403);
    // Same host, another port or scheme, is another origin.
    expect((await rename('Presa da fuori', { origin: 'http://localhost:4000' })).status).toBe(403);
    expect(await storedName()).toBe('Bottega di prova');
  });

  it('answers in English on request', async () => {
    const res = await Promise.resolve(
      t.app.request(`${TEST_BASE_URL}/api/intake/analyse`, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ text: 'vendo poco' }),
      }),
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toBe('This change comes from another site and is not accepted. Open Affianco and try again from there.');
  });

  it("passes the app's own origin or referer, and requests that carry neither (CLI, server to server)", async () => {
    expect((await rename('Dal sito', { origin: TEST_BASE_URL })).status).toBe(200);
    expect((await rename('Dal referer', { referer: `${TEST_BASE_URL}/impresa` })).status).toBe(200);
    expect((await rename('Senza intestazioni', {})).status).toBe(200);
    expect(await storedName()).toBe('Senza intestazioni');
  });

  it('lets reads from anywhere through (they change nothing)', async () => {
    const res = await t.app.request(`${TEST_BASE_URL}/api/businesses/${businessId}`, { headers: { cookie, origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
  });

  it("guards better-auth's own routes too, which keep working for the app's origin", async () => {
    const owner = await makeUser(t.db);
    const signIn = (origin: string) =>
      Promise.resolve(
        t.app.request(`${TEST_BASE_URL}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ email: owner.email, password: TEST_PASSWORD }),
        }),
      );
    const evil = await signIn('https://evil.example');
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { code: string }).code).toBe('request.cross_site');
    expect((await signIn(TEST_BASE_URL)).status).toBe(200);
  });
});

describe('a local server without PUBLIC_URL', () => {
  let server: TTestServer;
  beforeAll(async () => {
    server = await startTestApp({ seedDemo: false });
  });
  afterAll(() => server.close());

  it('takes changes from localhost and 127.0.0.1 on its port, and refuses other sites', async () => {
    const port = new URL(server.baseUrl).port;
    const analyse = (origin: string) =>
      fetch(`${server.baseUrl}/api/intake/analyse`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'vendo poco' }) });
    expect((await analyse(`http://localhost:${port}`)).status).toBe(200);
    expect((await analyse(`http://127.0.0.1:${port}`)).status).toBe(200);
    expect((await analyse('https://evil.example')).status).toBe(403);
  });
});
