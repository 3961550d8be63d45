import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type TEmbeddedServer } from '../db/embedded/supervisor.js';
import { prepareTemplate } from './template.js';

let server: TEmbeddedServer | undefined;
let dir: string | undefined;

/** One embedded cluster per run, in a temporary directory, with a migrated template database. */
export default async function setup(project: TestProject) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-test-'));
  fs.chmodSync(dir, 0o755);
  server = await startEmbeddedPostgres({ dataDir: dir });
  await prepareTemplate(server.adminUrl);
  project.provide('adminUrl', server.adminUrl);
  project.provide('dbKind', 'embedded');
  return async () => {
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
