import type { PasteResult } from '../../../shared/domain/paste';
import { useI18n, useMessages } from '../../i18n/i18n';
import { gridMessages } from './gridMessages';

interface Props {
  /** The last paste's result; null: nothing is shown. */
  result: PasteResult | null;
  /** "Geplakt: {updated} kostenlijnen bijgewerkt, {created} toegevoegd." in the page's own words. */
  pasteDone: string;
  /** The column titles the user saw, by field code (a problem's field is named by them). */
  columns: Record<string, string>;
  onClose(): void;
}

/** What a paste did, and every line it did not apply with the reason (line, column, message). */
export function PasteReport({ result, pasteDone, columns, onClose }: Props) {
  const m = useMessages(gridMessages);
  const { format, language } = useI18n();
  if (!result) return null;
  const summary = format(pasteDone, { updated: result.updated, created: result.created });
  const fieldLabel = (field: string) => columns[field] ?? field;
  return (
    <div className={result.problems.length > 0 ? 'report report-warning' : 'report'} role="status">
      <p>
        {summary} {result.problems.length > 0 ? format(m.pasteProblems, { count: result.problems.length }) : null}
      </p>
      {result.problems.length > 0 ? (
        <ul className="paste-problems">
          {result.problems.map((problem, index) => (
            <li key={index}>
              {format(m.pasteLine, {
                row: problem.row,
                field: fieldLabel(problem.field),
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
