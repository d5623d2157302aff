import { type ShellDialog, shellChannels } from './channels';
import type { IpcMainLike } from './ipcTypes';
import type { SenderFrame } from './requestPolicy';

/** The native dialogs behind `window.driftwoodShell`; main.ts implements them with Electron's dialog module. */
export type ShellDialogs = { [D in ShellDialog]: () => Promise<string | null> };

/**
 * Registers the `driftwood-shell:*` channels. Each checks its sender and takes no arguments: the page asks
 * for a dialog, the user chooses, the page gets a path it then passes to the WorkbenchApi (which validates it).
 */
export function registerShellIpc(ipcMain: IpcMainLike, dialogs: ShellDialogs, isTrustedSender: (frame: SenderFrame | null) => boolean): { dispose(): void } {
  const names = Object.keys(dialogs) as ShellDialog[];
  for (const name of names) {
    ipcMain.handle(shellChannels[name], async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame)) throw new Error(`Refused ${shellChannels[name]}: the sender is not the Driftwood window.`);
      if (args.length > 0) throw new Error(`Refused ${shellChannels[name]}: it takes no arguments.`);
      const chosen = await dialogs[name]();
      return typeof chosen === 'string' && chosen.length > 0 ? chosen : null;
    });
  }
  return { dispose: () => names.forEach((name) => ipcMain.removeHandler(shellChannels[name])) };
}
