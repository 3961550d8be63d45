import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstBlockedFolder } from './os-user.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('firstBlockedFolder', () => {
  const stranger = { uid: 54_321, gid: 54_321 };

  it('names the first folder on the way that others may not enter', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-perm-'));
    made.push(top);
    const inner = path.join(top, 'a', 'b');
    fs.mkdirSync(inner, { recursive: true, mode: 0o755 });
    fs.chmodSync(top, 0o700);
    expect(firstBlockedFolder(inner, stranger)).toBe(top);
    fs.chmodSync(top, 0o711);
    expect(firstBlockedFolder(inner, stranger)).toBeUndefined();
  });

  it("uses the owner's bits for the owner", () => {
    const me = os.userInfo();
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-perm-'));
    made.push(top);
    expect(firstBlockedFolder(top, { uid: me.uid, gid: me.gid })).toBeUndefined();
  });
});
