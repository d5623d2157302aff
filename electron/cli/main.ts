/**
 * The `driftwood` command (DESIGN.md §5). Every command calls the same WorkbenchService as the app.
 * Exit codes: 0 success, 2 bad input (one line that says what to do), 1 anything else.
 */
import { Command, CommanderError, Option } from 'commander';
import { formatErrorLine, isUserInputError, toWorkbenchError } from '../../shared/errors/workbenchError';
import { renderInspectTable } from '../../shared/inspect/inspectTable';
import { WorkbenchService } from '../service/workbenchService';
import { emit, parseFormat } from './output';
import { createProgressReporter } from './progressReporter';
import { type RoleFlags, collectRepeatable, roleOverridesFrom } from './roleOptions';
import { registerDemoCommand } from './demoCommand';
import { registerDriftCommand } from './driftCommand';
import { registerServeCommand } from './serveCommand';

interface GlobalFlags {
  format?: string;
  out?: string;
  quiet?: boolean;
}

function buildProgram(service: () => WorkbenchService): Command {
  const program = new Command('driftwood')
    .description('Offline workbench for ML incident response: drift, segments, root cause, evidence packets.')
    .version(require('../../../package.json').version)
    .exitOverride()
    .showSuggestionAfterError();

  const withCommon = (command: Command) => command
    .addOption(new Option('--format <format>', 'output format: json or table (table on a terminal)'))
    .option('--out <file>', 'write the output to FILE instead of stdout')
    .option('--quiet', 'no progress on stderr');
  const withRoles = (command: Command) => command
    .option('--role <column=role>', 'set a column\'s role (repeatable)', collectRepeatable)
    .option('--label <column>', 'the label column')
    .option('--prediction <column>', 'the prediction (score) column')
    .option('--time-column <column>', 'the timestamp column');

  withRoles(withCommon(program.command('inspect')))
    .argument('<src>', 'a Parquet/CSV/NDJSON file, a glob, or a folder')
    .description('schema, roles, rows, time range and a per-column summary of a source')
    .option('--schema-only', 'read only the schema and the Parquet row count (no scan)')
    .action(async (src: string, flags: GlobalFlags & RoleFlags & { schemaOnly?: boolean }) => {
      const format = parseFormat(flags.format, Boolean(process.stdout.isTTY));
      const progress = createProgressReporter('inspect', { quiet: Boolean(flags.quiet) });
      const result = await service().inspect(src, {
        roleOverrides: roleOverridesFrom(flags), schemaOnly: Boolean(flags.schemaOnly), onProgress: progress.report,
      });
      progress.done();
      emit(result, format, () => renderInspectTable(result), flags.out);
    });

  registerDriftCommand(withRoles(withCommon(program.command('drift'))), service);
  registerDemoCommand(withCommon(program.command('demo')), service);
  registerServeCommand(program.command('serve'), service);
  return program;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  let service: WorkbenchService | undefined;
  const program = buildProgram(() => (service ??= new WorkbenchService()));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end through exitOverride with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    const record = toWorkbenchError(error);
    process.stderr.write(`driftwood: ${formatErrorLine(record)}\n`);
    return isUserInputError(record) ? 2 : 1;
  } finally {
    await service?.dispose();
  }
}
