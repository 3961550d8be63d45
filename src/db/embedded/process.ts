import fs from 'node:fs';

/** True when a process with this pid exists (signal 0 probes without touching it). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the pid belongs to a PostgreSQL server, not to a process that reused the number. */
export function isPostgresProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('postgres');
  } catch {
    // No /proc (macOS): trust the liveness probe.
    return true;
  }
}

export interface TPostmasterPid {
  pid: number;
  dataDir: string;
  port: number;
}

/** Reads PostgreSQL's postmaster.pid: line 1 pid, line 2 data directory, line 4 port. */
export function readPostmasterPid(file: string): TPostmasterPid | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, dataDir: lines[1] ?? '', port };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
