import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { runToEnd } from '../../test/processes.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Each run starts Node and tsx (~1 s).
vi.setConfig({ testTimeout: 60_000 });

describe('affianco lessons import and search', () => {
  it('imports the lesson folder once, then finds lessons as JSON best first', async () => {
    const env = { DATABASE_URL: t.url };
    const first = await runToEnd('src/cli/main.ts', ['lessons', 'import', 'resources/lessons'], env);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/added 3\d, changed 0, unchanged 0/);
    const second = await runToEnd('src/cli/main.ts', ['lessons', 'import', 'resources/lessons'], env);
    expect(second.output).toMatch(/added 0, changed 0, unchanged 3\d/);

    const search = await runToEnd('src/cli/main.ts', ['lessons', 'search', 'sito', 'a', '99', 'euro', '--json'], env);
    expect(search.code).toBe(0);
    const out = JSON.parse(search.output.trim().split('\n').at(-1)!) as { results: { slug: string; title: string; areas: string[]; level: string; score: number }[] };
    expect(out.results[0]).toMatchObject({ slug: 'il-sito-a-99-euro', areas: expect.arrayContaining(['communication']) });
    expect(Object.keys(out.results[0]!)).toEqual(['slug', 'title', 'areas', 'level', 'score']);
    const scores = out.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('refuses a folder that does not exist, with a message', async () => {
    const run = await runToEnd('src/cli/main.ts', ['lessons', 'import', 'no/such/folder'], { DATABASE_URL: t.url });
    expect(run.code).toBe(1);
    expect(run.output).toContain('cannot read no/such/folder');
  });
});
