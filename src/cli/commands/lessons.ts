import fs from 'node:fs/promises';
import type { Command } from 'commander';
import type { TDb } from '../../db/client.js';
import { checkLessonFile } from '../../services/library/check-lesson-file.js';
import { importLessonDir } from '../../services/library/import-lessons.js';
import { searchLessons } from '../../services/library/search-lessons.js';
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
export function registerLessonsCommands(program: Command, withDb: (fn: (db: TDb) => Promise<void>) => Promise<void>): void {
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
  lessons
    .command('import')
    .argument('<dir>', 'folder of lesson files (any depth); the file name is the address unless the front matter gives a slug')
    .description('Import lesson files as published lessons of the national library: all or none, idempotent by address and language')
    .action(async (dir: string) => {
      await withDb(async (db) => {
        const report = await importLessonDir(db, dir).catch((err: NodeJS.ErrnoException) => {
          throw new CliError(`cannot read ${dir}: ${err.code ?? err.message}`);
        });
        for (const f of report.files) {
          process.stdout.write(`${f.outcome.padEnd(12)} ${f.file}${f.gulpease !== null ? ` (Gulpease ${f.gulpease})` : ''}\n`);
          for (const p of f.problems) process.stdout.write(`             ${p.field ? `${p.field}: ` : ''}${p.message}\n`);
        }
        const count = (o: string) => report.files.filter((f) => f.outcome === o).length;
        if (!report.isApplied) {
          process.stdout.write(report.files.length ? `Nothing imported: ${count('refused')} of ${report.files.length} files refused.\n` : 'No lesson files found.\n');
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`added ${count('added')}, changed ${count('changed')}, unchanged ${count('unchanged')}\n`);
      });
    });
  lessons
    .command('search')
    .argument('<query...>', 'words to look for, in everyday Italian')
    .option('--json', 'print {"results":[{"slug","title","areas","level","score"}]}')
    .option('--language <it|en>', 'lessons in this language', 'it')
    .description('Search the published lessons of the database, best first')
    .action(async (words: string[], options: { json?: boolean; language: string }) => {
      if (options.language !== 'it' && options.language !== 'en') throw new CliError('--language is it or en');
      await withDb(async (db) => {
        const found = await searchLessons(db, words.join(' '), { language: options.language as 'it' | 'en' });
        const results = found.results.map((r) => ({ slug: r.slug, title: r.title, areas: r.areas, level: r.level, score: Math.round(r.score * 10_000) / 10_000 }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ results })}\n`);
          return;
        }
        if (found.correctedQuery) process.stdout.write(`(cercato: ${found.correctedQuery})\n`);
        if (results.length === 0) process.stdout.write('Nessuna lezione trovata.\n');
        for (const r of results) process.stdout.write(`${r.score.toFixed(4)}  ${r.slug}  ${r.title}\n`);
      });
    });
}
