/**
 * The edit and delete buttons at the end of a table row. Each names its row for screen readers,
 * since a list of identical "Bewerken" buttons says nothing out of context.
 */
export function EditDeleteButtons({
  name,
  editButtonId,
  labels,
  onEdit,
  onDelete,
}: {
  name: string;
  /** Where the focus returns after a save. */
  editButtonId: string;
  labels: { edit: string; delete: string };
  onEdit(): void;
  onDelete(): void;
}) {
  return (
    <td className="row-actions">
      <button type="button" id={editButtonId} onClick={onEdit}>
        {labels.edit}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" onClick={onDelete}>
        {labels.delete}
        <span className="visually-hidden"> {name}</span>
      </button>
    </td>
  );
}
