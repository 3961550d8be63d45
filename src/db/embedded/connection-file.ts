import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ZConnection = z.object({
  url: z.string(),
  port: z.number(),
  pid: z.number(),
  ownerPid: z.number(),
});
export type TConnection = z.infer<typeof ZConnection>;

const fileName = 'connection.json';

/**
 * The running server's address and password, written for the `affianco` CLI.
 * Readable by the owner only because the URL carries the password.
 */
export function writeConnectionFile(dataDir: string, connection: TConnection): void {
  const target = path.join(dataDir, fileName);
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(connection, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, target);
}

export function readConnectionFile(dataDir: string): TConnection | undefined {
  try {
    return ZConnection.parse(JSON.parse(fs.readFileSync(path.join(dataDir, fileName), 'utf8')));
  } catch {
    return undefined;
  }
}

/** Removes the file only if it still describes the server we stopped. */
export function removeConnectionFile(dataDir: string, pid: number): void {
  const current = readConnectionFile(dataDir);
  if (current?.pid === pid) fs.rmSync(path.join(dataDir, fileName), { force: true });
}
