import { useEffect, useRef } from 'react';
import { type ShellCommand, desktopShell } from '../api/workbenchClient';

export interface ShellHandlers {
  openSource(path: string): void;
  openWorkspace(path: string): void;
  saveWorkspace(path: string): void;
}

/**
 * The Electron shell's inputs: menu commands (File → Open…, Open workspace…, Save workspace…; the main
 * process shows the dialog and sends the path) and data files dropped on the window. Nothing happens
 * under `driftwood serve`, where there is no shell.
 */
export function useDesktopShell(handlers: ShellHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const shell = desktopShell();
    const unsubscribe = shell?.onCommand?.((command: ShellCommand) => {
      if (typeof command?.path !== 'string' || command.path === '') return;
      if (command.type === 'openSource') latest.current.openSource(command.path);
      else if (command.type === 'openWorkspace') latest.current.openWorkspace(command.path);
      else if (command.type === 'saveWorkspace') latest.current.saveWorkspace(command.path);
    });
    const pathForFile = shell?.pathForFile;
    if (!pathForFile) return unsubscribe;
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      const path = pathForFile(file);
      if (path) latest.current.openSource(path);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      unsubscribe?.();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
