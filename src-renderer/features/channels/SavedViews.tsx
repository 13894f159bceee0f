import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { SavedView, ViewDefinition } from '../../../shared/domain/savedView';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useMessages } from '../../i18n/i18n';
import { channelsMessages } from './channelsMessages';

interface Props {
  generation: number;
  current: ViewDefinition;
  onApply(view: SavedView | null): void;
}

/** Named views stored in the register: pick one, save the current one under a name, delete one. */
export function SavedViews({ generation, current, onApply }: Props) {
  const m = useMessages(channelsMessages);
  const [views, setViews] = useState<SavedView[]>([]);
  const [selectedId, setSelectedId] = useState('');
  const [saving, setSaving] = useState(false);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const selectId = useId();

  useEffect(() => {
    let cancelled = false;
    void invoke('views.list', {}).then((result) => {
      if (!cancelled && result.ok) setViews(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [generation, version]);

  const choose = (id: string) => {
    setSelectedId(id);
    onApply(views.find((view) => view.id === id) ?? null);
  };

  const remove = async () => {
    if (!selectedId) return;
    const result = await invoke('views.delete', { id: selectedId });
    if (!result.ok) setError(result.error);
    else {
      setSelectedId('');
      setVersion((v) => v + 1);
    }
  };

  const selected = views.find((view) => view.id === selectedId);

  return (
    <div className="saved-views">
      <label htmlFor={selectId}>{m.views}</label>
      <select id={selectId} value={selectedId} onChange={(event) => choose(event.target.value)}>
        <option value="">{m.viewNone}</option>
        {views.map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setSaving(true)}>
        {m.saveView}
      </button>
      {selectedId ? (
        <button type="button" onClick={() => void remove()}>
          {m.deleteView}
        </button>
      ) : null}
      <ErrorMessage error={error} />
      <ModalDialog title={m.saveView} open={saving} onClose={() => setSaving(false)}>
        {saving ? (
          <SaveViewForm
            initialName={selected?.name ?? ''}
            onCancel={() => setSaving(false)}
            onSave={async (name) => {
              const existing = views.find((view) => view.name === name);
              const result = await invoke('views.save', { id: existing?.id, fields: { name, definition: current } });
              if (!result.ok) return result.error;
              setSaving(false);
              setSelectedId(result.value.id);
              setVersion((v) => v + 1);
              return null;
            }}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}

function SaveViewForm({
  initialName,
  onSave,
  onCancel,
}: {
  initialName: string;
  onSave(name: string): Promise<ApiError | null>;
  onCancel(): void;
}) {
  const m = useMessages(channelsMessages);
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<ApiError | null>(null);
  const nameId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onSave(name));
  };
  return (
    <form onSubmit={submit} className="stacked-form">
      <ErrorMessage error={error} />
      <label htmlFor={nameId}>{m.viewName}</label>
      <input id={nameId} type="text" value={name} onChange={(event) => setName(event.target.value)} required autoFocus />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="primary">
          {m.save}
        </button>
      </div>
    </form>
  );
}
