import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it lived at `file` and returns the import-boundary messages. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (eslint.config.mjs)', () => {
  it('stops the core from importing electron or an adapter', async () => {
    expect(
      await boundaryErrors('src-main/core/channels/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src-main/core/channels/x.ts',
        "import { startHttpAdapter } from '../../adapters/http';\nexport const a = startHttpAdapter;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src-main/core/channels/x.ts',
        "import { nl } from '../../../src-renderer/i18n/nl-BE';\nexport const a = nl;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets the core import shared and itself', async () => {
    expect(
      await boundaryErrors(
        'src-main/core/channels/x.ts',
        "import { contract } from '../../../shared/api/contract';\nimport { DomainError } from '../errors';\nexport const a = [contract, DomainError];\n",
      ),
    ).toEqual([]);
  });

  it('keeps the renderer away from Node, Electron and src-main', async () => {
    for (const source of ["'node:fs'", "'fs'", "'electron'", "'better-sqlite3'", "'../../src-main/core/db/open'"]) {
      expect(
        await boundaryErrors('src-renderer/features/x.ts', `import * as m from ${source};\nexport const a = m;\n`),
      ).toHaveLength(1);
    }
    expect(
      await boundaryErrors(
        'src-renderer/features/x.ts',
        "import { contract } from '../../shared/api/contract';\nexport const a = contract;\n",
      ),
    ).toEqual([]);
  });

  it('keeps shared free of runtime code other than zod', async () => {
    expect(
      await boundaryErrors(
        'shared/api/x.ts',
        "import { z } from 'zod';\nimport { ok } from './result';\nexport const a = [z, ok];\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('shared/api/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'shared/api/x.ts',
        "import { Register } from '../../src-main/core/register/register';\nexport const a = Register;\n",
      ),
    ).toHaveLength(1);
  });

  it('passes on the whole source tree as it stands', async () => {
    const results = await eslint.lintFiles(['src-main', 'src-renderer', 'shared']);
    const crossings = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(crossings).toEqual([]);
    // Linting the whole tree with type-aware rules takes a while on a loaded 2-core machine.
  }, 120_000);
});
