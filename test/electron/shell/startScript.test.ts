import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fixturePath, makeTempDir, repoRoot } from '../../helpers/testPaths';

/** Runs scripts/start.js with its own DRIFTWOOD_HOME, where the demo log already exists (a copied fixture). */
function startScript(home: string, electronDist: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env, DRIFTWOOD_HOME: home, ELECTRON_OVERRIDE_DIST_PATH: electronDist, ELECTRON_RUN_AS_NODE: '1' };
  const child = spawn(process.execPath, [path.join(repoRoot(), 'scripts', 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start (scripts/start.js)', { skip: process.platform === 'win32' ? 'POSIX signals and shell scripts' : false }, () => {
  const scratch = makeTempDir('driftwood-start-');
  const home = path.join(scratch.dir, 'home');
  const log = path.join(home, 'demo', 'null-spike-1000000', 'inference_log.parquet');
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.copyFileSync(fixturePath('datasets', 'evidently_adults.parquet'), log);
  after(() => scratch.cleanup());

  test('without an Electron binary it says so in one line and serves the demo log on 127.0.0.1 until Ctrl+C', async () => {
    const emptyDist = path.join(scratch.dir, 'no-electron');
    fs.mkdirSync(emptyDist);
    const run = startScript(home, emptyDist);
    const [url] = await waitForOutput(run.output, /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/);
    const lines = run.output().split('\n');
    assert.equal(lines.filter((line) => /Electron/.test(line)).length, 1, run.output());
    assert.match(run.output(), /Electron's binary is not installed here \(offline\?\); serving the UI in your browser instead\./);
    assert.equal(new URL(url).searchParams.get('source'), log);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 0, run.output());
  });

  test('with an Electron binary it launches the window on the demo log, Node mode off, and forwards Ctrl+C once', async () => {
    const dist = path.join(scratch.dir, 'electron-dist');
    fs.mkdirSync(dist);
    const fakeElectron = path.join(dist, 'electron');
    fs.writeFileSync(fakeElectron, [
      `#!${process.execPath}`,
      'let interrupts = 0;',
      "console.log('launched ' + JSON.stringify({ argv: process.argv.slice(2), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));",
      "process.on('SIGINT', () => { interrupts++; setTimeout(() => { console.log('interrupts ' + interrupts); process.exit(0); }, 300); });",
      'setInterval(() => undefined, 1000);',
    ].join('\n'));
    fs.chmodSync(fakeElectron, 0o755);
    const run = startScript(home, dist);
    const [, launched] = await waitForOutput(run.output, /launched (.*)\n/);
    const { argv, runAsNode } = JSON.parse(launched) as { argv: string[]; runAsNode: string | null };
    assert.deepEqual(argv, [path.join(repoRoot(), 'dist', 'electron', 'main.js'), '--source', log]);
    assert.equal(runAsNode, null, 'ELECTRON_RUN_AS_NODE would start Electron as plain Node');
    // npm and the terminal both signal the script; the app must see one Ctrl+C.
    run.child.kill('SIGINT');
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 0, run.output());
    assert.match(run.output(), /interrupts 1/);
  });
});
