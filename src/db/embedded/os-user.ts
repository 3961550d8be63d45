import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface TRunAs {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root (CI, containers) the server
 * runs as a dedicated system user, created once; otherwise as ourselves.
 * Returns undefined when no switch is needed.
 */
export function resolveRunAs(userName: string): TRunAs | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  let ids = lookupUser(userName);
  if (!ids) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', '--user-group', userName], {
      stdio: 'ignore',
    });
    ids = lookupUser(userName);
  }
  if (!ids) throw new Error(`Could not create the system user ${userName} for PostgreSQL`);
  return ids;
}

function lookupUser(userName: string): TRunAs | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', userName], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', userName], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Gives a path to the PostgreSQL user, so a server running as that user can write it. */
export function chownForServer(target: string, runAs: TRunAs | undefined): void {
  if (runAs) fs.chownSync(target, runAs.uid, runAs.gid);
}
