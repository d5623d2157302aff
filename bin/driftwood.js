#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm ci` through the prepare script).
require('../dist/electron/cli/main.js');
