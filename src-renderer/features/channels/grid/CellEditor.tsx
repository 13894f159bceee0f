import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Person } from '../../../../shared/domain/person';
import { editorOptions } from './editorOptions';
import type { EditorKind } from './gridColumns';

export type CommitMove = 'down' | 'right' | 'left' | 'none';

export interface EditorLabels {
  platforms: Record<string, string>;
  statuses: Record<string, string>;
  kinds: Record<string, string>;
  none: string;
  yes: string;
  no: string;
  unknown: string;
  inactive: string;
}

interface Props {
  kind: EditorKind;
  label: string;
  initial: string;
  /** Set when editing started by typing: replaces the value. */
  typed: string | null;
  organisations: Organisation[];
  people: Person[];
  labels: EditorLabels;
  errorId: string | undefined;
  onCommit(value: string, move: CommitMove): void;
  onCancel(): void;
}

/** The input inside a cell being edited: Enter saves and goes down, Tab saves and goes right, Esc cancels. */
export function CellEditor({ kind, label, initial, typed, organisations, people, labels, errorId, onCommit, onCancel }: Props) {
  const [value, setValue] = useState(typed ?? initial);
  const ref = useRef<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(null);
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

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    if (typed !== null && 'setSelectionRange' in element && element.tagName !== 'SELECT') {
      element.setSelectionRange(value.length, value.length);
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

  const options = editorOptions(kind, labels, organisations, people);
  if (options) {
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
      value={value}
      onChange={(event) => setValue(event.target.value)}
      spellCheck={kind !== 'url'}
      {...common}
    />
  );
}
