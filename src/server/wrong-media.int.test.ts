import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { business } from '../db/schema/index.js';
import { TEST_BASE_URL, createTestApp, type TTestApp } from '../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../test/factories.js';

/*
 * Walks the live OpenAPI document, so a route added later is covered without
 * editing this file: every operation, for a visitor, an entrepreneur and a
 * coordinator, gets a body of each kind it does not take. A body of the wrong kind
 * is bad input: never a 5xx, and where the operation takes JSON, a 415 (or 400/422)
 * problem+json.
 */

interface TOperation {
  method: string;
  path: string;
  jsonBody: boolean;
}

const WRONG_BODIES: { name: string; make(): { body: BodyInit; contentType?: string } }[] = [
  { name: 'text/plain', make: () => ({ body: 'name=Bottega', contentType: 'text/plain' }) },
  { name: 'application/x-www-form-urlencoded', make: () => ({ body: 'name=Bottega&locale=en', contentType: 'application/x-www-form-urlencoded' }) },
  {
    name: 'multipart/form-data',
    make: () => {
      const form = new FormData();
      form.set('name', 'Bottega');
      form.set('profile', '{}');
      // The Request sets the content type with its boundary.
      return { body: form };
    },
  },
  { name: 'application/xml', make: () => ({ body: '<business><name>Bottega</name></business>', contentType: 'application/xml' }) },
];

let t: TTestApp;
let ids: Record<string, string>;
let cookies: { who: string; cookie?: string }[];

beforeAll(async () => {
  t = await createTestApp();
  const desk = await makeSportello(t.db, ['015']);
  const coordinator = await makeUser(t.db);
  await addMember(t.db, coordinator.id, desk.id, 'coordinator');
  const owner = await makeUser(t.db);
  const shop = await makeBusiness(t.db, owner.id, desk.id);
  const angel = await makeAngel(t.db, desk.id);
  ids = { sportelli: desk.id, businesses: shop.id, plans: shop.id, angels: angel.id, comuni: '015146' };
  cookies = [{ who: 'visitor' }, { who: 'entrepreneur', cookie: await t.signIn(owner.email) }, { who: 'coordinator', cookie: await t.signIn(coordinator.email) }];
});
afterAll(() => t.close());

async function operations(): Promise<TOperation[]> {
  const res = await t.call('GET', '/api/openapi.json');
  const doc = (await res.json()) as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, jsonBody: Boolean(op.requestBody?.content?.['application/json']) })),
  );
}

/** A real id where the segment before the parameter names a resource we made; any uuid otherwise (404 is fine). */
function fill(path: string): string {
  const parts = path.split('/');
  return parts
    .map((part, i) => (part.startsWith('{') ? (ids[parts[i - 1] ?? ''] ?? crypto.randomUUID()) : part))
    .join('/');
}

function send(method: string, path: string, body: BodyInit, contentType: string | undefined, cookie?: string) {
  const headers: Record<string, string> = { origin: TEST_BASE_URL };
  if (contentType) headers['content-type'] = contentType;
  if (cookie) headers.cookie = cookie;
  return Promise.resolve(t.app.request(`${TEST_BASE_URL}/api${path}`, { method, headers, body }));
}

describe('a body of the wrong kind', () => {
  it('never makes any operation of the OpenAPI document fail with a 5xx', async () => {
    const ops = (await operations()).filter((op) => op.method !== 'GET' && op.method !== 'HEAD');
    expect(ops.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const { who, cookie } of cookies) {
      for (const op of ops) {
        for (const kind of WRONG_BODIES) {
          // The one multipart operation takes multipart: that is not a wrong kind there.
          if (!op.jsonBody && kind.name === 'multipart/form-data') continue;
          const { body, contentType } = kind.make();
          const res = await send(op.method, fill(op.path), body, contentType, cookie);
          const label = `${who} ${op.method} ${op.path} ${kind.name} → ${res.status}`;
          if (res.status >= 500) failures.push(label);
          else if (op.jsonBody && cookie && ![400, 401, 403, 404, 415, 422].includes(res.status)) failures.push(`${label} (accepted)`);
          else if (res.status >= 400 && !res.headers.get('content-type')?.includes('application/problem+json')) failures.push(`${label} (not problem+json)`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 415 problem+json that names the kind expected, in it and en, and changes nothing', async () => {
    const cookie = cookies.find((c) => c.who === 'entrepreneur')!.cookie;
    const it1 = await send('PATCH', `/businesses/${ids.businesses}`, 'name=Altro nome', 'text/plain', cookie);
    expect(it1.status).toBe(415);
    expect(it1.headers.get('content-type')).toContain('application/problem+json');
    const body = (await it1.json()) as { code: string; detail: string };
    expect(body.code).toBe('request.unsupported_media_type');
    expect(body.detail).toContain('application/json');
    const [row] = await t.db.select({ name: business.name }).from(business).where(eq(business.id, ids.businesses!));
    expect(row!.name).toBe('Bottega di prova');
  });

  it('answers a visitor analysing text sent as text/plain with 415, in English on request', async () => {
    const res = await Promise.resolve(
      t.app.request(`${TEST_BASE_URL}/api/intake/analyse`, { method: 'POST', headers: { origin: TEST_BASE_URL, 'content-type': 'text/plain', 'accept-language': 'en' }, body: 'vendo poco online' }),
    );
    expect(res.status).toBe(415);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('request.unsupported_media_type');
    expect(body.detail).toMatch(/^Send .*application\/json/);
  });

  it('refuses malformed multipart to the angel application with 400 problem+json, storing nothing', async () => {
    const applicant = await makeUser(t.db);
    const cookie = await t.signIn(applicant.email);
    const malformed = [
      { contentType: 'multipart/form-data; boundary=----affianco', body: '------affianco\r\nContent-Disposition: form-data; name="profile"\r\n\r\n{"skills":' },
      { contentType: 'multipart/form-data', body: 'no boundary at all' },
      { contentType: 'multipart/form-data; boundary=x', body: '' },
    ];
    for (const { contentType, body } of malformed) {
      const res = await send('POST', '/angels/application', body, contentType, cookie);
      expect(res.status, contentType).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { code: string }).code).toBe('request.malformed_multipart');
    }
    const me = await t.call('GET', '/api/angels/me', { cookie });
    expect(me.status).toBe(404);
    const json = await send('POST', '/angels/application', '{"profile":"{}"}', 'application/json', cookie);
    expect(json.status).toBe(415);
  });
});
