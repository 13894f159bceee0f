import { useId } from 'react';
import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { importMessages } from './messages';

/**
 * The problems by sheet, row and column, in the user's language. The core lists the first
 * thousand and closes with an entry that counts the rest.
 */
export function ImportProblemsTable({
  problems,
  preview,
}: {
  problems: ImportProblem[];
  /** The preview whose headers name the columns; null when there is none (the count import). */
  preview: { headers: Array<{ letter: string; header: string }> } | null;
}) {
  const m = useMessages(importMessages);
  const { language } = useI18n();
  const captionId = useId();
  const headerOf = new Map((preview?.headers ?? []).map((header) => [header.letter, header.header]));
  const withSheet = problems.some((problem) => problem.sheet !== null);
  if (problems.length === 0) return <p className="import-no-problems">{m.problems.none}</p>;
  return (
    <div className="import-scroll import-problems-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="grid entity-table import-table import-problems">
        <caption id={captionId}>{m.problems.caption}</caption>
        <thead>
          <tr>
            {withSheet ? <th scope="col">{m.problems.sheet}</th> : null}
            <th scope="col" className="number">
              {m.problems.row}
            </th>
            <th scope="col">{m.problems.column}</th>
            <th scope="col">{m.problems.message}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => {
            const header = problem.column ? headerOf.get(problem.column) : undefined;
            return (
              <tr key={index}>
                {withSheet ? <td>{problem.sheet ?? ''}</td> : null}
                <td className="number">{formatNumber(problem.row)}</td>
                <td>
                  {problem.column ? (
                    <>
                      <span className="import-letter">{problem.column}</span>
                      {header ? ` (${header})` : ''}
                    </>
                  ) : (
                    <span className="muted">{m.problems.wholeRow}</span>
                  )}
                </td>
                <td>{language === 'nl' ? problem.message : problem.messageEn}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
