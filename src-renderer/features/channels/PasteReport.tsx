import type { PasteResult } from '../../../shared/domain/paste';
import { useI18n, useMessages } from '../../i18n/i18n';
import { channelsMessages } from './channelsMessages';

/** What a paste did, and every line it did not apply with the reason. */
export function PasteReport({ result, onClose }: { result: PasteResult; onClose(): void }) {
  const m = useMessages(channelsMessages);
  const { format, language } = useI18n();
  return (
    <div className={result.problems.length > 0 ? 'report report-warning' : 'report'} role="status">
      <p>
        {format(m.pasteDone, { updated: result.updated, created: result.created })}{' '}
        {result.problems.length > 0 ? format(m.pasteProblems, { count: result.problems.length }) : null}
      </p>
      {result.problems.length > 0 ? (
        <ul className="paste-problems">
          {result.problems.map((problem, index) => (
            <li key={index}>
              {format(m.pasteLine, {
                row: problem.row,
                field: m.columns[problem.field] ?? problem.field,
                message: language === 'nl' ? problem.message : problem.messageEn,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onClose}>
        {m.close}
      </button>
    </div>
  );
}
