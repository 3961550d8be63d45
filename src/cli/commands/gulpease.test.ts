import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/processes.js';

function gulpease(input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'gulpease'], { cwd: ROOT, input, encoding: 'utf8' });
}

describe('affianco gulpease', () => {
  it('prints the counts, then the index alone on the last line', () => {
    const run = gulpease("L'implementazione di strategie di internazionalizzazione presuppone un'attenta pianificazione delle risorse.\n");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('sentences 1 words 12 letters 96');
    expect(lines.at(-1)).toBe((89 + (300 - 960) / 12).toFixed(1));
  });

  it('fails with a message on a text without words', () => {
    const run = gulpease('  \n');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no words');
  });
});
