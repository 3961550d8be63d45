import pg from 'pg';

/**
 * One query on the test app's database, on a connection of its own (closed after it).
 * @example const rows = await queryDatabase<{ id: string }>(app.databaseUrl, 'select id from business');
 */
export async function queryDatabase<T extends pg.QueryResultRow>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query<T>(text, values)).rows;
  } finally {
    await db.end();
  }
}

/**
 * A demo sportello's id by its address part ('demo-milano', 'demo-bari').
 * @example await sportelloIdBySlug(app.databaseUrl, 'demo-milano');
 */
export async function sportelloIdBySlug(databaseUrl: string, slug: string): Promise<string> {
  const [row] = await queryDatabase<{ id: string }>(databaseUrl, 'select id from sportello where slug = $1', [slug]);
  if (!row) throw new Error(`no sportello ${slug}`);
  return row.id;
}
