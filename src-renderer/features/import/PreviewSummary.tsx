import { useId, type ReactNode } from 'react';
import type { SpreadsheetImportPreview } from '../../../shared/domain/spreadsheetImport';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { importMessages } from './messages';

/** The file, its rows with and without problems, and what this import adds (`children`: more dl entries). */
export function PreviewSummary<F extends string>({
  preview,
  children,
}: {
  preview: SpreadsheetImportPreview<F>;
  children?: ReactNode;
}) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const headingId = useId();
  // The core lists the first problems only; the row counts are exact.
  const rowsWithProblems = Math.max(0, preview.rowCount - preview.validRowCount);
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.counts.heading}</h3>
      <p className="import-file-summary">
        {format(preview.rowCount === 1 ? m.fileSummaryOne : m.fileSummary, {
          name: preview.fileName,
          format: m.formats[preview.format],
          rows: formatNumber(preview.rowCount),
        })}
      </p>
      <dl className="import-counts">
        <div>
          <dt>{m.counts.valid}</dt>
          <dd>{formatNumber(preview.validRowCount)}</dd>
        </div>
        <div className={rowsWithProblems > 0 ? 'import-count-problems' : undefined}>
          <dt>{m.counts.problemRows}</dt>
          <dd>{formatNumber(rowsWithProblems)}</dd>
        </div>
        {children}
      </dl>
    </section>
  );
}
