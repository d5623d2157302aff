import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measurement {
  label: string;
  wallSeconds: number;
  /** Peak resident memory of the whole process tree (the CLI plus its engine workers), sampled. */
  peakRssMb: number;
  exitCode: number;
  stderrTail: string;
}

/**
 * Runs a command to completion and measures whole-process wall time and the peak RSS of its process tree,
 * sampled from /proc every `sampleMs` (Linux). The tree matters: the CLI's DuckDB work runs in worker processes.
 */
export function measureCommand(label: string, command: string, args: readonly string[], sampleMs = 50): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderrTail = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-2000);
    });
    let peakKb = 0;
    const timer = setInterval(() => {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, sampleMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        label,
        wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakRssMb: peakKb / 1024,
        exitCode: code ?? -1,
        stderrTail,
      });
    });
  });
}

function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(afterName[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(Number(entry));
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const match = /VmRSS:\s+(\d+) kB/.exec(readOrEmpty(`/proc/${pid}/status`));
    if (match) total += Number(match[1]);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
