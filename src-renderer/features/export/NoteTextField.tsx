import { useId } from 'react';

/** One labelled text of the college note: a line, or a text area for paragraphs (with a hint how to split them). */
export function NoteTextField({
  label,
  value,
  maxLength,
  rows,
  hint,
  onChange,
}: {
  label: string;
  value: string;
  maxLength: number;
  /** Omitted: a one-line input. */
  rows?: number;
  hint?: string;
  onChange(value: string): void;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field note-field">
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea
          id={id}
          rows={rows}
          value={value}
          maxLength={maxLength}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input id={id} type="text" value={value} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
