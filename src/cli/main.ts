import { Command, CommanderError } from 'commander';
import { registerAssignCommand } from './commands/assign.js';
import { registerDbCommands } from './commands/db.js';
import { registerFundingCommands } from './commands/funding.js';
import { registerGenerateCommand } from './commands/generate.js';
import { registerGulpeaseCommand } from './commands/gulpease.js';
import { registerImportComuni } from './commands/import-comuni.js';
import { registerLessonsCommands } from './commands/lessons.js';
import { registerMatchCommand } from './commands/match.js';
import { registerNeedsCommand } from './commands/needs.js';
import { registerTemplatesCommands } from './commands/templates.js';
import { registerUserCommands } from './commands/user.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

const program = new Command('affianco')
  .description('Affianco command line: database, demo data, accounts, reference data')
  .showHelpAfterError()
  .exitOverride();

registerNeedsCommand(program);
registerGulpeaseCommand(program);
registerLessonsCommands(program, (fn) => withDatabase(fn));
registerTemplatesCommands(program);
registerMatchCommand(program);
registerAssignCommand(program);
registerFundingCommands(program, (fn) => withDatabase(fn));
registerDbCommands(program);
registerUserCommands(program);
registerImportComuni(program, (fn) => withDatabase(fn));
registerGenerateCommand(program, (fn) => withDatabase(fn));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else if (err instanceof CliError) {
    console.error(`Error: ${err.message}`);
    process.exitCode = 1;
  } else {
    console.error(`Error: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
