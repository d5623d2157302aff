import os from 'node:os';
import path from 'node:path';

/** Where Driftwood keeps its own files (recent sources, demo logs): DRIFTWOOD_HOME, else ~/.driftwood. */
export function driftwoodHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.DRIFTWOOD_HOME ? path.resolve(env.DRIFTWOOD_HOME) : path.join(os.homedir(), '.driftwood');
}
