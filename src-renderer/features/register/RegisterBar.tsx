import { useI18n, useMessages } from '../../i18n/i18n';
import { backupsMessages } from '../backups/messages';
import { FictitiousBadge } from '../growth/FictitiousNotice';
import type { RegisterDialogMode } from './RegisterDialog';
import type { RegisterModel } from './useRegister';

/** The open file, always visible: users must know which register they are editing. */
export function RegisterBar({
  model,
  onDialog,
  onBackups,
}: {
  model: RegisterModel;
  onDialog(mode: RegisterDialogMode): void;
  /** Opens "Reservekopieën en herstellen" for the open register. */
  onBackups(): void;
}) {
  const { t, format } = useI18n();
  const m = useMessages(backupsMessages);
  const current = model.state?.current ?? null;
  return (
    <section className="register-bar" aria-label={t.register.label}>
      <div className="register-file">
        {current ? (
          <>
            <span className="register-name">{current.fileName}</span>
            {current.isSample ? <span className="badge">{t.register.sampleBadge}</span> : null}
            {current.isFictitious ? <FictitiousBadge label={t.register.fictitiousBadge} /> : null}
            <span className="register-path" title={current.path}>
              {current.path}
            </span>
            <span className="muted">
              {format(t.register.channelCount, { count: current.channelCount })} ·{' '}
              {format(t.register.schema, { version: current.schemaVersion })}
            </span>
          </>
        ) : (
          <span>{t.register.none}</span>
        )}
      </div>
      <div className="register-actions">
        <button type="button" onClick={() => onDialog('create')}>
          {t.register.newRegister}
        </button>
        <button type="button" onClick={() => onDialog('open')}>
          {t.register.openRegister}
        </button>
        <button type="button" onClick={() => void model.openSample()}>
          {t.register.openSample}
        </button>
        {current ? (
          <button type="button" onClick={onBackups}>
            {m.open}
          </button>
        ) : null}
      </div>
    </section>
  );
}
