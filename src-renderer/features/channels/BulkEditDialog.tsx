import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useI18n, useMessages } from '../../i18n/i18n';
import { channelsMessages } from './channelsMessages';
import { dayProblem, patchFor } from './channelEdits';
import { editorOptions, type EditorLabels } from './grid/editorOptions';
import { GRID_COLUMNS } from './grid/gridColumns';

const EDITABLE = GRID_COLUMNS.filter((column) => column.field && column.id !== 'name');

interface Props {
  ids: string[] | null;
  organisations: Organisation[];
  people: Person[];
  labels: EditorLabels;
  onClose(): void;
  onDone(): void;
}

/** One field set on every selected channel, as one undo step. */
export function BulkEditDialog({ ids, organisations, people, labels, onClose, onDone }: Props) {
  const m = useMessages(channelsMessages);
  const { format } = useI18n();
  return (
    <ModalDialog title={format(m.bulkTitle, { count: ids?.length ?? 0 })} open={ids !== null} onClose={onClose}>
      {ids ? (
        <BulkEditForm ids={ids} organisations={organisations} people={people} labels={labels} onClose={onClose} onDone={onDone} />
      ) : null}
    </ModalDialog>
  );
}

function BulkEditForm({ ids, organisations, people, labels, onClose, onDone }: Omit<Props, 'ids'> & { ids: string[] }) {
  const m = useMessages(channelsMessages);
  const [columnId, setColumnId] = useState(EDITABLE.find((c) => c.id === 'status')?.id ?? EDITABLE[0]!.id);
  const [value, setValue] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const fieldId = useId();
  const valueId = useId();
  const column = EDITABLE.find((c) => c.id === columnId)!;
  const options = editorOptions(column.editor!, labels, organisations, people);
  const chosen = options && !options.some(([code]) => code === value) ? options[0]![0] : value;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const refused = dayProblem(column.field!, chosen);
    if (refused) {
      setError(refused);
      return;
    }
    const result = await invoke('channels.bulkUpdate', { ids, patch: patchFor(column.field!, chosen) });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDone();
    onClose();
  };

  return (
    <form onSubmit={submit} className="stacked-form">
      <ErrorMessage error={error} />
      <label htmlFor={fieldId}>{m.bulkField}</label>
      <select
        id={fieldId}
        value={columnId}
        onChange={(event) => {
          setColumnId(event.target.value);
          setValue('');
        }}
      >
        {EDITABLE.map((c) => (
          <option key={c.id} value={c.id}>
            {m.columns[c.id]}
          </option>
        ))}
      </select>
      <label htmlFor={valueId}>{m.bulkValue}</label>
      {options ? (
        <select id={valueId} value={chosen} onChange={(event) => setValue(event.target.value)}>
          {options.map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      ) : (
        <input id={valueId} type="text" value={value} onChange={(event) => setValue(event.target.value)} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {m.cancel}
        </button>
        <button type="submit" className="primary">
          {m.apply}
        </button>
      </div>
    </form>
  );
}
