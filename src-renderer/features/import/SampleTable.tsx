import { useId } from 'react';
import type { MappingEntry, SpreadsheetImportPreview } from '../../../shared/domain/spreadsheetImport';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { importMessages } from './messages';

/** The first rows as read, as text, with the field each column goes to and the cells that have a problem. */
export function SampleTable<F extends string>({
  preview,
  mapping,
  fieldLabels,
}: {
  preview: SpreadsheetImportPreview<F>;
  mapping: Array<MappingEntry<F>>;
  fieldLabels: Record<F, string>;
}) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const captionId = useId();
  const problemCells = new Set(preview.problems.map((problem) => `${problem.row}:${problem.column ?? '*'}`));
  if (preview.sampleRows.length === 0) return null;
  return (
    <section className="import-section">
      <div className="import-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="grid entity-table import-table import-sample">
          <caption id={captionId}>{format(m.sample.caption, { count: formatNumber(preview.sampleRows.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.sample.row}</th>
              {preview.headers.map((header) => {
                const field = mapping.find((entry) => entry.column === header.column)?.field ?? null;
                return (
                  <th scope="col" key={header.column}>
                    <span className="import-letter">{header.letter}</span> {header.header}
                    {field ? <span className="import-mapped">→ {fieldLabels[field]}</span> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row) => {
              const wholeRow = problemCells.has(`${row.row}:*`);
              return (
                <tr key={row.row} className={wholeRow ? 'import-row-problem' : undefined}>
                  <th scope="row" className="number">
                    {formatNumber(row.row)}
                  </th>
                  {preview.headers.map((header) => {
                    const problem = problemCells.has(`${row.row}:${header.letter}`);
                    return (
                      <td key={header.column} className={problem ? 'import-cell-problem' : undefined}>
                        {row.values[header.column] ?? ''}
                        {problem ? <span className="visually-hidden"> ({m.sample.problem})</span> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
