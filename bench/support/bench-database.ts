import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';

/**
 * A throwaway database for a bench: a fresh one on the server BENCH_DATABASE_URL names (its
 * maintenance database), else an embedded server in a temporary directory. `where` names it for
 * the printed figures; `stop` drops or removes it.
 * @example const { url, where, stop } = await benchDatabase('bench_lessons');
 */
export async function benchDatabase(prefix: string): Promise<{ url: string; where: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    const name = `${prefix}_${process.pid}`;
    await admin.query(`create database ${name}`);
    const u = new URL(process.env.BENCH_DATABASE_URL);
    u.pathname = `/${name}`;
    const version = (await admin.query('show server_version')).rows[0].server_version as string;
    return {
      url: u.toString(),
      where: `PostgreSQL ${version} (server)`,
      stop: async () => {
        await admin.query(`drop database ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `affianco-${prefix.replace(/_/g, '-')}-`));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: dir });
  return {
    url: server.url,
    where: 'embedded PostgreSQL 17',
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** p50, p95 and the slowest of a bench's samples, in ms with two decimals. */
export function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { p50: at(50).toFixed(2), p95: at(95).toFixed(2), max: s[s.length - 1]!.toFixed(2) };
}
