// JavaScript the landing page downloads (the entry script and the modules it preloads), gzipped.
// Peer in the same run: all JavaScript of the app (every lazy route), gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../../web/dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const landing = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file.replace(/^\//, ''))), { level: 9 }).length;

const landingBytes = landing.reduce((sum, f) => sum + gz(f), 0);
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const allBytes = all.reduce((sum, f) => sum + gz(`assets/${f}`), 0);
console.log(`landing page JS: ${(landingBytes / 1024).toFixed(1)} KB gzipped in ${landing.length} files (${landing.join(', ')})`);
console.log(`peer: whole app JS: ${(allBytes / 1024).toFixed(1)} KB gzipped in ${all.length} files`);
