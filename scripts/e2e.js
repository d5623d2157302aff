#!/usr/bin/env node
// Runs the UI end-to-end tests (test/e2e/*.test.js: plain JavaScript, outside the tsc build) with node's
// test runner, against the built app in dist/ and Debian's headless Chromium. Run `npm run build` first.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dir = path.join(root, 'test', 'e2e');
const filter = process.argv.slice(2);
const files = fs.readdirSync(dir)
  .filter((name) => name.endsWith('.test.js'))
  .map((name) => path.join(dir, name))
  .filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)))
  .sort();
if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'app.js'))) {
  console.error('e2e: dist/renderer/app.js is missing. Run `npm run build` first.');
  process.exit(1);
}
if (files.length === 0) {
  console.error('e2e: no test/e2e/*.test.js file matches.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
