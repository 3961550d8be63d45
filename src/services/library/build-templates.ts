import fs from 'node:fs/promises';
import path from 'node:path';
import { checkTemplateFile, type TTemplateKind } from './check-template-file.js';
import { TEMPLATES } from './templates/index.js';

export interface TBuiltTemplate {
  fileName: string;
  kind: TTemplateKind;
  bytes: number;
}

/**
 * Writes every Metodo Pop template into `dir` (created if missing). Each file is first
 * checked as an upload would be, so a broken build never reaches the library.
 *
 * @example const built = await buildTemplates('dist/templates'); // [{ fileName: 'quanto-mi-costa-davvero.xlsx', kind: 'xlsx', bytes: 11893 }, …]
 */
export async function buildTemplates(dir: string): Promise<TBuiltTemplate[]> {
  await fs.mkdir(dir, { recursive: true });
  const built: TBuiltTemplate[] = [];
  for (const template of TEMPLATES) {
    const bytes = await template.build();
    const check = await checkTemplateFile(bytes, template.fileName, 'en');
    if (!check.ok || check.kind !== template.kind) throw new Error(`${template.fileName} does not pass the template check: ${check.ok ? check.kind : check.message}`);
    await fs.writeFile(path.join(dir, template.fileName), bytes);
    built.push({ fileName: template.fileName, kind: template.kind, bytes: bytes.byteLength });
  }
  return built;
}
