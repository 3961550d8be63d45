import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConnectionFile } from './db/embedded/connection-file.js';
import { isProcessAlive } from './db/embedded/process.js';
import { stopPid } from './db/embedded/supervisor.js';
import { ROOT, runTs, runToEnd, type TChild } from './test/processes.js';

/**
 * `npm start` and the `affianco` CLI as a person runs them: real processes, a
 * fresh DATA_DIR, the embedded server, signals and kill -9.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-main-'));
fs.chmodSync(dataDir, 0o755);
const env = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
const cli = (...args: string[]) => runToEnd('bin/affianco.mjs', args, env);
let app: TChild | undefined;

afterAll(async () => {
  app?.child.kill('SIGKILL');
  const left = readConnectionFile(dataDir);
  if (left) await stopPid(left.pid);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// What `npm start` runs after its build checks: the compiled server, not the TypeScript sources.
async function startApp() {
  const proc = runTs('build/server/main.js', [], env);
  const [, url] = (await proc.waitFor(/Affianco is ready at (http:\/\/[^"\s]+)/, 90_000)) as RegExpMatchArray;
  return { proc, url: url! };
}

describe('npm start on a fresh DATA_DIR', () => {
  let url: string;

  it('compiles the server into build/server, and only when its sources changed', async () => {
    const build = await runToEnd('scripts/ensure-server-build.mjs', [], {});
    expect(build.code).toBe(0);
    expect(fs.existsSync(path.join(ROOT, 'build', 'server', 'main.js'))).toBe(true);
    const again = await runToEnd('scripts/ensure-server-build.mjs', [], {});
    expect(again.code).toBe(0);
    expect(again.output).not.toContain('Compiled the server');
  });

  it('creates, migrates and seeds the embedded database, then serves', async () => {
    const started = await startApp();
    app = started.proc;
    url = started.url;
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    const desks = (await (await fetch(`${url}/api/sportelli`)).json()) as { items: { slug: string }[] };
    expect(desks.items.map((d) => d.slug).sort()).toEqual(['demo-bari', 'demo-milano', 'demo-nuoro']);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    // Files found by their place in the repository, from the compiled bundle: the web build,
    // the shipped geography (seeded above from resources/geo) and the migrations (applied above).
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    const comuni = (await (await fetch(`${url}/api/comuni?q=mil`)).json()) as { items: { name: string }[] };
    expect(comuni.items.map((c) => c.name)).toContain('Milano');
  });

  it('lets the CLI use the running server through the connection file', async () => {
    const migrate = await cli('db', 'migrate');
    expect(migrate.output).toContain('Database up to date (running-app)');
    expect(migrate.code).toBe(0);
    const created = await cli('user', 'create', '--email', 'cli@example.test', '--name', 'Da CLI', '--password', 'password-lunga-1');
    expect(created.code).toBe(0);
    const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: 'cli@example.test', password: 'password-lunga-1' }),
    });
    expect(signIn.status).toBe(200);
  });

  it('seeds the demo again without duplicates', async () => {
    const seeded = await cli('seed', 'demo');
    expect(seeded.code).toBe(0);
    const desks = (await (await fetch(`${url}/api/sportelli`)).json()) as { items: unknown[] };
    expect(desks.items).toHaveLength(3);
  });

  it('refuses bad CLI input with a clear message and exit code 1', async () => {
    const bad = await cli('user', 'create', '--email', 'not-an-email', '--name', 'X', '--password', 'short');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('email: write a valid e-mail address');
    expect(bad.output).toContain('password: at least 10 characters');
    const missing = await cli('import', 'comuni', '/no/such/file.csv');
    expect(missing.code).toBe(1);
    const unknown = await cli('frobnicate');
    expect(unknown.code).not.toBe(0);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['db', 'seed', 'user', 'import']) expect(help.output).toContain(command);
  });

  it('after kill -9, the next start adopts the embedded server and serves again', async () => {
    const before = readConnectionFile(dataDir)!;
    app!.child.kill('SIGKILL');
    await app!.exited;
    expect(isProcessAlive(before.pid)).toBe(true);
    const again = await startApp();
    app = again.proc;
    expect(again.proc.output()).toContain('adopting');
    expect((await fetch(`${again.url}/health/live`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM, taking the embedded server with it', async () => {
    const { pid } = readConnectionFile(dataDir)!;
    app!.child.kill('SIGTERM');
    expect(await app!.exited).toBe(0);
    expect(isProcessAlive(pid)).toBe(false);
    app = undefined;
  });

  it('lets the CLI start its own server when the app is not running, and stop it after', async () => {
    const migrate = await cli('db', 'migrate');
    expect(migrate.output).toContain('Database up to date (started)');
    expect(readConnectionFile(dataDir)).toBeUndefined();
  });
});
