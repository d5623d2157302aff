import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { chosenPath, dataFileExtensions, openSourceFileDialogOptions } from '../../../electron/shell/dialogOptions';
import { sourceArgument } from '../../../electron/shell/launchArguments';

describe('the source to open at start, and the dialogs', () => {
  test('reads --source <path> and --source=<path>, resolved against the working folder', () => {
    assert.equal(sourceArgument(['electron', 'dist/electron/main.js', '--source', '/data/log.parquet'], '/home/me'), '/data/log.parquet');
    assert.equal(sourceArgument(['app', '--source=demo/log.parquet'], '/home/me'), path.resolve('/home/me', 'demo/log.parquet'));
    assert.equal(sourceArgument(['app', '--source', 'logs/'], '/work'), path.resolve('/work', 'logs'));
  });

  test('ignores a missing or empty value', () => {
    assert.equal(sourceArgument(['app']), undefined);
    assert.equal(sourceArgument(['app', '--source']), undefined);
    assert.equal(sourceArgument(['app', '--source=']), undefined);
    assert.equal(sourceArgument(['app', '--source', '--inspect']), undefined);
  });

  test('the Open dialog offers Parquet, CSV and NDJSON, and folders where one dialog can do both', () => {
    for (const extension of ['parquet', 'pq', 'csv', 'ndjson', 'jsonl']) assert.ok((dataFileExtensions as readonly string[]).includes(extension));
    assert.deepEqual(openSourceFileDialogOptions('linux').properties, ['openFile']);
    assert.ok(openSourceFileDialogOptions('darwin').properties?.includes('openDirectory'));
    assert.equal(openSourceFileDialogOptions('win32').filters?.[0].extensions.includes('parquet'), true);
  });

  test('a dismissed dialog gives null, a chosen one its first path', () => {
    assert.equal(chosenPath({ canceled: true, filePaths: ['/x'] }), null);
    assert.equal(chosenPath({ canceled: false, filePaths: [] }), null);
    assert.equal(chosenPath({ canceled: false, filePaths: ['/a.parquet', '/b.parquet'] }), '/a.parquet');
    assert.equal(chosenPath({ canceled: false, filePath: '/w.driftwood.json' }), '/w.driftwood.json');
    assert.equal(chosenPath({ canceled: false, filePath: '' }), null);
  });
});
