import { html, raw } from 'hono/html';

interface TOperation {
  summary?: string;
  tags?: string[];
  'x-permission'?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

type TDocument = { info: { title: string; version: string }; paths?: Record<string, Record<string, TOperation>> };

/**
 * A readable reference rendered on the server from the OpenAPI document: no
 * third-party script, so it works offline and under our strict CSP.
 */
export function renderApiDocs(doc: TDocument): string {
  const byTag = new Map<string, { method: string; path: string; op: TOperation }[]>();
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const sections = [...byTag.entries()].map(
    ([tag, ops]) => html`<section><h2>${tag}</h2>${ops.map(
      ({ method, path, op }) => html`<article>
        <h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>/api${path}</code></h3>
        <p>${op.summary ?? ''}</p>
        <p class="perm">Permission: <code>${op['x-permission'] ?? 'public'}</code></p>
        ${op.parameters?.length ? html`<h4>Parameters</h4><ul>${op.parameters.map((p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''})</li>`)}</ul>` : ''}
        ${op.requestBody ? html`<h4>Body</h4><pre>${JSON.stringify(op.requestBody.content?.['application/json']?.schema ?? {}, null, 2)}</pre>` : ''}
        <h4>Responses</h4><ul>${Object.entries(op.responses ?? {}).map(([code, r]) => html`<li><code>${code}</code> ${r.description ?? ''}</li>`)}</ul>
      </article>`,
    )}</section>`,
  );
  return String(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${doc.info.title} — API reference</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${doc.info.title} API <small>${doc.info.version}</small></h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> (RFC 9457). Authentication: the session cookie set by <code>/api/auth/*</code>.</p>
${raw(sections.join(''))}</main></body></html>`);
}

export const API_DOCS_CSS = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}main{max-width:960px;margin:0 auto;padding:1rem}
article{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.5rem 1rem;margin:.75rem 0}h3{font-size:1rem}
.m{display:inline-block;min-width:4.5rem;font-weight:700}.m-get{color:#05603a}.m-post{color:#1d4ed8}.m-put,.m-patch{color:#8a4b00}.m-delete{color:#b42318}
pre{background:#f3f3f3;padding:.5rem;overflow:auto;font-size:.8rem}.perm{color:#444}`;
