import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measurement {
  label: string;
  wallSeconds: number;
  /** Peak resident memory of the whole process tree (the CLI plus its engine workers), sampled. */
  peakRssMb: number;
  /**
   * CPU time (user + system) of the whole process tree: per process the last value sampled, summed, so
   * the last sampling interval of each process is missed. Steadier than wall time on a shared machine.
   */
  cpuSeconds: number;
  exitCode: number;
  stderrTail: string;
  /** The whole standard output, when measureCommand was asked to capture it (else ''). */
  stdout: string;
}

/**
 * Runs a command to completion and measures whole-process wall time and the peak RSS of its process tree,
 * sampled from /proc every `sampleMs` (Linux). The tree matters: the CLI's DuckDB work runs in worker processes.
 */
export function measureCommand(
  label: string, command: string, args: readonly string[], sampleMs = 50, options: { captureStdout?: boolean } = {},
): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    let stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-2000);
    });
    let peakKb = 0;
    const cpuTicks = new Map<number, number>();
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const sample = sampleTree(child.pid);
      peakKb = Math.max(peakKb, sample.rssKb);
      for (const [pid, ticks] of sample.cpuTicks) cpuTicks.set(pid, Math.max(ticks, cpuTicks.get(pid) ?? 0));
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
        cpuSeconds: [...cpuTicks.values()].reduce((total, ticks) => total + ticks, 0) / CLOCK_TICKS_PER_SECOND,
        exitCode: code ?? -1,
        stderrTail,
        stdout,
      });
    });
  });
}

/** USER_HZ, the unit of utime/stime in /proc/<pid>/stat: 100 on Linux (x86-64 and arm64). */
const CLOCK_TICKS_PER_SECOND = 100;

/** RSS of the process tree under rootPid, and each member's CPU ticks so far (utime + stime). */
function sampleTree(rootPid: number): { rssKb: number; cpuTicks: Map<number, number> } {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    // Fields from 3 (state) on follow the parenthesised command name, which may contain spaces:
    // afterName[1] is field 4 (ppid), afterName[11] and [12] are fields 14 and 15 (utime, stime).
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(afterName[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(Number(entry));
    ticks.set(Number(entry), Number(afterName[11]) + Number(afterName[12]));
  }
  let rssKb = 0;
  const cpuTicks = new Map<number, number>();
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const match = /VmRSS:\s+(\d+) kB/.exec(readOrEmpty(`/proc/${pid}/status`));
    if (match) rssKb += Number(match[1]);
    const own = ticks.get(pid);
    if (own !== undefined && Number.isFinite(own)) cpuTicks.set(pid, own);
    pending.push(...(children.get(pid) ?? []));
  }
  return { rssKb, cpuTicks };
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
