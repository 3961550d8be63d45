import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../test/app.js';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('HTTP basics', () => {
  it('answers liveness and readiness', async () => {
    expect((await t.call('GET', '/health/live')).status).toBe(200);
    expect((await t.call('GET', '/health/ready')).status).toBe(200);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await t.call('GET', '/health/live');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS only over TLS', async () => {
    const res = await t.app.request('https://affianco.example/health/live');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('answers an unknown API route with a 404 problem in Italian by default and English on request', async () => {
    const it1 = await t.call('GET', '/api/does-not-exist');
    expect(it1.status).toBe(404);
    expect(it1.headers.get('content-type')).toContain('application/problem+json');
    const body = (await it1.json()) as { detail: string };
    expect(body).toMatchObject({ status: 404, code: 'route.not_found', title: 'Not Found', instance: '/api/does-not-exist' });
    expect(body.detail).toBe('Questa pagina non esiste.');
    const en = await t.call('GET', '/api/does-not-exist', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(((await en.json()) as { detail: string }).detail).toBe('This page does not exist.');
  });

  it('refuses malformed JSON with 400 and no stack trace', async () => {
    const { email } = await import('../test/factories.js').then((f) => f.makeUser(t.db));
    const cookie = await t.signIn(email);
    const res = await t.call('PATCH', '/api/me', { cookie, body: '{"locale": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).code).toBe('request.malformed_json');
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await t.call('POST', '/api/businesses', { body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('request.too_large');
  });

  it('publishes an OpenAPI 3.1 document in which every operation states its permission', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, permission: op['x-permission'] })),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) expect(op.permission, `${op.method} ${op.path}`).toBeTruthy();
    expect(doc.paths['/comuni']).toBeDefined();
  });

  it('renders a readable API reference without third-party scripts', async () => {
    const res = await t.call('GET', '/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/api/sportelli/{id}');
    expect(html).not.toContain('<script');
  });
});
