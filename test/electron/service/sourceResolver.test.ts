import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { resolveSource } from '../../../electron/service/sourceResolver';
import { DriftwoodError } from '../../../shared/errors/workbenchError';
import { fixturePath, makeTempDir } from '../../helpers/testPaths';

const scratch = makeTempDir();
after(() => scratch.cleanup());

function write(relative: string, content: string | Buffer): string {
  const file = path.join(scratch.dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function expectError(input: string, code: string, messagePattern: RegExp): void {
  assert.throws(() => resolveSource(input), (error: unknown) => {
    assert.ok(error instanceof DriftwoodError);
    assert.equal(error.code, code);
    assert.match(error.message, messagePattern);
    assert.ok(error.action && error.action.length > 10, 'every source error says what to do');
    return true;
  });
}

describe('resolveSource', () => {
  test('detects Parquet by its magic bytes even with a .pq name', () => {
    const source = resolveSource(fixturePath('datasets', 'nannyml_employment_MA_reference.pq'));
    assert.equal(source.format, 'parquet');
    assert.equal(source.files.length, 1);
    assert.equal(source.bytes, fs.statSync(fixturePath('datasets', 'nannyml_employment_MA_reference.pq')).size);
    assert.match(source.fingerprint, /^sha256:[0-9a-f]{64}$/);
  });

  test('fingerprint changes when a file changes and is stable otherwise', () => {
    const file = write('fp/data.csv', 'a,b\n1,2\n');
    const first = resolveSource(file).fingerprint;
    assert.equal(resolveSource(file).fingerprint, first);
    fs.appendFileSync(file, '3,4\n');
    assert.notEqual(resolveSource(file).fingerprint, first);
  });

  test('expands a glob into a sorted file list', () => {
    const source = resolveSource(`${fixturePath('datasets')}/nannyml_employment_*.pq`);
    assert.deepEqual(source.files.map((file) => path.basename(file.path)), [
      'nannyml_employment_MA_analysis.pq', 'nannyml_employment_MA_analysis_target.pq', 'nannyml_employment_MA_reference.pq',
    ]);
  });

  test('recognises a hive-partitioned folder and skips marker files', () => {
    const parquet = fs.readFileSync(fixturePath('datasets', 'evidently_adults.parquet'));
    write('hive/day=2024-01-01/part-0.parquet', parquet);
    write('hive/day=2024-01-02/part-0.parquet', parquet);
    write('hive/_SUCCESS', '');
    write('hive/README.md', '# notes');
    const source = resolveSource(path.join(scratch.dir, 'hive'));
    assert.equal(source.hivePartitioning, true);
    assert.equal(source.files.length, 2);
  });

  test('a missing path is SOURCE_NOT_FOUND', () => {
    expectError(path.join(scratch.dir, 'nope.parquet'), 'SOURCE_NOT_FOUND', /No file or folder/);
  });

  test('a glob matching nothing is SOURCE_NOT_FOUND', () => {
    expectError(path.join(scratch.dir, 'none-*.parquet'), 'SOURCE_NOT_FOUND', /No files match/);
  });

  test('a folder without data files is SOURCE_NO_DATA_FILES', () => {
    write('docs/readme.md', 'hello');
    expectError(path.join(scratch.dir, 'docs'), 'SOURCE_NO_DATA_FILES', /holds no Parquet, CSV or NDJSON/);
  });

  test('a text file named .parquet is SOURCE_NOT_PARQUET', () => {
    expectError(write('fake.parquet', 'a,b\n1,2\n'), 'SOURCE_NOT_PARQUET', /not one/);
  });

  test('a truncated Parquet file is SOURCE_CORRUPT', () => {
    const parquet = fs.readFileSync(fixturePath('datasets', 'evidently_adults.parquet'));
    expectError(write('truncated.parquet', parquet.subarray(0, Math.floor(parquet.length / 2))), 'SOURCE_CORRUPT', /truncated/);
  });

  test('an empty file is SOURCE_EMPTY', () => {
    expectError(write('empty.csv', ''), 'SOURCE_EMPTY', /empty/);
  });

  test('a folder mixing CSV and Parquet is SOURCE_MIXED_FORMATS', () => {
    write('mixed/a.csv', 'a\n1\n');
    write('mixed/b.parquet', fs.readFileSync(fixturePath('datasets', 'evidently_adults.parquet')));
    expectError(path.join(scratch.dir, 'mixed'), 'SOURCE_MIXED_FORMATS', /mixes file formats/);
  });

  test('sniffs NDJSON and CSV when the extension says nothing', () => {
    assert.equal(resolveSource(write('events.log', '{"a": 1}\n{"a": 2}\n')).format, 'ndjson');
    assert.equal(resolveSource(write('table.dat', 'a,b\n1,2\n')).format, 'csv');
  });
});
