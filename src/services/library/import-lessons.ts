import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TDb } from '../../db/client.js';
import { checkLessonFile, splitFrontMatter, type TLessonProblem } from './check-lesson-file.js';
import { saveCheckedLesson, type TSaveOutcome } from './lesson-store.js';

export interface TLessonImportFile {
  file: string;
  slug: string | null;
  language: string | null;
  outcome: TSaveOutcome | 'refused' | 'not_imported';
  gulpease: number | null;
  problems: TLessonProblem[];
}

export interface TLessonImportReport {
  isApplied: boolean;
  files: TLessonImportFile[];
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * A fingerprint of a lesson folder: its files' names and contents. Equal fingerprints
 * mean an import would change nothing, so a caller that runs on every start can skip it.
 */
export async function fingerprintLessonDir(dir: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const file of await markdownFiles(dir)) {
    hash.update(path.relative(dir, file)).update('\0').update(await fs.readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Imports a folder of lesson files (Markdown with front matter, any depth) as published
 * lessons of the national library, idempotent by slug and language: all of them or,
 * if any file is refused, none, with a line per file saying why.
 *
 * @example const report = await importLessonDir(db, 'resources/lessons');
 */
export async function importLessonDir(db: TDb, dir: string, options: { changedBy?: string | null } = {}): Promise<TLessonImportReport> {
  const files = await markdownFiles(dir);
  const checked = await Promise.all(
    files.map(async (file) => {
      const text = await fs.readFile(file, 'utf8');
      return { file, text, check: checkLessonFile(text, { defaultSlug: path.basename(file, '.md') }) };
    }),
  );
  const report: TLessonImportReport = {
    isApplied: false,
    files: checked.map(({ file, check }) => ({
      file: path.relative(dir, file),
      slug: check.meta?.slug ?? null,
      language: check.meta?.language ?? null,
      outcome: check.publishable ? 'not_imported' : 'refused',
      gulpease: check.gulpease,
      problems: check.problems,
    })),
  };
  const seen = new Map<string, string>();
  for (const f of report.files) {
    if (!f.slug) continue;
    const key = `${f.language}:${f.slug}`;
    if (seen.has(key)) {
      f.outcome = 'refused';
      f.problems = [...f.problems, { code: 'lesson.front_matter', field: 'slug', message: `Lo stesso indirizzo (${f.slug}) è già usato da ${seen.get(key)}.` }];
    } else seen.set(key, f.file);
  }
  if (files.length === 0 || report.files.some((f) => f.outcome === 'refused')) return report;

  // Originals first: a translation links to the Italian lesson it translates.
  const order = checked.map((c, i) => ({ ...c, i })).sort((a, b) => Number(Boolean(a.check.meta?.translationOf)) - Number(Boolean(b.check.meta?.translationOf)));
  await db.transaction(async (tx) => {
    for (const { check, text, i } of order) {
      const saved = await saveCheckedLesson(tx, { ...check, meta: check.meta! }, splitFrontMatter(text).body, { status: 'published', changedBy: options.changedBy ?? null });
      report.files[i]!.outcome = saved.outcome;
    }
  });
  report.isApplied = true;
  return report;
}
