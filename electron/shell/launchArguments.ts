import path from 'node:path';

/**
 * The source to open at start: `--source <path>` or `--source=<path>` on the command line (scripts/start.js
 * passes the demo log this way). Resolved against the working directory; undefined when absent or empty.
 */
export function sourceArgument(argv: readonly string[], cwd = process.cwd()): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = argument === '--source' ? argv[index + 1] : argument.startsWith('--source=') ? argument.slice('--source='.length) : undefined;
    if (value !== undefined && value !== '' && !value.startsWith('--')) return path.resolve(cwd, value);
  }
  return undefined;
}
