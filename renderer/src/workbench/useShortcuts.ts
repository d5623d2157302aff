import { useEffect } from 'react';
import { type PageId, pageIds } from './workbenchModel';

/** Alt+1..3 go to the steps; Ctrl/Cmd+S saves the workspace. */
export function useShortcuts(onPage: (page: PageId) => void, onSave: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        const index = Number(event.key) - 1;
        if (Number.isInteger(index) && index >= 0 && index < pageIds.length) {
          event.preventDefault();
          onPage(pageIds[index]);
        }
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPage, onSave]);
}
