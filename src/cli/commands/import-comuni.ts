import fs from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { TDb } from '../../db/client.js';
import { importComuni, type TImportComuniReport } from '../../services/geo/import-comuni.js';

/** At most this many error lines on screen; a wrong file can have thousands. */
const MAX_ERRORS_SHOWN = 30;

function formatReport(file: string, report: TImportComuniReport): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const coordinates = { centroid: 'centroid', 'province-mean': "province's mean centroid", kept: 'kept, reactivated' };
  const lines = [
    `Imported ${file} (${report.encoding}, ${n(report.total)} comuni)`,
    `added ${n(report.added.length)}, renamed ${n(report.renamed.length)}, removed ${n(report.removed.length)}` +
      (report.moved.length ? `, moved ${n(report.moved.length)}` : '') +
      `, unchanged ${n(report.unchanged)}`,
  ];
  if (report.added.length) lines.push('Added:', ...report.added.map((a) => `  + ${a.istat} ${a.name} (province ${a.provinceCode}, coordinates: ${coordinates[a.coordinates]})`));
  if (report.renamed.length) lines.push('Renamed:', ...report.renamed.map((r) => `  ~ ${r.istat} ${r.from} -> ${r.to}`));
  if (report.moved.length) lines.push('Moved:', ...report.moved.map((m) => `  > ${m.istat} ${m.name}: province ${m.fromProvince} -> ${m.toProvince}`));
  if (report.removed.length) lines.push('Removed (kept as inactive):', ...report.removed.map((r) => `  - ${r.istat} ${r.name}`));
  return lines.join('\n');
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

/**
 * Adds `import comuni FILE`: applies ISTAT's "Elenco-comuni-italiani.csv" to the database.
 *
 * @example
 *   registerImportComuni(program, withDb);
 *   // $ affianco import comuni ~/Downloads/Elenco-comuni-italiani.csv
 *   // added 3, renamed 2, removed 5, unchanged 7,889
 */
export function registerImportComuni(program: Command, withDb: (fn: (db: TDb) => Promise<void>) => Promise<void>): void {
  // Other importers may share the `import` group; reuse it when already declared.
  const group =
    program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('Load official data files into the database');
  group
    .command('comuni')
    .argument('<file>', 'ISTAT "Elenco-comuni-italiani.csv" (semicolon separated, Latin-1)')
    .description('Add, rename and retire comuni from the official ISTAT list, all in one transaction')
    .option('--allow-mass-removal', 'accept a file that retires more than 5% of the comuni')
    .action(async (file: string, options: { allowMassRemoval?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await fs.readFile(file));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
        fail(`Cannot read ${file}: ${why}.`);
        return;
      }

      const bar = new cliProgress.SingleBar(
        { format: 'Applying |{bar}| {value}/{total} changes', clearOnComplete: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      let isBarStarted = false;
      let report: TImportComuniReport | undefined;
      try {
        await withDb(async (db) => {
          report = await importComuni(db, bytes, {
            maxRemovedShare: options.allowMassRemoval ? 1 : undefined,
            onProgress: (done, total) => {
              if (!isBarStarted) {
                bar.start(total, done);
                isBarStarted = true;
              } else bar.update(done);
            },
          });
        });
      } finally {
        if (isBarStarted) bar.stop();
      }
      if (!report) return;

      if (!report.isApplied) {
        const shown = report.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => `  line ${e.line}: ${e.message}`);
        const more = report.errors.length - shown.length;
        fail(
          [
            `Nothing was changed: ${file} has ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}.`,
            ...shown,
            ...(more > 0 ? [`  ... and ${more} more`] : []),
          ].join('\n'),
        );
        return;
      }
      process.stdout.write(`${formatReport(file, report)}\n`);
    });
}
