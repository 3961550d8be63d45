import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webShell } from './web-shell.js';

function dist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-shell-'));
  fs.mkdirSync(path.join(dir, '.vite'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head><link rel="modulepreload" crossorigin href="/assets/react-1.js"></head><body></body></html>');
  const manifest = {
    'index.html': { file: 'assets/index-1.js', imports: ['_react-1.js'] },
    '_react-1.js': { file: 'assets/react-1.js' },
    '_form-1.js': { file: 'assets/form-1.js', imports: ['_react-1.js'] },
    'src/features/plans/components/plan-page.tsx': { file: 'assets/plan-page-1.js', imports: ['_react-1.js', 'index.html', '_form-1.js'] },
  };
  fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('the app shell', () => {
  it("announces the plan page's own chunk on the plan's address", () => {
    const shell = webShell(dist());
    const html = shell('/piano/0b6f3f8e-2f55-4c1e-9d3e-6a0c2f5b7a10');
    expect(html.match(/modulepreload[^>]*href="([^"]+)"/g)).toEqual([
      'modulepreload" crossorigin href="/assets/react-1.js"',
      'modulepreload" crossorigin href="/assets/plan-page-1.js"',
    ]);
    expect(shell('/piano')).toBe(html);
  });

  it('is index.html as it is on every other page', () => {
    const dir = dist();
    expect(webShell(dir)('/ascolto')).toBe(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
  });
});
