import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../config/paths.js';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-assign-bundle-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/*
 * The compiled server starts the worker by its file name beside the bundle's chunks. This builds
 * a caller and the worker as scripts/ensure-server-build.mjs does (esbuild, ESM, splitting, the
 * worker its own entry) and runs it with plain node, without tsx.
 */
describe('"Assegna tutte" in a bundle', () => {
  it('finds and runs its worker, and stops it at the time cap', async () => {
    const caller = path.join(dir, 'caller.ts');
    fs.writeFileSync(
      caller,
      `import { runAssignAll } from ${JSON.stringify(projectPath('src', 'services', 'assignment', 'run-assign-all.ts'))};
const b = { id: 'b1', location: { lat: 45.46, lon: 9.19 }, ateco: '56', needs: { marketing: 1 }, mode: 'any', language: 'it' };
const a = { id: 'a1', location: { lat: 45.46, lon: 9.19 }, radiusKm: 30, skills: ['marketing'], sectors: [], modes: ['in_person'], languages: ['it'], capacity: 2, activeCases: 0, available: true };
const preview = await runAssignAll({ businesses: [b], angels: [a] });
let capped = '';
try { await runAssignAll({ businesses: [b], angels: [a] }, { timeoutMs: 1 }); } catch (err) { capped = err.code; }
console.log(JSON.stringify({ pairs: preview.pairs.map((p) => [p.businessId, p.angelId]), capped }));
`,
    );
    const { build } = await import('esbuild');
    await build({
      entryPoints: { caller, 'assign-all-worker': projectPath('src', 'services', 'assignment', 'assign-all-worker.ts') },
      outdir: path.join(dir, 'out'),
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    const { stdout } = await run(process.execPath, [path.join(dir, 'out', 'caller.js')], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({ pairs: [['b1', 'a1']], capped: 'assignment.too_big' });
  });
});
