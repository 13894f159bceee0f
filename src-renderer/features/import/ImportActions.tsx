/**
 * The buttons under an import: cancel and import while choosing, only "close" once it is done.
 * The import button stays focusable while busy (aria-disabled) and points at the hint that says
 * why it cannot be used yet.
 */
export function ImportActions({
  done,
  canImport,
  busy,
  hintId,
  labels,
  onClose,
  onImport,
}: {
  done: boolean;
  canImport: boolean;
  busy: boolean;
  /** The id of the shown hint, or undefined when none is shown. */
  hintId: string | undefined;
  labels: { close: string; cancel: string; import: string };
  onClose(): void;
  onImport(): void;
}) {
  return (
    <div className="dialog-actions">
      {done ? (
        <button type="button" className="primary" onClick={onClose}>
          {labels.close}
        </button>
      ) : (
        <>
          <button type="button" onClick={onClose}>
            {labels.cancel}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!canImport}
            aria-disabled={busy ? true : undefined}
            aria-describedby={hintId}
            onClick={onImport}
          >
            {labels.import}
          </button>
        </>
      )}
    </div>
  );
}
