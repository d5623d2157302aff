import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root, found from the compiled test's location (dist/test/...) by walking up to package.json. */
export function repoRoot(): string {
  let directory = __dirname;
  while (!fs.existsSync(path.join(directory, 'package.json')) || directory.endsWith(`${path.sep}dist`)) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('package.json not found above the test');
    directory = parent;
  }
  return directory;
}

export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot(), 'test', 'fixtures', ...parts);
}

/** A fresh temporary folder; call the returned cleanup in an `after` hook. */
export function makeTempDir(prefix = 'driftwood-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
