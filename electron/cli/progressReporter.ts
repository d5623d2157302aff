import type { JobProgress } from '../engine/enginePool';

/**
 * Progress on stderr: one rewritten line on a terminal; otherwise a line per 10% step, so logs stay short.
 * Silent with --quiet.
 */
export function createProgressReporter(command: string, options: { quiet: boolean; stream?: NodeJS.WriteStream }): {
  report(progress: JobProgress): void;
  done(): void;
} {
  const stream = options.stream ?? process.stderr;
  let lastStep = -1;
  let drewLine = false;
  return {
    report(progress) {
      if (options.quiet) return;
      const percent = Math.round(progress.fraction * 100);
      if (stream.isTTY) {
        stream.write(`\r${command}: ${progress.message} ${percent}%\x1b[K`);
        drewLine = true;
        return;
      }
      const step = Math.floor(percent / 10);
      if (step === lastStep) return;
      lastStep = step;
      stream.write(`${command}: ${progress.message} ${percent}%\n`);
    },
    done() {
      if (drewLine) stream.write('\r\x1b[K');
    },
  };
}
