import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TTestServer } from '../test/app-server.js';

let t: TTestServer;
beforeAll(async () => {
  t = await startTestApp({ seedDemo: false });
});
afterAll(() => t.close());

const big = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });

function chunked(text: string) {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
      controller.close();
    },
  });
}

describe('a refused large body', () => {
  // Node's fetch keeps connections alive and reuses them: the next request goes on the same socket.
  it('closes the connection, so the next request on a keep-alive client succeeds', async () => {
    for (let i = 0; i < 30; i++) {
      const refused = await fetch(`${t.baseUrl}/api/intake/analyse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(refused.status).toBe(413);
      expect(refused.headers.get('connection')).toBe('close');
      expect(((await refused.json()) as { code: string }).code).toBe('request.too_large');
      const next = await fetch(`${t.baseUrl}/api/intake/analyse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Vorrei vendere online' }) });
      expect(next.status).toBe(200);
      await next.text();
    }
  });

  it('does the same for a body sent without a length (chunked)', async () => {
    for (let i = 0; i < 10; i++) {
      const refused = await fetch(`${t.baseUrl}/api/intake/analyse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked(big), duplex: 'half' } as RequestInit);
      expect(refused.status).toBe(413);
      await refused.text();
      const next = await fetch(`${t.baseUrl}/api/intake/sectors`);
      expect(next.status).toBe(200);
      await next.text();
    }
  });
});

describe('any refusal before the body is read', () => {
  it('closes the connection too: a cross-site write, a sign-in needed', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(200_000) });
    for (let i = 0; i < 10; i++) {
      const crossSite = await fetch(`${t.baseUrl}/api/intake/analyse`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: chunked(body), duplex: 'half' } as RequestInit);
      expect(crossSite.status).toBe(403);
      await crossSite.text();
      const next = await fetch(`${t.baseUrl}/api/intake/sectors`);
      expect(next.status).toBe(200);
      await next.text();
      const signedOut = await fetch(`${t.baseUrl}/api/plans`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked(body), duplex: 'half' } as RequestInit);
      expect(signedOut.status).toBeGreaterThanOrEqual(400);
      await signedOut.text();
      const again = await fetch(`${t.baseUrl}/api/intake/sectors`);
      expect(again.status).toBe(200);
      await again.text();
    }
  });
});

describe('a body of the wrong kind', () => {
  it('is refused with 415 and the connection closed, so the next request on the same client succeeds', async () => {
    for (let i = 0; i < 10; i++) {
      const refused = await fetch(`${t.baseUrl}/api/intake/analyse`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: chunked('x'.repeat(300_000)), duplex: 'half' } as RequestInit);
      expect(refused.status).toBe(415);
      expect(refused.headers.get('connection')).toBe('close');
      await refused.text();
      const next = await fetch(`${t.baseUrl}/api/intake/sectors`);
      expect(next.status).toBe(200);
      await next.text();
    }
  });
});
