import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';
import { repoRoot } from '../helpers/testPaths';

/** The layer rules of DESIGN.md §1 are lint rules; these tests prove a wrong import fails lint. */
async function lintAs(relativePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot() });
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot(), relativePath) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layer lint rules', () => {
  test('shared/ may not import Node built-ins', async () => {
    const messages = await lintAs('shared/stats/bad.ts', "import fs from 'node:fs';\nexport const size = fs.statSync('x').size;\n");
    assert.ok(messages.some((message) => /shared\/ is pure TypeScript/.test(message)), messages.join('\n'));
  });

  test('shared/ may not import electron/ or DuckDB', async () => {
    const fromElectron = await lintAs('shared/x.ts', "import { EnginePool } from '../electron/engine/enginePool';\nexport type P = EnginePool;\n");
    assert.ok(fromElectron.some((message) => /bottom layer/.test(message)), fromElectron.join('\n'));
    const fromDuckDb = await lintAs('shared/x.ts', "import { DuckDBInstance } from '@duckdb/node-api';\nexport type I = DuckDBInstance;\n");
    assert.ok(fromDuckDb.some((message) => /may not depend on/.test(message)), fromDuckDb.join('\n'));
  });

  test('renderer/ may not import electron/', async () => {
    const messages = await lintAs('renderer/src/App.tsx', "import { WorkbenchService } from '../../electron/service/workbenchService';\nexport type S = WorkbenchService;\n");
    assert.ok(messages.some((message) => /renderer\/ talks to the app only through the WorkbenchApi/.test(message)), messages.join('\n'));
  });

  test('shared/ importing shared/ is fine', async () => {
    const messages = await lintAs('shared/y.ts', "import { quoteIdentifier } from './sql/sqlStatement';\nexport const q = quoteIdentifier('a');\n");
    assert.deepEqual(messages, []);
  });
});
