import type { SenderFrame } from './requestPolicy';

/**
 * The slices of Electron's ipcMain and IPC events that ipc.ts and shellIpc.ts use, so tests can register
 * the handlers on a fake without the Electron binary. Electron's real objects satisfy these shapes.
 */
export interface IpcSender {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface IpcEvent {
  readonly sender: IpcSender;
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => void): unknown;
}
