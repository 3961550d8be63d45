import type { Command } from 'commander';
import { evaluateNeeds, extractNeeds, ZNeedsCaseFile, type TNeedsCaseFile } from '../../services/intake/read-needs.js';
import { CliError } from '../errors.js';
import { readStdin } from '../read-stdin.js';
import { formatIssues, readJsonFile } from '../read-json-file.js';



async function readCaseFile(file: string): Promise<TNeedsCaseFile> {
  const parsed = ZNeedsCaseFile.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    throw new CliError(`${file} is not a case file ({"cases": [{"text": "...", "gold": ["marketing", ...]}]}, areas as in PRODUCT.md):\n${formatIssues(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * Adds `needs`: reads one plain-Italian statement on stdin and prints the areas of need as
 * JSON; with `--eval FILE`, measures the extraction on a case file instead. No database.
 *
 * @example
 *   registerNeedsCommand(program);
 *   // $ echo "Vorrei vendere direttamente, il prezzo è basso" | affianco needs
 *   // {"areas":[{"area":"marketing","score":0.81,"evidence":["vendere direttamente","prezzo è basso"]},
 *   //   {"area":"finance","score":0.18,"evidence":["prezzo è basso"]}]}
 *   // $ affianco needs --eval cases.json
 *   // top1 0.87 top3 0.97 n 30
 */
export function registerNeedsCommand(program: Command): void {
  program
    .command('needs')
    .description('Read the areas of need in a plain-Italian statement given on stdin (JSON out), or measure on a case file')
    .option('--eval <file>', 'case file ({"cases": [{"text", "gold"}]}): print misses on stderr and "top1 X top3 Y n N" last')
    .action(async (options: { eval?: string }) => {
      if (options.eval !== undefined) {
        const { cases } = await readCaseFile(options.eval);
        const result = evaluateNeeds(cases, extractNeeds);
        for (const miss of result.misses) {
          const kind = [miss.isTop1Miss ? 'top1' : '', miss.isTop3Miss ? 'top3' : ''].filter(Boolean).join('+');
          process.stderr.write(`miss ${kind}: gold ${miss.gold.join(',')} got ${miss.got.slice(0, 3).join(',') || '-'}: ${miss.text}\n`);
        }
        process.stdout.write(`top1 ${result.top1.toFixed(2)} top3 ${result.top3.toFixed(2)} n ${result.n}\n`);
        return;
      }
      if (process.stdin.isTTY) process.stderr.write('Type or paste the text, then Ctrl-D.\n');
      const text = (await readStdin()).trim();
      if (!text) throw new CliError('No text on stdin. Example: echo "Non so come farmi trovare su internet" | affianco needs');
      process.stdout.write(`${JSON.stringify(extractNeeds(text))}\n`);
    });
}
