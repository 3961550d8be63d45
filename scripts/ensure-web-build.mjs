#!/usr/bin/env node
// Builds the web app when web/dist is missing or older than its sources, so
// `npm start` and `npm test` work on a fresh clone and stay fast afterwards.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const web = path.join(root, 'web');
const built = path.join(web, 'dist', 'index.html');

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

if (!fs.existsSync(path.join(web, 'index.html'))) process.exit(0);
const sources = Math.max(newestMtime(web), newestMtime(path.join(root, 'src', 'shared')));
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) process.exit(0);

console.log('Building the web app (first start or changed sources)…');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(web, 'vite.config.ts'), '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
