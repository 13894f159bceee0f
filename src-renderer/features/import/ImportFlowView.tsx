import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { ImportProblem, SpreadsheetImportPreview } from '../../../shared/domain/spreadsheetImport';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useMessages } from '../../i18n/i18n';
import { ImportActions } from './ImportActions';
import { ImportProblemsTable } from './ImportProblemsTable';
import { MappingTable } from './MappingTable';
import { PreviewSummary } from './PreviewSummary';
import { ReadOptionsForm } from './ReadOptionsForm';
import { SampleTable } from './SampleTable';
import type { ImportFlow } from './useImportFlow';
import { importMessages } from './messages';
import '../organisations/organisations.css';
import './import.css';

/**
 * A spreadsheet import, whatever its rows become: choose the file, check the preview (sheet,
 * encoding, column mapping, problems per row and column, the first rows), then import in one
 * step and see the result. The file's content is only ever shown as text.
 */
export function ImportFlowView<F extends string, P extends SpreadsheetImportPreview<F>, R extends { problems: ImportProblem[] }>({
  flow,
  intro,
  fields,
  fieldLabels,
  summary,
  resultLines,
  resultHint,
  onClose,
}: {
  flow: ImportFlow<F, P, R>;
  intro: string;
  fields: readonly F[];
  fieldLabels: Record<F, string>;
  /** This import's own entries in the summary (dl rows). */
  summary(preview: P): ReactNode;
  resultLines(result: R): string[];
  /** Said under the result, e.g. how to take the import back. */
  resultHint?: string;
  onClose(): void;
}) {
  const m = useMessages(importMessages);
  const { file, preview, result, busy } = flow;
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const fileId = useId();
  const introId = useId();
  const skipId = useId();
  const commitHintId = useId();

  // The button that was pressed is gone once the result shows: the focus goes to the result.
  useEffect(() => {
    if (result) resultHeadingRef.current?.focus();
  }, [result]);

  const hintShown = flow.nothingValid || flow.blockedByProblems;
  return (
    <div className="import-flow" aria-busy={busy !== null}>
      {result ? null : (
        <>
          <p id={introId} className="hint">
            {intro}
          </p>
          <div className="field import-file">
            <label htmlFor={fileId}>{m.file}</label>
            <input
              id={fileId}
              type="file"
              accept=".xlsx,.csv"
              aria-describedby={introId}
              onChange={(event) => void flow.chooseFile(event)}
            />
          </div>
        </>
      )}

      <p className="import-busy" role="status">
        {busy ? (
          <>
            <span className="import-spinner" aria-hidden="true" />
            {m.busy[busy]}
          </>
        ) : null}
      </p>
      <ErrorMessage error={flow.error} />

      {result ? (
        <section className="import-result">
          <h3 ref={resultHeadingRef} tabIndex={-1}>
            {m.result.heading}
          </h3>
          <ul>
            {resultLines(result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {resultHint ? <p className="hint">{resultHint}</p> : null}
          {result.problems.length > 0 ? <ImportProblemsTable problems={result.problems} preview={preview} /> : null}
        </section>
      ) : preview && file ? (
        <div className="import-preview">
          <PreviewSummary preview={preview}>{summary(preview)}</PreviewSummary>
          <ReadOptionsForm preview={preview} options={flow.options} onChange={flow.changeOptions} />
          <section className="import-section">
            <ImportProblemsTable problems={preview.problems} preview={preview} />
          </section>
          <MappingTable
            preview={preview}
            mapping={flow.shownMapping}
            fields={fields}
            fieldLabels={fieldLabels}
            onChange={flow.changeMapping}
          />
          <SampleTable preview={preview} mapping={flow.shownMapping} fieldLabels={fieldLabels} />
        </div>
      ) : null}

      <div className="import-footer">
        {preview && !result ? (
          <div className="import-commit">
            {flow.problemCount > 0 ? (
              <div className="field field-check">
                <input
                  id={skipId}
                  type="checkbox"
                  checked={flow.skipInvalid}
                  onChange={(event) => flow.setSkipInvalid(event.target.checked)}
                />
                <label htmlFor={skipId}>{m.skipInvalid}</label>
              </div>
            ) : null}
            {hintShown ? (
              <p id={commitHintId} className="hint">
                {flow.nothingValid ? m.nothingValid : m.mustSkip}
              </p>
            ) : null}
          </div>
        ) : null}

        <ImportActions
          done={result !== null}
          canImport={flow.canCommit}
          busy={busy !== null}
          hintId={hintShown ? commitHintId : undefined}
          labels={m}
          onClose={onClose}
          onImport={() => void flow.commit()}
        />
      </div>
    </div>
  );
}
