import fs from 'node:fs/promises';
import type { z } from 'zod';
import { CliError } from './errors.js';

/** At most this many schema problems are listed; a wrong file can have hundreds. */
export const MAX_ISSUES_SHOWN = 5;

/**
 * Reads a JSON file given on the command line, with a plain message for a missing file,
 * a directory, a permission problem or broken JSON.
 *
 * @example const data = await readJsonFile('cases.json');
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    throw new CliError(`Cannot read ${file}: ${why}.`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Zod issues as indented "path: message" lines, the first few only. */
export function formatIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = error.issues.length > MAX_ISSUES_SHOWN ? `\n  ... and ${error.issues.length - MAX_ISSUES_SHOWN} more` : '';
  return `${lines.join('\n')}${more}`;
}
