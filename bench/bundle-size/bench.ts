// JavaScript each page downloads, gzipped: the landing (entry script and what it preloads) and the
// lazy routes people meet first (entry + the route's chunk and everything it imports statically).
// Peer in the same run: all JavaScript of the app (every lazy route), gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../../web/dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
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
const landing = closure(entryKey);
const sum = (files: Iterable<string>) => [...files].filter((f) => f.endsWith('.js')).reduce((total, f) => total + gz(f), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const routes: [string, string][] = [
  ['/ascolto', 'src/features/intake/components/ascolto-page.tsx'],
  ['/check-up', 'src/features/checkup/components/checkup-page.tsx'],
  ['/check-up/:id (report)', 'src/features/checkup/components/report-page.tsx'],
  ['/incontra', 'src/features/matching/components/meet-page.tsx'],
  ['/piano', 'src/features/plans/components/plan-page.tsx'],
  ['/lezioni', 'src/features/library/reading/library-page.tsx'],
  ['/lezioni/{slug}', 'src/features/library/reading/lesson-page.tsx'],
];
console.log(`landing page JS: ${kb(sum(landing))} gzipped in ${landing.size} files`);
for (const [route, source] of routes) {
  if (!manifest[source]) continue;
  const files = closure(source, new Set(landing));
  console.log(`${route} JS: ${kb(sum(files))} gzipped (of which the route's own ${kb(sum([...files].filter((f) => !landing.has(f))))})`);
}
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
console.log(`peer: whole app JS: ${kb(sum(all.map((f) => `assets/${f}`)))} gzipped in ${all.length} files`);
