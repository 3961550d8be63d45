import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from './file-store.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const readAll = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

describe('createFileStore', () => {
  it('writes under a random key with its sha256, leaves no temporary file, and reads back whole or in part', async () => {
    const store = createFileStore(dir);
    const bytes = new TextEncoder().encode('0123456789');
    const first = await store.put(bytes);
    const second = await store.put(bytes);
    expect(first.storageKey).toMatch(/^[a-f0-9]{32}$/);
    expect(first.storageKey).not.toBe(second.storageKey);
    expect(first.sha256).toBe('84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882');
    expect(first.bytes).toBe(10);
    const files = fs.readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.includes('.part-'))).toEqual([]);
    expect(await store.size(first.storageKey)).toBe(10);
    expect((await readAll(store.stream(first.storageKey))).toString()).toBe('0123456789');
    expect((await readAll(store.stream(first.storageKey, { start: 2, end: 4 }))).toString()).toBe('234');
    await store.remove(first.storageKey);
    await store.remove(first.storageKey);
    expect(await store.size(first.storageKey)).toBeUndefined();
  });

  it('refuses anything that is not one of its keys, so no path can be reached through it', () => {
    const store = createFileStore(dir);
    expect(() => store.stream('../../etc/passwd')).toThrow(/not a storage key/);
  });
});
