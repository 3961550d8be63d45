import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { TDb } from '../../db/client.js';
import { importIncentivi } from '../../services/funding/import-incentivi.js';
import { createProgress } from '../progress.js';
import { checkCalls, loadFundingGeography, readCallsText, toBusiness, ZFundingBusiness } from '../../services/funding/check-calls.js';
import { CliError } from '../errors.js';
import { formatIssues, readJsonFile } from '../read-json-file.js';

const BUSINESS_HINT = '{"comuneIstat","atecoCode","employees","annualTurnoverEur","balanceSheetEur"?,"foundedOn"?,"legalForm"?} (docs/funding.md)';

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    throw new CliError(`Cannot read ${file}: ${why}.`);
  }
}

/** --on: a day that exists, YYYY-MM-DD; the check reads it as that day in Italy. */
function parseDay(value: string): string {
  const date = new Date(`${value}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new CliError(`--on must be a day as YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

function parseLang(value: string): 'it' | 'en' {
  if (value !== 'it' && value !== 'en') throw new CliError(`--lang must be "it" or "en", not "${value}".`);
  return value;
}

/**
 * Adds `funding check`: which calls of a calls file a business may apply for, and why,
 * rule by rule. The calls file is the portal's export (JSON or CSV) or our own format
 * `{"calls":[…]}`; results come in the calls' order. No database.
 *
 * @example
 *   // $ affianco funding check --business docs/examples/funding-business.json --calls docs/examples/funding-calls.json --on 2026-02-10
 *   // {"results":[{"callId":"…","title":"…","verdict":"eligible","reasons":[{"code":"dates.open","ok":true,"text":"È aperto fino al …"}]}]}
 */
export function registerFundingCommands(program: Command, withDb?: (fn: (db: TDb) => Promise<void>) => Promise<void>): void {
  const group = program.commands.find((c) => c.name() === 'funding') ?? program.command('funding').description('Funding finder: calls, eligibility (docs/funding.md)');
  group
    .command('check')
    .description('Check a business against a calls file (portal export JSON/CSV, or {"calls": [...]}); JSON out, reasons in words; no database')
    .requiredOption('--business <file>', `the business, ${BUSINESS_HINT}`)
    .requiredOption('--calls <file>', 'the calls: the Incentivi.gov.it export (JSON or CSV) or our own {"calls":[...]}')
    .option('--on <day>', 'the day to check on, YYYY-MM-DD (default: today in Italy)')
    .option('--lang <lang>', 'language of the reasons: it or en', 'it')
    .action(async (options: { business: string; calls: string; on?: string; lang: string }) => {
      const today = options.on ? parseDay(options.on) : new Date();
      const locale = parseLang(options.lang);
      const parsedBusiness = ZFundingBusiness.safeParse(await readJsonFile(options.business));
      if (!parsedBusiness.success) throw new CliError(`${options.business} is not a business file (${BUSINESS_HINT}):\n${formatIssues(parsedBusiness.error)}`);
      const geography = await loadFundingGeography();
      const business = toBusiness(parsedBusiness.data, geography.regionByProvince);
      if (!business.ok) throw new CliError(`${options.business}: field ${business.field}: ${business.message}`);
      const calls = readCallsText(await readText(options.calls), { comuni: geography.comuni, locale: 'en' });
      if (!calls.ok) throw new CliError(`${options.calls} was refused, nothing checked:\n${calls.problems.map((p) => `  ${p}`).join('\n')}`);
      process.stdout.write(`${JSON.stringify({ results: checkCalls(business.business, calls.calls, today, locale) })}\n`);
    });

  if (!withDb) return;
  group
    .command('import')
    .argument('<file>', 'the Incentivi.gov.it export, JSON ({"response":{"docs":[…]}}) or CSV, as the portal publishes it')
    .description('Apply an Incentivi.gov.it export to the national catalogue: all of it or nothing; says added, changed, unchanged, no longer listed')
    .option('--date <day>', 'the day the export was taken, YYYY-MM-DD (default: the date in the file name, else today)')
    .action(async (file: string, options: { date?: string }) => {
      const snapshotDate = options.date ? parseDay(options.date) : undefined;
      const text = await readText(file);
      const { comuni } = await loadFundingGeography();
      await withDb(async (db) => {
        let progress: ReturnType<typeof createProgress> | undefined;
        const result = await importIncentivi(db, text, {
          comuni,
          fileName: path.basename(file),
          snapshotDate,
          onProgress: (saved, total) => {
            progress ??= createProgress('calls', total);
            progress.update(saved);
          },
        });
        progress?.stop();
        if (!result.ok) throw new CliError(`${file} was refused, nothing imported:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
        const n = (x: number) => x.toLocaleString('en-US');
        process.stdout.write(
          `Imported ${file} (${result.format}, ${n(result.total)} calls, data of ${result.snapshotDate})\n` +
            `added ${n(result.added)}, changed ${n(result.changed)}, unchanged ${n(result.unchanged)}, no longer listed ${n(result.missing)}\n`,
        );
      });
    });
}
