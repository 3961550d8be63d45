import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../../services/auth/auth.js';
import { createMailer } from '../../../services/mail/mailer.js';
import { createTestDatabase, type TTestDatabase } from '../../../test/db.js';
import { createApp } from '../../app.js';

let t: TTestDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  const logger = pino({ level: 'silent' });
  const mailer = createMailer({ db: t.db, logger, from: 'test@affianco.test' });
  const auth = createAuth({ db: t.db, mailer, secret: 'x'.repeat(32), baseUrl: 'http://localhost' });
  app = createApp({ db: t.db, auth, mailer, logger, config: { baseUrl: 'http://localhost', trustProxy: false } });
});
afterAll(() => t.drop());

/** Response bodies are checked field by field below; a loose type keeps the assertions short. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-only JSON access
type TJson = any;

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as TJson };
};

describe('GET /api/comuni', () => {
  it('finds Forlì first for "forli" with province, region and coordinates', async () => {
    const { status, body } = await get('/api/comuni?q=forli');
    expect(status).toBe(200);
    expect(body.items[0]).toEqual({
      istat: '040012',
      name: 'Forlì',
      province: { code: '040', sigla: 'FC', name: 'Forlì-Cesena' },
      region: { code: '08', name: 'Emilia-Romagna' },
      lat: expect.any(Number),
      lon: expect.any(Number),
    });
  });

  it('puts Lodi before Lodi Vecchio and honours the limit', async () => {
    const { body } = await get('/api/comuni?q=Lodi&limit=2');
    expect(body.items.map((c: { name: string }) => c.name)).toEqual(['Lodi', 'Lodi Vecchio']);
    const { body: ten } = await get('/api/comuni?q=s');
    expect(ten.items).toHaveLength(10);
  });

  it('matches accented names typed either way', async () => {
    const plain = await get('/api/comuni?q=cantu&limit=1');
    const accented = await get(`/api/comuni?q=${encodeURIComponent('Cantù')}&limit=1`);
    expect(plain.body.items[0].name).toBe('Cantù');
    expect(accented.body.items[0].istat).toBe(plain.body.items[0].istat);
  });

  it('refuses a missing, too long or out-of-range query as a problem', async () => {
    for (const path of ['/api/comuni', '/api/comuni?q=', `/api/comuni?q=${'a'.repeat(81)}`, '/api/comuni?q=lodi&limit=51', '/api/comuni?q=lodi&limit=0']) {
      const { status, type, body } = await get(path);
      expect(status, path).toBe(422);
      expect(type).toContain('application/problem+json');
      expect(body.code).toBe('request.invalid');
    }
  });
});

describe('GET /api/comuni/{istat}', () => {
  it('returns the comune or a 404 problem', async () => {
    const found = await get('/api/comuni/098031');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ istat: '098031', name: 'Lodi', province: { sigla: 'LO' }, region: { name: 'Lombardia' } });
    const missing = await get('/api/comuni/999999');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expect(missing.body.code).toBe('geo.comune_not_found');
    expect((await get('/api/comuni/abc')).status).toBe(422);
  });
});

describe('provinces, regions, ATECO', () => {
  it('lists 107 provinces with their region and 20 regions', async () => {
    const provinces = await get('/api/provinces');
    expect(provinces.body.items).toHaveLength(107);
    expect(provinces.body.items).toContainEqual({ code: '098', sigla: 'LO', name: 'Lodi', regionCode: '03', regionName: 'Lombardia' });
    const regions = await get('/api/regions');
    expect(regions.body.items).toHaveLength(20);
    expect(regions.body.items).toContainEqual({ code: '03', name: 'Lombardia' });
  });

  it('gives ATECO 2025 in the asked language', async () => {
    const it_ = await get('/api/ateco?locale=it');
    expect(it_.body.sections).toHaveLength(22);
    const food = it_.body.sections.find((s: { code: string }) => s.code === 'I');
    expect(food.divisions).toContainEqual({ code: '56', label: 'Bar e ristoranti', display: '56 — Bar e ristoranti' });
    const en = await get('/api/ateco?locale=en');
    expect(en.body.locale).toBe('en');
    expect(en.body.sections.flatMap((s: { divisions: unknown[] }) => s.divisions)).toHaveLength(87);
    expect((await get('/api/ateco?locale=fr')).status).toBe(422);
  });

  it('documents every geo route in the OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    for (const path of ['/comuni', '/comuni/{istat}', '/provinces', '/regions', '/ateco']) expect(body.paths[path]?.get, path).toBeDefined();
  });
});
