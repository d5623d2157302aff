#!/usr/bin/env node
// Runs every compiled test file under dist/test, then the UI end-to-end tests in test/e2e (plain
// JavaScript driving headless Chromium against the built app), in one run of node's built-in test runner.
// Listing files explicitly keeps this independent of how each Node version expands directories.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTests(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

const filter = process.argv.slice(2);
const files = [...findTests(path.join(__dirname, '..', 'dist', 'test')).sort(), ...findTests(path.join(__dirname, '..', 'test', 'e2e')).sort()]
  .filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)));
if (files.length === 0) {
  console.error('No test files found under dist/test. Run `npm run build` first.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
