import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type TDatabase } from '../db/client.js';
import { TEMPLATE_DB } from './template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    dbKind: 'embedded' | 'postgres';
  }
}

export interface TTestDatabase extends TDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database cloned from the migrated template; call in beforeAll, drop in afterAll.
 *
 * @example
 *   let t: TTestDatabase;
 *   beforeAll(async () => { t = await createTestDatabase(); });
 *   afterAll(() => t.drop());
 */
export async function createTestDatabase(): Promise<TTestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString(), { max: 5 });
  return {
    ...database,
    url: url.toString(),
    async drop() {
      await database.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      try {
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}
