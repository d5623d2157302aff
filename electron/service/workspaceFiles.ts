import fs from 'node:fs';
import path from 'node:path';
import { driftwoodError } from '../../shared/errors/workbenchError';
import { type Workspace, workspaceSchema } from '../../shared/formats/workspace';

/** Saves a workspace atomically (temporary file, then rename). */
export function saveWorkspaceFile(file: string, workspace: Workspace): string {
  const target = path.resolve(file.endsWith('.driftwood.json') ? file : `${file}.driftwood.json`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}`;
  fs.writeFileSync(temporary, `${JSON.stringify(workspaceSchema.parse(workspace), null, 2)}\n`);
  fs.renameSync(temporary, target);
  return target;
}

/** Reads and validates a workspace file: it is untrusted input (DESIGN.md §7). */
export function openWorkspaceFile(file: string): Workspace {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw driftwoodError('SOURCE_NOT_FOUND', `No workspace file at '${file}'.`, 'Check the path of the .driftwood.json file.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw driftwoodError('INVALID_ARGUMENT', `'${file}' is not valid JSON.`, 'Open a .driftwood.json file saved by Driftwood.');
  }
  const result = workspaceSchema.safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw driftwoodError('INVALID_ARGUMENT', `'${file}' is not a Driftwood workspace (${problems}).`, 'Open a .driftwood.json file saved by Driftwood.');
  }
  return result.data;
}
