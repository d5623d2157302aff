import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './testPaths';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `driftwood` launcher (bin/driftwood.js) in a child process, as a user or script would. */
export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot(), 'bin', 'driftwood.js'), ...args], {
      cwd: options.cwd ?? repoRoot(),
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Runs the CLI expecting JSON on stdout and exit 0; fails with the CLI's stderr otherwise. */
export async function runCliJson<T>(args: readonly string[]): Promise<T> {
  const run = await runCli([...args, '--format', 'json', '--quiet']);
  if (run.code !== 0) throw new Error(`driftwood ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
