import path from 'node:path';
import { type AppLayout, appLayout } from '../../../electron/shell/appLayout';
import type { IpcEvent, IpcMainLike, IpcSender } from '../../../electron/shell/ipcTypes';
import { repoRoot } from '../../helpers/testPaths';

type Listener = (event: IpcEvent, ...args: unknown[]) => unknown;

/** The built app's layout (dist/electron, dist/renderer), as main.ts computes it at run time. */
export function builtLayout(): AppLayout {
  return appLayout(path.join(repoRoot(), 'dist', 'electron'));
}

/**
 * Electron's ipcMain as far as ipc.ts and shellIpc.ts use it. `invoke` and `emit` play the renderer's side:
 * arguments and answers go through structured clone, as they do over real IPC (a function would throw).
 */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  readonly listeners = new Map<string, Set<Listener>>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  on(channel: string, listener: Listener): this {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)!.add(listener);
    return this;
  }

  removeListener(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  async invoke(event: IpcEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  }

  emit(event: IpcEvent, channel: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) void listener(event, ...structuredClone(args));
  }
}

/** A window's webContents as seen from an IPC event: what it was sent is recorded. */
export class FakeSender implements IpcSender {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;

  constructor(readonly id: number, private readonly onSend?: (channel: string, ...args: unknown[]) => void) {}

  send(channel: string, ...args: unknown[]): void {
    const copies = structuredClone(args);
    this.sent.push({ channel, args: copies });
    this.onSend?.(channel, ...copies);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export function ipcEvent(sender: IpcSender, url: string, parent: unknown = null): IpcEvent {
  return { sender, senderFrame: { url, parent } };
}
