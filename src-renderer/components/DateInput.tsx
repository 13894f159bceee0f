import { useId, useState } from 'react';
import { parseDayText } from '../../shared/domain/dayText';
import { formatIsoDate } from '../format/nlBE';

/**
 * A date field written the Belgian way (dd/mm/jjjj) that hands ISO dates to its owner. A plain
 * text field: the native date picker follows the browser's locale, not the register's language.
 * Give it a `key` to reset it to a new value from outside.
 */
export function DateInput({
  label,
  value,
  onChange,
  hint,
  invalidText,
  extraError,
  className,
}: {
  label: string;
  /** The initial date (ISO) or null. */
  value: string | null;
  /**
   * The ISO date, or null when the field is empty or not a date; `valid` tells those apart, so an
   * owner never stores "no date" for a date that was mistyped.
   */
  onChange(iso: string | null, valid: boolean): void;
  hint: string;
  invalidText: string;
  /** A problem the owner found (end before start). */
  extraError?: string | null;
  className?: string;
}) {
  const [text, setText] = useState(value ? formatIsoDate(value) : '');
  const [touched, setTouched] = useState(false);
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const invalid = text.trim() !== '' && parseDayText(text) === null;
  const error = touched && invalid ? invalidText : (extraError ?? null);
  return (
    <div className={className ? `field date-field ${className}` : 'field date-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={hint}
        size={11}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          const typed = event.target.value;
          const parsed = parseDayText(typed);
          setText(typed);
          onChange(parsed, parsed !== null || typed.trim() === '');
        }}
        onBlur={() => {
          setTouched(true);
          const parsed = parseDayText(text);
          if (parsed) setText(formatIsoDate(parsed));
        }}
      />
      <span id={hintId} className="hint">
        {hint}
      </span>
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
