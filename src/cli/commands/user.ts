import type { Command } from 'commander';
import { z } from 'zod';
import { createUserWithPassword } from '../../services/auth/create-user.js';
import { CliError } from '../errors.js';
import { withDatabase } from '../with-database.js';

const ZUserInput = z.object({
  email: z.email({ error: 'email: write a valid e-mail address' }).max(254),
  name: z.string().trim().min(1, { error: 'name: required' }).max(120),
  password: z.string().min(10, { error: 'password: at least 10 characters' }).max(128),
  admin: z.boolean().default(false),
});

export function registerUserCommands(program: Command): void {
  program
    .command('user')
    .description('accounts')
    .command('create')
    .description('create an account with e-mail and password')
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--name <name>', 'full name')
    .option('--password <password>', 'password (or set AFFIANCO_PASSWORD)')
    .option('--admin', 'network-wide administrator', false)
    .action(async (raw: Record<string, unknown>) => {
      const parsed = ZUserInput.safeParse({ ...raw, password: raw.password ?? process.env.AFFIANCO_PASSWORD });
      if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => i.message).join('\n'));
      await withDatabase(async (db) => {
        const { isNew } = await createUserWithPassword(db, { ...parsed.data, isAdmin: parsed.data.admin });
        if (!isNew) throw new CliError(`An account with e-mail ${parsed.data.email} already exists.`);
        console.log(`Created ${parsed.data.email}${parsed.data.admin ? ' (admin)' : ''}.`);
      });
    });
}
