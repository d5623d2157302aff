#!/usr/bin/env node
// Bundles the React renderer (renderer/src/main.tsx) into dist/renderer with esbuild: one script, one
// stylesheet and index.html — no network at run time, no inline script (the CSP forbids it).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const outdir = path.join(root, 'dist', 'renderer');
const entry = path.join(root, 'renderer', 'src', 'main.tsx');

async function main() {
  fs.mkdirSync(outdir, { recursive: true });
  if (!fs.existsSync(entry)) {
    console.error(`build-renderer: ${path.relative(root, entry)} is missing`);
    process.exit(1);
  }
  await esbuild.build({
    entryPoints: { app: entry },
    bundle: true,
    outdir,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    jsx: 'automatic',
    minify: process.env.DRIFTWOOD_DEV !== '1',
    sourcemap: true,
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': JSON.stringify(process.env.DRIFTWOOD_DEV === '1' ? 'development' : 'production') },
    loader: { '.css': 'css' },
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(outdir, 'index.html'));
  if (!fs.existsSync(path.join(outdir, 'app.css'))) fs.writeFileSync(path.join(outdir, 'app.css'), '');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
