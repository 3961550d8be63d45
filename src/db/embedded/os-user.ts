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

/**
 * The first folder on the way to `target` (itself included) that `runAs` may not
 * enter, judged from the permission bits as the kernel would; undefined when the
 * whole path is open to it.
 *
 * @example firstBlockedFolder('/root/app/data', { uid: 998, gid: 998 }); // '/root'
 */
export function firstBlockedFolder(target: string, runAs: TRunAs): string | undefined {
  const parts = target.split('/').filter(Boolean);
  let current = '/';
  for (const part of ['', ...parts]) {
    current = part ? (current === '/' ? `/${part}` : `${current}/${part}`) : '/';
    const st = fs.statSync(current);
    const bit = st.uid === runAs.uid ? 0o100 : st.gid === runAs.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return current;
  }
  return undefined;
}

/**
 * Refuses to start, in one line that says what to run, when the system user that runs
 * PostgreSQL cannot reach the data folder (a `mktemp -d` folder is 0700, a checkout
 * under /root likewise).
 */
export function assertReachableByServer(dataDir: string, runAs: TRunAs | undefined, userName: string): void {
  if (!runAs) return;
  const blocked = firstBlockedFolder(dataDir, runAs);
  if (!blocked) return;
  throw new Error(
    `PostgreSQL runs as the system user ${userName}, which cannot enter ${blocked}: run \`chmod o+x ${blocked}\` (or \`chown ${userName} ${blocked}\`), or set DATA_DIR to a folder it can reach.`,
  );
}
