#!/usr/bin/env node
// Builds the web app when web/dist is missing or older than its sources, so
// `npm start` and `npm test` work on a fresh clone and stay fast afterwards.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const web = path.join(root, 'web');
// Both halves: the browser's app and the server's drawing of the plan page (web/dist-ssr).
const built = [path.join(web, 'dist', 'index.html'), path.join(web, 'dist-ssr', 'entry-server.js')];

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'dist' || entry === 'dist-ssr' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

if (!fs.existsSync(path.join(web, 'index.html'))) process.exit(0);
const sources = Math.max(newestMtime(web), newestMtime(path.join(root, 'src', 'shared')));
if (built.every((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs >= sources)) process.exit(0);

console.log('Building the web app (first start or changed sources)…');
for (const extra of [[], ['--ssr']]) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(web, 'vite.config.ts'), '--logLevel', 'warn', ...extra], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
