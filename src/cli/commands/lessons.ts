import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { checkLessonFile } from '../../services/library/check-lesson-file.js';
import { CliError } from '../errors.js';

/**
 * Adds `lessons check FILE`: a lesson written as a Markdown file with front matter
 * (title, summary, areas, level, language), checked as publication would check it.
 * Prints `{"gulpease","floor","publishable","problems":[…],"html"}`. No database.
 *
 * @example
 *   // $ affianco lessons check docs/examples/lesson-vendi-il-tuo-latte.md
 *   // {"gulpease":87.1,"floor":60,"publishable":true,"problems":[],"html":"<h2>Un esempio</h2>…"}
 */
export function registerLessonsCommands(program: Command): void {
  const lessons = program.command('lessons').description('Lessons of the method library (Metodo Pop) written as Markdown files');
  lessons
    .command('check')
    .argument('<file>', 'Markdown file with front matter')
    .description('Readability, shape and front matter of a lesson file, and its HTML as published (JSON)')
    .action(async (file: string) => {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (err) {
        throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const { gulpease, floor, publishable, problems, html } = checkLessonFile(text);
      process.stdout.write(`${JSON.stringify({ gulpease, floor, publishable, problems, html })}\n`);
    });
}
