import { describe, expect, it } from 'vitest';
import { runTs } from '../test/processes.js';

describe('the process guards', () => {
  it('keep the process alive after an escaped database connection error', async () => {
    const child = runTs('src/server/fixtures/escaped-error.ts', ['database'], {});
    expect(await child.exited).toBe(0);
    expect(child.output()).toContain('still here');
  });

  it('still end the process on any other uncaught error', async () => {
    const child = runTs('src/server/fixtures/escaped-error.ts', ['bug'], {});
    expect(await child.exited).toBe(1);
    expect(child.output()).not.toContain('still here');
  });
});
