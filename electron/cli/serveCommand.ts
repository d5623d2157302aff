import path from 'node:path';
import type { Command } from 'commander';
import { driftwoodError } from '../../shared/errors/workbenchError';
import { createApiHandlers } from '../service/apiHandlers';
import type { WorkbenchService } from '../service/workbenchService';
import { resolveSource } from '../service/sourceResolver';
import { startWebHost } from '../host/webHost';

/** `driftwood serve [<src>] [--port N]`: the UI in a browser on 127.0.0.1 (DESIGN.md §1, §7). */
export function registerServeCommand(command: Command, service: () => WorkbenchService): void {
  command
    .description('serve the Driftwood UI on 127.0.0.1 (prints the URL with its access token)')
    .argument('[src]', 'a source to open at start')
    .option('--port <n>', 'port to listen on (default: a free one)', '0')
    .action(async (src: string | undefined, flags: { port: string }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw driftwoodError('INVALID_ARGUMENT', `--port '${flags.port}' is not a port number.`, 'Give a number from 1 to 65535, or leave it out.');
      }
      if (src) resolveSource(src);
      const staticDir = path.join(__dirname, '..', '..', 'renderer');
      const host = await startWebHost({ handlers: createApiHandlers(service()), staticDir, port });
      const url = src ? `${host.url}&source=${encodeURIComponent(path.resolve(src))}` : host.url;
      process.stdout.write(`Driftwood is serving on ${url}\n`);
      process.stderr.write('Open the URL above in a browser on this machine. Press Ctrl+C to stop.\n');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await host.close();
    });
}
