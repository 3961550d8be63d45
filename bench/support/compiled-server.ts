// The compiled server (`npm start`'s, ADR 018) in its own process on a fresh embedded DATA_DIR
// with the demo data, on a free loopback port: what the HTTP benchmarks measure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readConnectionFile } from '../../src/db/embedded/connection-file.js';
import { stopPid } from '../../src/db/embedded/supervisor.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface TCompiledServer {
  url: string;
  /** Stops the server and the embedded PostgreSQL it started, and removes the data folder. */
  stop(): Promise<void>;
}

/**
 * Builds what is stale (`builds`, run in order), starts the server and resolves once
 * /health/ready answers.
 *
 * @example const server = await startCompiledServer({ builds: ['scripts/ensure-server-build.mjs'] }); ... await server.stop();
 */
export async function startCompiledServer(options: { builds: string[]; nodeArgs?: string[] }): Promise<TCompiledServer> {
  for (const script of options.builds) {
    if (spawnSync(process.execPath, [path.join(ROOT, script)], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error(`${script} failed`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  // LOG_LEVEL=warn: one log line per request would measure the pipe to this process too.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(ROOT, 'build/server/main.js')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited');
    if (await fetch(`${url}/health/ready`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      const left = readConnectionFile(dataDir);
      if (left) await stopPid(left.pid);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
