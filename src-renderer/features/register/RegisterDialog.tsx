import { useEffect, useId, useState, type FormEvent } from 'react';
import { invoke } from '../../api/client';
import { ModalDialog } from '../../components/ModalDialog';
import { useI18n } from '../../i18n/i18n';
import type { RegisterModel } from './useRegister';

export type RegisterDialogMode = 'open' | 'create';

/** New / open a register by path; the OS file dialog where the host has one (Electron). */
export function RegisterDialog({
  mode,
  model,
  onClose,
}: {
  mode: RegisterDialogMode | null;
  model: RegisterModel;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <ModalDialog
      title={mode === 'create' ? t.register.dialogNewTitle : t.register.dialogOpenTitle}
      open={mode !== null}
      onClose={onClose}
    >
      {/* Keyed by mode: each opening starts from a fresh form. */}
      {mode ? <RegisterForm key={mode} mode={mode} model={model} onClose={onClose} /> : null}
    </ModalDialog>
  );
}

function RegisterForm({ mode, model, onClose }: { mode: RegisterDialogMode; model: RegisterModel; onClose(): void }) {
  const { t, format } = useI18n();
  const [path, setPath] = useState(mode === 'create' ? 'Nieuw register.sqlite' : '');
  const [canBrowse, setCanBrowse] = useState(false);
  const pathId = useId();
  const hintId = useId();

  useEffect(() => {
    let cancelled = false;
    void invoke('host.capabilities', {}).then((result) => {
      if (!cancelled && result.ok) setCanBrowse(result.value.fileDialogs);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const browse = async () => {
    const picked = await invoke('host.pickRegisterPath', { mode });
    if (!picked.ok) {
      setCanBrowse(false);
      return;
    }
    if (picked.value) setPath(picked.value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = mode === 'create' ? await model.create(path) : await model.open(path);
    if (done) onClose();
  };

  return (
    <form onSubmit={submit} className="register-form">
      <label htmlFor={pathId}>{t.register.pathLabel}</label>
      <div className="path-row">
        <input
          id={pathId}
          type="text"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          aria-describedby={hintId}
          required
          autoFocus
          spellCheck={false}
        />
        {canBrowse ? (
          <button type="button" onClick={browse}>
            {t.register.browse}
          </button>
        ) : null}
      </div>
      <p id={hintId} className="hint">
        {format(t.register.pathHint, { dir: model.defaultDirectory })}
      </p>
      {mode === 'open' ? (
        <fieldset className="recent">
          <legend>{t.register.recent}</legend>
          {model.recent.length === 0 ? <p>{t.register.noRecent}</p> : null}
          <ul>
            {model.recent.map((entry) => (
              <li key={entry.path}>
                <button type="button" className="link-button" disabled={!entry.exists} onClick={() => setPath(entry.path)}>
                  {entry.path}
                </button>
                {entry.exists ? null : <span className="muted"> {t.register.missing}</span>}
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t.register.cancel}
        </button>
        <button type="submit" className="primary">
          {mode === 'create' ? t.register.create : t.register.open}
        </button>
      </div>
    </form>
  );
}
