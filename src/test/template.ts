import pg from 'pg';
import { bootstrapDatabase } from '../services/system/bootstrap-database.js';

export const TEMPLATE_DB = 'affianco_template';

/**
 * (Re)creates the migrated template every test database is cloned from:
 * migrations and reference data (geography) are applied once per run, not per file.
 */
export async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE_DB}`;
  await bootstrapDatabase(url.toString(), { seedDemo: false });
}
