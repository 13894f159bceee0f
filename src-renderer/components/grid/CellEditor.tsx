import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CommitMove, EditorKind, EditorOption } from './gridColumn';
import { findOption } from './optionSearch';

/** After this pause a new letter starts a new search in a select, as in native selects. */
const TYPEAHEAD_RESET_MS = 1000;

interface Props {
  kind: EditorKind;
  options: readonly EditorOption[] | undefined;
  label: string;
  placeholder: string | undefined;
  initial: string;
  /** Set when editing started by typing: replaces the value (in a select: picks the option it starts). */
  typed: string | null;
  errorId: string | undefined;
  onCommit(value: string, move: CommitMove): void;
  onCancel(): void;
}

/** The input inside a cell being edited: Enter saves and goes down, Tab saves and goes right, Esc cancels. */
export function CellEditor({ kind, options, label, placeholder, initial, typed, errorId, onCommit, onCancel }: Props) {
  const isSelect = kind === 'select' && options !== undefined;
  const [value, setValue] = useState(() => {
    if (typed === null) return initial;
    return isSelect ? (findOption(options, typed)?.[0] ?? initial) : typed;
  });
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  // Typeahead in a select that continues the letter which opened it (the native one would restart).
  // `at` null: the opening letter was typed just now.
  const search = useRef<{ text: string; at: number | null }>({ text: typed ?? '', at: null });
  // Enter, Tab and blur can all end one edit: only the first one counts.
  const ended = useRef(false);
  const commit = (move: CommitMove) => {
    if (ended.current) return;
    ended.current = true;
    onCommit(value, move);
  };
  const cancel = () => {
    if (ended.current) return;
    ended.current = true;
    onCancel();
  };

  // Before the browser handles the next key: the letters typed after the first one land here too.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    if (typed !== null && element.tagName === 'INPUT') {
      element.setSelectionRange(element.value.length, element.value.length);
    } else if (element.tagName === 'INPUT') {
      element.select();
    }
    // Focus once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit('down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commit(event.shiftKey ? 'left' : 'right');
    } else if (isSelect && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const now = Date.now();
      const { at, text: before } = search.current;
      const text = (at !== null && now - at > TYPEAHEAD_RESET_MS ? '' : before) + event.key;
      search.current = { text, at: now };
      const found = findOption(options, text);
      if (found) setValue(found[0]);
    }
  };

  const common = {
    'aria-label': label,
    'aria-invalid': errorId ? true : undefined,
    'aria-describedby': errorId,
    className: 'cell-editor',
    onKeyDown,
    onBlur: () => commit('none'),
  };

  if (isSelect) {
    return (
      <select ref={ref} value={value} onChange={(event) => setValue(event.target.value)} {...common}>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      ref={ref}
      type={kind === 'url' ? 'url' : 'text'}
      inputMode={kind === 'amount' ? 'decimal' : undefined}
      value={value}
      placeholder={placeholder}
      onChange={(event) => setValue(event.target.value)}
      spellCheck={kind === 'text'}
      {...common}
    />
  );
}
