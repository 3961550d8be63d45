import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundingCall } from '../../db/schema/index.js';
import { readCallsText } from '../../domain/funding/read-calls-text.js';
import type { TCall } from '../../domain/funding/types.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { SNAPSHOT_FILE } from '../../test/funding-snapshot.js';
import { callOfRow, saveCalls } from './call-store.js';
import { loadFundingGeography } from './check-calls.js';
import fs from 'node:fs';

let t: TTestDatabase;
let calls: TCall[];
beforeAll(async () => {
  t = await createTestDatabase();
  const { comuni } = await loadFundingGeography();
  const read = readCallsText(fs.readFileSync(SNAPSHOT_FILE, 'utf8'), { comuni });
  if (!read.ok) throw new Error('snapshot unreadable');
  calls = read.calls;
});
afterAll(() => t.close());

describe('saving calls', () => {
  it('adds the snapshot, then finds it unchanged, then counts one changed record', async () => {
    const first = await saveCalls(t.db, calls);
    expect(first).toMatchObject({ added: calls.length, changed: 0, unchanged: 0 });
    const again = await saveCalls(t.db, calls);
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: calls.length });
    const edited = calls.map((c, i) => (i === 0 ? { ...c, title: `${c.title} (rettificato)`, raw: { ...(c.raw as object), Titolo: 'x' } } : c));
    const third = await saveCalls(t.db, edited);
    expect(third).toMatchObject({ added: 0, changed: 1, unchanged: calls.length - 1 });
  });

  it('reads a call back whole from its row, with its row id', async () => {
    const [row] = await t.db.select().from(fundingCall).where(eq(fundingCall.externalId, calls[1]!.id));
    const back = callOfRow(row!);
    expect(back.id).toBe(row!.id);
    expect(back.title).toBe(calls[1]!.title);
    expect(back.regions).toEqual(calls[1]!.regions);
    expect(row!.slug).toMatch(new RegExp(`-${calls[1]!.id}$`));
  });
});
