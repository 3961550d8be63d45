import type { Command } from 'commander';
import { buildTemplates } from '../../services/library/build-templates.js';

/**
 * Adds `templates build DIR`: writes every Metodo Pop template (XLSX calculators, PDF
 * forms) into DIR and prints one line per file: name, kind, bytes. No database.
 *
 * @example
 *   // $ affianco templates build out/modelli
 *   // quanto-mi-costa-davvero.xlsx	xlsx	11893
 */
export function registerTemplatesCommands(program: Command): void {
  const templates = program.command('templates').description('Templates of the method library (Metodo Pop), built by code');
  templates
    .command('build')
    .argument('<dir>', 'folder to write the files into (created if missing)')
    .description('Write every template into DIR; one line per file: name, kind, bytes')
    .action(async (dir: string) => {
      for (const { fileName, kind, bytes } of await buildTemplates(dir)) process.stdout.write(`${fileName}\t${kind}\t${bytes}\n`);
    });
}
