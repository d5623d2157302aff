/** A button that shows a native dialog (Electron only) and hands on the chosen path; a dismissed dialog does nothing. */
export function DialogButton({ label, choose, onChosen, disabled }: { label: string; choose(): Promise<string | null | undefined>; onChosen(path: string): void; disabled?: boolean }) {
  return (
    <button type="button" className="button" disabled={disabled} onClick={() => {
      void choose().then((chosen) => {
        if (chosen) onChosen(chosen);
      }, () => undefined);
    }}>{label}</button>
  );
}
