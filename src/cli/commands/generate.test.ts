import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { CliError } from '../errors.js';
import { registerGenerateCommand } from './generate.js';

function program(withDb = vi.fn(async () => {})) {
  const p = new Command().exitOverride();
  p.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerGenerateCommand(p, withDb);
  return { p, withDb };
}

describe('affianco generate', () => {
  it('refuses counts that are not whole numbers, touching no database', async () => {
    const { p, withDb } = program();
    await expect(p.parseAsync(['node', 'affianco', 'generate', '--businesses', '1e6', '--angels', '5'])).rejects.toThrow(CliError);
    await expect(p.parseAsync(['node', 'affianco', 'generate', '--businesses', '10', '--angels', '-5'])).rejects.toThrow(/--angels must be a whole number/);
    await expect(p.parseAsync(['node', 'affianco', 'generate', '--businesses', '10', '--angels', '5', '--seed', 'x'])).rejects.toThrow(/--seed/);
    await expect(p.parseAsync(['node', 'affianco', 'generate', '--businesses', '10', '--angels', '5', '--as-of', '2026-13-45'])).rejects.toThrow(/--as-of/);
    expect(withDb).not.toHaveBeenCalled();
  });

  it('opens the database for valid options', async () => {
    const { p, withDb } = program();
    await p.parseAsync(['node', 'affianco', 'generate', '--businesses', '10', '--angels', '5', '--seed', '3']);
    expect(withDb).toHaveBeenCalledOnce();
  });
});
