import type { Command } from 'commander';
import type { TDb } from '../../db/client.js';
import { generateNational, TGenerateError, type TGenerateReport } from '../../services/generate/generate-national.js';
import { CliError } from '../errors.js';
import { createProgress } from '../progress.js';

function parseCount(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > max) throw new CliError(`--${name} must be a whole number from 0 to ${max.toLocaleString('en-US')}, not "${value}".`);
    return n;
  };
}

function parseSeed(value: string): number {
  if (!/^-?\d+$/.test(value) || Math.abs(Number(value)) > 2 ** 31) throw new CliError(`--seed must be a whole number, not "${value}".`);
  return Number(value);
}

function parseDay(value: string): Date {
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime())) throw new CliError(`--as-of must be a day like 2026-12-01, not "${value}".`);
  return day;
}

/**
 * Adds `generate`: a reproducible national picture (businesses, ascolto, check-ups, meetings,
 * plans, angels) written in big batches into the app's database; docs/generate.md.
 *
 * @example
 *   registerGenerateCommand(program, withDb);
 *   // $ affianco generate --businesses 1000000 --angels 50000 --seed 42
 */
export function registerGenerateCommand(program: Command, withDb: (fn: (db: TDb) => Promise<void>) => Promise<void>): void {
  program
    .command('generate')
    .description('Fill the database with a reproducible picture of Italy: businesses, requests, check-ups, meetings, plans, angels')
    .requiredOption('--businesses <n>', 'how many businesses (each with its owner)', parseCount('businesses', 5_000_000))
    .requiredOption('--angels <n>', 'how many angels', parseCount('angels', 500_000))
    .option('--seed <n>', 'the same seed gives the same data', parseSeed, 1)
    .option('--as-of <day>', 'the day the picture is taken (YYYY-MM-DD); default today', parseDay)
    .action(async (options: { businesses: number; angels: number; seed: number; asOf?: Date }) => {
      const progress = createProgress('Generating', options.businesses + options.angels);
      let report: TGenerateReport | undefined;
      try {
        await withDb(async (db) => {
          report = await generateNational(db, { ...options, onProgress: (done) => progress.update(done) });
        });
      } catch (err) {
        if (err instanceof TGenerateError) throw new CliError(err.message);
        throw err;
      } finally {
        progress.stop();
      }
      if (!report) return;
      const n = (x: number) => x.toLocaleString('en-US');
      const lines = Object.entries(report.counts).map(([table, count]) => `  ${table}: ${n(count)}`);
      process.stdout.write(
        `Generated with seed ${options.seed} in ${(report.ms / 1000).toFixed(1)} s` +
          (report.sportelliCreated ? ` (created ${report.sportelliCreated} regional sportelli)` : '') +
          `:\n${lines.join('\n')}\n`,
      );
    });
}
