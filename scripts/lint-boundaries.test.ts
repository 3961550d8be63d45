import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The one-way import rule is real: a wrong import fails the lint run (and so CI). */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies');
}

describe('import boundaries', () => {
  it('refuse domain code that reaches the database', async () => {
    expect(await boundaryErrors('src/domain/geo/wrong.ts', "import { openDatabase } from '../../db/client.js';\nexport const x = openDatabase;\n")).toHaveLength(1);
  });

  it('refuse routes that skip the services and query the database', async () => {
    expect(await boundaryErrors('src/server/routes/geo/wrong.ts', "import { comune } from '../../../db/schema/index.js';\nexport const x = comune;\n")).toHaveLength(1);
  });

  it('refuse a web feature importing another feature', async () => {
    expect(await boundaryErrors('web/src/features/account/wrong.ts', "import { searchComuni } from '../geo/api/geo';\nexport const x = searchComuni;\n")).toHaveLength(1);
  });

  it('allow the arrows STYLE.md draws', async () => {
    expect(await boundaryErrors('src/services/geo/fine.ts', "import { normalizeName } from '../../domain/geo/normalize.js';\nexport const x = normalizeName;\n")).toHaveLength(0);
  });
});
