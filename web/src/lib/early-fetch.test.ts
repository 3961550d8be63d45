import { afterEach, describe, expect, it, vi } from 'vitest';

// The client's messages come from i18n, which names the page's language on load.
vi.hoisted(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});

import { forgetSettled, settleEarly, takeEarly, takeSettled, takeSettledValue } from './early-fetch';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' } });

function started(answers: Record<string, Response | Promise<Response>>, at = Date.now()) {
  const early = Object.fromEntries(Object.entries(answers).map(([path, res]) => [path, { at, response: Promise.resolve(res) }]));
  (globalThis as { window?: unknown }).window = { __affiancoEarly: early };
}

afterEach(() => {
  (globalThis as { window?: unknown }).window = undefined;
});

describe('early answers', () => {
  it('are taken once: a second ask (a reload) goes to the network', async () => {
    started({ '/api/me': json(200, { user: { id: 'u1' } }) });
    await expect(takeEarly('/api/me')).resolves.toEqual({ user: { id: 'u1' } });
    expect(takeEarly('/api/me')).toBeUndefined();
  });

  it('are not used after the first moments of the visit', () => {
    started({ '/api/me': json(200, {}) }, Date.now() - 60_000);
    expect(takeEarly('/api/me')).toBeUndefined();
  });

  it('arrived in time, are ready for the first render; a refusal stays for the usual handling', async () => {
    started({ '/api/me': json(200, { user: { id: 'u1' } }), '/api/businesses/b/plan': json(404, { code: 'plan.not_started', title: 'x', detail: 'Non ancora' }) });
    await settleEarly(1000);
    expect(takeSettledValue('/api/businesses/b/plan')).toBeUndefined();
    await expect(takeEarly('/api/businesses/b/plan')).rejects.toMatchObject({ status: 404, code: 'plan.not_started' });
    expect(takeSettled('/api/me')).toEqual({ ok: true, value: { user: { id: 'u1' } } });
    // A first render React starts over (a tap during a hydration) finds the same answer…
    expect(takeSettled('/api/me')).toEqual({ ok: true, value: { user: { id: 'u1' } } });
    // …but asked for outside a render (the session after signing in) it is spent: the network answers.
    expect(takeEarly('/api/me')).toBeUndefined();
    expect(takeSettled('/api/me')).toBeUndefined();
    forgetSettled();
  });

  it('late, are handed over when they come instead of being asked again', async () => {
    let answer: (res: Response) => void = () => undefined;
    started({ '/api/me': new Promise<Response>((resolve) => (answer = resolve)) });
    await settleEarly(10);
    expect(takeSettled('/api/me')).toBeUndefined();
    const later = takeEarly('/api/me');
    expect(later).toBeDefined();
    answer(json(200, { user: { id: 'late' } }));
    await expect(later).resolves.toEqual({ user: { id: 'late' } });
  });
});
