import path from 'node:path';
import type { Command } from 'commander';
import { readEnv } from '../../config/env.js';
import { bootstrapDatabase } from '../../services/system/bootstrap-database.js';
import { DEMO_STEPS, seedDemo } from '../../services/network/seed-demo.js';
import { createProgress } from '../progress.js';
import { withDatabase } from '../with-database.js';

export function registerDbCommands(program: Command): void {
  program
    .command('db')
    .description('database tasks')
    .command('migrate')
    .description('apply pending migrations and load reference data (comuni, provinces, regions)')
    .action(async () => {
      await withDatabase(
        async (_db, target) => {
          await bootstrapDatabase(target.url, { seedDemo: false });
          console.log(`Database up to date (${target.source}).`);
        },
        { migrate: false },
      );
    });

  program
    .command('seed')
    .description('data sets')
    .command('demo')
    .description('add the fictitious demo network (sportelli Milano, Bari, Nuoro, people, businesses); safe to repeat')
    .action(async () => {
      await withDatabase(async (db, target) => {
        await bootstrapDatabase(target.url, { seedDemo: false });
        const progress = createProgress('demo', DEMO_STEPS);
        await seedDemo(db, (step) => progress.tick(step), { filesDir: path.resolve(readEnv().DATA_DIR, 'files') });
        progress.stop();
        console.log('Demo network in place.');
      });
    });
}
