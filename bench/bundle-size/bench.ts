// JavaScript each page downloads, gzipped. Pages that run the app: the light entry, the app's core
// it starts (React, router, translator, layout: web/src/boot.tsx) and the route's chunk with what
// it imports statically. The reading pages drawn by the server (a lesson, the library, the community's list and threads) start
// light (ADR 024): the entry alone, until the reader taps something that needs the app.
// Peer in the same run: all JavaScript of the app (every lazy route), gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../../web/dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>;
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;

/** The chunk and everything it imports statically, as output file names. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const light = closure(entryKey);
const withApp = new Set(light);
for (const started of manifest[entryKey]!.dynamicImports ?? []) closure(started, withApp);
const sum = (files: Iterable<string>) => [...files].filter((f) => f.endsWith('.js')).reduce((total, f) => total + gz(f), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const appRoutes: [string, string][] = [
  ['/ascolto', 'src/features/intake/components/ascolto-page.tsx'],
  ['/check-up', 'src/features/checkup/components/checkup-page.tsx'],
  ['/check-up/:id (report)', 'src/features/checkup/components/report-page.tsx'],
  ['/incontra', 'src/features/matching/components/meet-page.tsx'],
  ['/piano', 'src/features/plans/components/plan-page.tsx'],
];
const readingRoutes: [string, string][] = [
  ['/lezioni', 'src/features/library/reading/library-page.tsx'],
  ['/lezioni/{slug}', 'src/features/library/reading/lesson-page.tsx'],
  ['/comunita', 'src/features/community/threads/community-page.tsx'],
  ['/comunita/{slug}', 'src/features/community/threads/thread-page.tsx'],
];
console.log(`landing page JS: ${kb(sum(withApp))} gzipped in ${withApp.size} files (of which the light entry ${kb(sum(light))})`);
for (const [route, source] of appRoutes) {
  if (!manifest[source]) continue;
  const files = closure(source, new Set(withApp));
  console.log(`${route} JS: ${kb(sum(files))} gzipped (of which the route's own ${kb(sum([...files].filter((f) => !withApp.has(f))))})`);
}
for (const [route, source] of readingRoutes) {
  if (!manifest[source]) continue;
  const afterTap = closure(source, new Set(withApp));
  console.log(`${route} JS on opening: ${kb(sum(light))} gzipped in ${light.size} files; after a tap that needs the app: ${kb(sum(afterTap))}`);
}
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
console.log(`peer: whole app JS: ${kb(sum(all.map((f) => `assets/${f}`)))} gzipped in ${all.length} files`);
