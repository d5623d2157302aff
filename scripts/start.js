#!/usr/bin/env node
// `npm start` (after `npm run build`): writes the demo log once, then opens it in the Electron window, or,
// where Electron's binary is not installed (offline installs, CI), serves the same UI with
// `driftwood serve` on 127.0.0.1 in this terminal (DESIGN.md §1, "Electron on machines without its binary").
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'driftwood.js');

function driftwoodHome() {
  return process.env.DRIFTWOOD_HOME ? path.resolve(process.env.DRIFTWOOD_HOME) : path.join(os.homedir(), '.driftwood');
}

/** The demo log the app opens at start; the same folder the API's createDemo uses. Written once. */
function ensureDemoLog() {
  const outDir = path.join(driftwoodHome(), 'demo', 'null-spike-1000000');
  const log = path.join(outDir, 'inference_log.parquet');
  if (fs.existsSync(log)) return log;
  const args = [cli, 'demo', '--out', outDir, '--rows', '1000000', '--format', 'table'];
  // Files of an interrupted run without the log are ours to replace.
  if (fs.existsSync(outDir)) args.push('--overwrite');
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0 || !fs.existsSync(log)) {
    console.error(`npm start: could not write the demo log to ${outDir} (see above).`);
    process.exit(result.status || 1);
  }
  return log;
}

/**
 * The Electron binary, or undefined when it is not installed. This reads what the electron package's
 * index.js reads, without calling it: its require() starts a download when the binary is missing, which
 * offline means a long wait and a stack trace instead of one line.
 */
function electronBinary() {
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
    const pathFile = path.join(packageDir, 'path.txt');
    const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(packageDir, 'dist', relative) : undefined;
    return binary && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the child in this terminal and ends with its exit code. On POSIX the child gets its own process
 * group, so Ctrl+C reaches it once, forwarded from here (npm and the terminal both signal this script;
 * a second signal within a second is that duplicate), and it can shut its engine down cleanly. On Windows
 * the console already sends Ctrl+C to every process in it, and kill() would be a hard stop: nothing is
 * forwarded, this script just waits for the child.
 */
function runForwardingSignals(command, args, env) {
  const posix = process.platform !== 'win32';
  const child = spawn(command, args, { stdio: 'inherit', env, detached: posix });
  const lastForwarded = new Map();
  for (const signal of posix ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : ['SIGINT']) {
    process.on(signal, () => {
      const now = Date.now();
      if (!posix || now - (lastForwarded.get(signal) ?? 0) < 1000) return;
      lastForwarded.set(signal, now);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`npm start: could not run ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
  });
}

function main() {
  const log = ensureDemoLog();
  const electron = electronBinary();
  if (electron) {
    const env = { ...process.env };
    // Set by some tools (and inherited by children); it would start Electron as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    runForwardingSignals(electron, [path.join(root, 'dist', 'electron', 'main.js'), '--source', log], env);
    return;
  }
  console.log("Electron's binary is not installed here (offline?); serving the UI in your browser instead.");
  runForwardingSignals(process.execPath, [cli, 'serve', log], process.env);
}

main();
