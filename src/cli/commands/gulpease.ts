import type { Command } from 'commander';
import { computeGulpease } from '../../services/library/readability.js';
import { CliError } from '../errors.js';
import { readStdin } from '../read-stdin.js';


/**
 * Adds `gulpease`: the readability index of a text (plain or Markdown) given on stdin.
 * The counts come first, the index alone on the last line. No database.
 *
 * @example
 *   // $ echo "Il latte lo paghi poco. Prova a venderlo tu." | affianco gulpease
 *   // sentences 2 words 9 letters 34
 *   // 88.9
 */
export function registerGulpeaseCommand(program: Command): void {
  program
    .command('gulpease')
    .description('Gulpease readability index (0-100) of the Italian text on stdin; the index is the last line (rules: docs/readability.md)')
    .action(async () => {
      if (process.stdin.isTTY) process.stderr.write('Type or paste the text, then Ctrl-D.\n');
      const result = computeGulpease(await readStdin());
      if (result.index === null) throw new CliError('The text has no words.');
      process.stdout.write(`sentences ${result.sentences} words ${result.words} letters ${result.letters}\n${result.index.toFixed(1)}\n`);
    });
}
