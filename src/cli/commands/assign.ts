import type { Command } from 'commander';
import { assignAll, ZAssignInput } from '../../services/assignment/assign.js';
import { unassignedReasonText } from '../../shared/assignment-messages.js';
import type { TLocale } from '../../shared/locale.js';
import { writeArcsFile } from '../arcs-file.js';
import { CliError } from '../errors.js';
import { formatIssues, readJsonFile } from '../read-json-file.js';

const SHAPE_HINT = '{"businesses": [...], "angels": [...]}, fields as in MATCHING.md';

function parseLang(value: string): TLocale {
  if (value !== 'it' && value !== 'en') throw new CliError(`--lang must be "it" or "en", not "${value}".`);
  return value;
}

/**
 * Adds `assign`: "Assegna tutte" on a file of businesses and angels; prints the optimal
 * assignment as JSON. `--arcs-out` also writes every feasible pair with its cost before the
 * load term, so anyone can check the optimum with their own solver. No database.
 *
 * @example
 *   registerAssignCommand(program);
 *   // $ affianco assign --input docs/examples/assign-input.json --arcs-out arcs.json
 *   // {"assignments":[{"businessId":"b1","angelId":"a1","cost":0.31}],"unassigned":[...],"totalCost":1.23}
 */
export function registerAssignCommand(program: Command): void {
  program
    .command('assign')
    .description('Assign businesses to angels: most served, then least cost (exact min-cost flow); JSON out; no database')
    .requiredOption('--input <file>', '{"businesses": [...], "angels": [...]} in the matching format (MATCHING.md)')
    .option('--arcs-out <file>', 'also write every feasible pair with its cost: {"arcs":[{"businessId","angelId","cost"}]}')
    .option('--lang <lang>', 'language of the reasons: it or en', 'it')
    .action(async (options: { input: string; arcsOut?: string; lang: string }) => {
      const locale = parseLang(options.lang);
      const json = await readJsonFile(options.input);
      const parsed = ZAssignInput.safeParse(json);
      if (!parsed.success) throw new CliError(`${options.input} is not an assignment file (${SHAPE_HINT}):\n${formatIssues(parsed.error)}`);
      const { businesses, angels } = parsed.data;
      const result = assignAll(businesses, angels);
      if (options.arcsOut) {
        try {
          await writeArcsFile(options.arcsOut, businesses, angels);
        } catch (err) {
          throw new CliError(`Cannot write ${options.arcsOut}: ${(err as Error).message}`);
        }
      }
      const out = {
        assignments: result.assignments.map(({ businessId, angelId, cost }) => ({ businessId, angelId, cost })),
        unassigned: result.unassigned.map(({ businessId, reason }) => ({ businessId, reason: unassignedReasonText(reason, locale) })),
        totalCost: result.totalCost,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    });
}
