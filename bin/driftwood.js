#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm ci` through the prepare script).
'use strict';
const { runCli } = require('../dist/electron/cli/main.js');
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
