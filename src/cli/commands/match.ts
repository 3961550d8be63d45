import type { Command } from 'commander';
import { rankAngels, ZMatchCase, ZMatchCases, type TMatchCase, type TMatchLocale } from '../../services/matching/rank.js';
import { CliError } from '../errors.js';
import { formatIssues, readJsonFile } from '../read-json-file.js';


const SHAPE_HINT =
  'one case {"business": {...}, "angels": [...]} or {"cases": [...]}, fields as in MATCHING.md';


/** Reads a matching file: `{ cases }` gives a list, anything else is read as one case. */
async function readMatchFile(file: string): Promise<{ isList: boolean; cases: TMatchCase[] }> {
  const json = await readJsonFile(file);
  // Choosing the shape first gives errors at the real path ("cases.2.angels.0.radiusKm")
  // instead of a union's "no option matched".
  const isList = typeof json === 'object' && json !== null && !Array.isArray(json) && 'cases' in json;
  const parsed = isList ? ZMatchCases.safeParse(json) : ZMatchCase.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a matching file (${SHAPE_HINT}):\n${formatIssues(parsed.error)}`);
  return isList ? { isList, cases: (parsed.data as { cases: TMatchCase[] }).cases } : { isList, cases: [parsed.data as TMatchCase] };
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--limit must be a whole number from 1 up, not "${value}".`);
  return n;
}

function parseLang(value: string): TMatchLocale {
  if (value !== 'it' && value !== 'en') throw new CliError(`--lang must be "it" or "en", not "${value}".`);
  return value;
}

/**
 * Adds `match`: ranks the angels of a case file for its business and prints JSON, one object
 * for one case, a list in order for `{"cases": [...]}`. No database.
 *
 * @example
 *   registerMatchCommand(program);
 *   // $ affianco match --input case.json --limit 3
 *   // {"matches":[{"angelId":"a-milano-mkt","score":0.69,"reasons":["Sa aiutarti con: marketing e canali di vendita", ...]}]}
 *   // $ affianco match --input cases.json --lang en
 *   // [{"matches":[...]},{"matches":[]}]
 */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('Rank the angels of a matching file for its business (JSON out, reasons in words); no database')
    .requiredOption('--input <file>', 'one case {"business", "angels"} or {"cases": [...]} (MATCHING.md)')
    .option('--limit <n>', 'how many angels to propose at most', '5')
    .option('--lang <lang>', 'language of the reasons: it or en', 'it')
    .action(async (options: { input: string; limit: string; lang: string }) => {
      const limit = parseLimit(options.limit);
      const locale = parseLang(options.lang);
      const { isList, cases } = await readMatchFile(options.input);
      const answers = cases.map((c) => ({
        matches: rankAngels(c.business, c.angels, { limit, locale }).map(({ angelId, score, reasons }) => ({ angelId, score, reasons })),
      }));
      process.stdout.write(`${JSON.stringify(isList ? answers : answers[0])}\n`);
    });
}
