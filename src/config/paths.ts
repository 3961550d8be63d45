import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (where package.json is), found by walking up from this module.
 * The same code runs from src/ through tsx and from build/server/ once compiled into one
 * bundle, where every module shares the bundle's import.meta.url; walking up finds the root
 * from either place, so shipped files are found by their path in the repository.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/**
 * A shipped file or folder by its path from the project root.
 *
 * @example const folder = projectPath('src', 'db', 'migrations');
 */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
