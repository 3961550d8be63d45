import fs from 'node:fs';
import path from 'node:path';

type TManifest = Record<string, { file: string }>;

/**
 * Pages whose code is worth announcing in the shell itself. The plan page is opened cold from a
 * link or the home screen, often on a slow phone: its chunk is otherwise discovered only after
 * the app's own code has run, a third of a second later at 4x CPU (bench/plan-render).
 */
const ROUTE_CHUNKS: { path: RegExp; source: string }[] = [{ path: /^\/piano(\/[0-9a-f-]{36})?\/?$/i, source: 'src/features/plans/components/plan-page.tsx' }];

/**
 * The chunk file of `source`, from Vite's manifest. Only that one: its small imports follow from
 * it quickly, and each announced file costs the page's parser time before anything runs.
 */
function chunkFiles(manifest: TManifest, source: string): string[] {
  const chunk = manifest[source];
  return chunk ? [chunk.file] : [];
}

/**
 * The app shell for a page: index.html, with `<link rel="modulepreload">` for the page's own code
 * when it is one of ROUTE_CHUNKS. Re-read when a rebuild changed index.html, so a running server
 * never links to deleted assets.
 * @example const shell = webShell('web/dist'); c.html(shell('/piano/…'))
 */
export function webShell(webDist: string): (pathname: string) => string {
  const indexFile = path.join(webDist, 'index.html');
  const manifestFile = path.join(webDist, '.vite', 'manifest.json');
  let cache = { mtimeMs: -1, html: '', manifest: {} as TManifest, byRoute: new Map<string, string>() };
  return (pathname) => {
    const { mtimeMs } = fs.statSync(indexFile);
    if (mtimeMs !== cache.mtimeMs) {
      const manifest = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as TManifest) : {};
      cache = { mtimeMs, html: fs.readFileSync(indexFile, 'utf8'), manifest, byRoute: new Map() };
    }
    const route = ROUTE_CHUNKS.find((r) => r.path.test(pathname));
    if (!route) return cache.html;
    let html = cache.byRoute.get(route.source);
    if (html === undefined) {
      const links = chunkFiles(cache.manifest, route.source)
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
        .join('');
      html = cache.html.replace('</head>', `${links}</head>`);
      cache.byRoute.set(route.source, html);
    }
    return html;
  };
}
