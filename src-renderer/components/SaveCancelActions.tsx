/** The buttons under an edit form: cancel, and save (which says it is busy while the change is on its way). */
export function SaveCancelActions({
  busy,
  labels,
  onCancel,
}: {
  busy: boolean;
  labels: { cancel: string; save: string; busy: string };
  onCancel(): void;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {labels.cancel}
      </button>
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {busy ? labels.busy : labels.save}
      </button>
    </div>
  );
}
