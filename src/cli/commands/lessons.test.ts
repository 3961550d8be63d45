import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/processes.js';

describe('affianco lessons check', () => {
  it('prints the check of a lesson file as JSON with exactly the documented keys', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'lessons', 'check', 'docs/examples/lesson-vendi-il-tuo-latte.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['gulpease', 'floor', 'publishable', 'problems', 'html']);
    expect(out).toMatchObject({ floor: 60, publishable: true, problems: [] });
    expect(out.html).toContain('<h2>Un esempio</h2>');
  });
});
