import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { MAX_IMPORT_BYTES } from '../../../shared/domain/spreadsheetImport';
import { labelsFor, PLATFORM_LABELS } from '../../../shared/domain/labels';
import type { SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import type { SnapshotImportPreview } from '../../../shared/domain/snapshotImport';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { metricLabel } from '../growth/chartLabels';
import { formatSigned } from '../growth/format';
import { useQuery } from '../growth/useQuery';
import { ImportActions } from '../import/ImportActions';
import { ImportProblemsTable } from '../import/ImportProblemsTable';
import type { LoadedFile } from '../import/readAsBase64';
import { useImportSteps } from '../import/useImportSteps';
import { parseCount } from './countParsing';
import { countsMessages } from './messages';
import { SaveReport } from './SaveReport';
import { useChannelNames } from './useChannelNames';
import '../import/import.css';

/** Import a platform's own export (Meta, LinkedIn, YouTube) or a date/count table for one channel. */
export function ImportSnapshotsDialog({
  open,
  generation,
  onClose,
  onImported,
}: {
  open: boolean;
  generation: number;
  onClose(): void;
  onImported(): void;
}) {
  const m = useMessages(countsMessages);
  return (
    <ModalDialog title={m.dialogTitle} open={open} onClose={onClose}>
      {open ? <ImportFlow generation={generation} onClose={onClose} onImported={onImported} /> : null}
    </ModalDialog>
  );
}

function ImportFlow({ generation, onClose, onImported }: { generation: number; onClose(): void; onImported(): void }) {
  const m = useMessages(countsMessages);
  const { format, language } = useI18n();
  const platforms = labelsFor(PLATFORM_LABELS, language);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [channelId, setChannelId] = useState('');
  const [startText, setStartText] = useState('');
  const [preview, setPreview] = useState<SnapshotImportPreview | null>(null);
  const [duplicateChoice, setDuplicateChoice] = useState<'keep' | 'replace' | null>(null);
  const [result, setResult] = useState<SaveCountsResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { busy, supersede, run, readFile } = useImportSteps();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const fileId = useId();
  const introId = useId();
  const channelSelectId = useId();
  const startId = useId();
  const startHintId = useId();
  const blockId = useId();
  const channels = useQuery('channels.list', { sort: [{ field: 'name', desc: false }], limit: 5000 }, generation);
  const nameOf = useChannelNames((result?.flags ?? []).map((flag) => flag.channelId));

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const startCount = startText.trim() === '' ? undefined : (parseCount(startText) ?? undefined);
  const startInvalid = startText.trim() !== '' && parseCount(startText) === null;

  const runPreview = (loaded: LoadedFile, channel: string, start: number | undefined) =>
    run(
      'previewing',
      () =>
        invoke('snapshots.importPreview', {
          fileName: loaded.name,
          contentBase64: loaded.base64,
          channelId: channel || undefined,
          startCount: start,
        }),
      (answer) => {
        if (answer.ok) {
          setPreview(answer.value);
          setError(null);
        } else {
          setPreview(null);
          setError(answer.error);
        }
      },
    );

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    supersede();
    setPreview(null);
    setFile(null);
    setDuplicateChoice(null);
    setStartText('');
    if (chosen.size > MAX_IMPORT_BYTES) {
      setError({ code: 'INVALID_INPUT', message: countsMessages.nl.unreadable, messageEn: countsMessages.en.unreadable });
      return;
    }
    await readFile(chosen, (loaded) => {
      if (!loaded) {
        setError({ code: 'FILE_ERROR', message: countsMessages.nl.unreadable, messageEn: countsMessages.en.unreadable });
        return;
      }
      setFile(loaded);
      void runPreview(loaded, channelId, undefined);
    });
  };

  const chooseChannel = (next: string) => {
    setChannelId(next);
    setStartText('');
    setDuplicateChoice(null);
    if (file) void runPreview(file, next, undefined);
  };

  const applyStart = () => {
    if (file && !startInvalid) void runPreview(file, channelId, startCount);
  };

  const needsStart = preview !== null && preview.gainsOnly && preview.startCountUsed === null && startCount === undefined;
  const needsChoice = preview !== null && preview.duplicates > 0 && duplicateChoice === null;
  const blocker = !file
    ? null
    : !channelId
      ? m.needChannel
      : needsStart
        ? m.needStart
        : needsChoice
          ? format(m.duplicateChoice, { count: formatNumber(preview?.duplicates ?? 0) })
          : null;
  const canImport = file !== null && preview !== null && blocker === null && !startInvalid && preview.rowCount > 0;

  const commit = async () => {
    if (!file || !canImport || busy) return;
    await run(
      'importing',
      async () => {
        const answer = await invoke('snapshots.importCommit', {
          fileName: file.name,
          contentBase64: file.base64,
          channelId,
          startCount: startCount ?? preview?.startCountUsed ?? undefined,
          onDuplicate: duplicateChoice ?? 'ask',
        });
        // The register changed whether or not this dialog is still open.
        if (answer.ok && (answer.value.saved > 0 || answer.value.replaced > 0)) onImported();
        return answer;
      },
      (answer) => {
        if (answer.ok) {
          setResult(answer.value);
          setError(null);
        } else {
          setError(answer.error);
        }
      },
    );
  };

  const rows = channels.value?.rows ?? [];
  return (
    <div className="import-flow snapshot-import" aria-busy={busy !== null}>
      {result ? null : (
        <>
          <p id={introId} className="hint">
            {m.dialogIntro} {m.importIntro}
          </p>
          <div className="import-choices">
            <div className="field import-file">
              <label htmlFor={fileId}>{m.file}</label>
              <input id={fileId} type="file" accept=".csv,.xls,.xlsx,.txt" aria-describedby={introId} onChange={chooseFile} />
            </div>
            <div className="field">
              <label htmlFor={channelSelectId}>{m.channelSelect}</label>
              <select id={channelSelectId} value={channelId} onChange={(event) => chooseChannel(event.target.value)}>
                <option value="">{m.chooseChannel}</option>
                {rows.map((row) => (
                  <option key={row.id} value={row.id}>
                    {row.name} — {platforms[row.platform]}
                    {row.organisationName ? ` (${row.organisationName})` : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </>
      )}

      <p className="import-busy" role="status">
        {busy ? (
          <>
            <span className="import-spinner" aria-hidden="true" />
            {busy === 'reading' ? m.busyReading : busy === 'previewing' ? m.busyPreview : m.busyImport}
          </>
        ) : null}
      </p>
      <ErrorMessage error={error} />

      {result ? (
        <section className="import-result">
          <h3 ref={resultRef} tabIndex={-1}>
            {m.imported}
          </h3>
          <SaveReport result={result} nameOf={nameOf} />
        </section>
      ) : preview ? (
        <div className="import-preview">
          <section className="import-section" aria-label={m.summary}>
            <h3>{m.summary}</h3>
            <dl className="import-counts">
              <div>
                <dt>{m.format}</dt>
                <dd>{m.formats[preview.format]}</dd>
              </div>
              <div>
                <dt>{m.metric}</dt>
                <dd>{metricLabel(preview.metric, language)}</dd>
              </div>
              <div>
                <dt>{m.period}</dt>
                <dd>
                  {preview.firstDate && preview.lastDate
                    ? `${formatIsoDate(preview.firstDate)} – ${formatIsoDate(preview.lastDate)}`
                    : '—'}
                </dd>
              </div>
              <div>
                <dt>{m.rows}</dt>
                <dd>{formatNumber(preview.rowCount)}</dd>
              </div>
              {channelId ? (
                <div className={preview.duplicates > 0 ? 'import-count-problems' : undefined}>
                  <dt>{m.duplicates}</dt>
                  <dd>{formatNumber(preview.duplicates)}</dd>
                </div>
              ) : null}
            </dl>
          </section>

          <div className="import-scroll import-mapping-scroll">
            <table className="grid entity-table import-table">
              <caption>{m.columnsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.column}</th>
                  <th scope="col">{m.usedAs}</th>
                </tr>
              </thead>
              <tbody>
                {preview.columnsUsed.map((column, index) => (
                  <tr key={index}>
                    <th scope="row">{column.header}</th>
                    <td>{column.usedAs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {preview.gainsOnly ? (
            <fieldset className="import-options start-count">
              <legend>{m.startCountPlain}</legend>
              <div className="field">
                <label htmlFor={startId}>
                  {preview.firstDate ? format(m.startCount, { date: formatIsoDate(preview.firstDate) }) : m.startCountPlain}
                </label>
                <div className="start-count-row">
                  <input
                    id={startId}
                    type="text"
                    inputMode="numeric"
                    size={12}
                    value={startText}
                    placeholder={preview.startCountUsed !== null ? formatNumber(preview.startCountUsed) : ''}
                    aria-invalid={startInvalid ? true : undefined}
                    aria-describedby={startHintId}
                    onChange={(event) => setStartText(event.target.value)}
                    onBlur={applyStart}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        applyStart();
                      }
                    }}
                  />
                  <button type="button" onClick={applyStart} disabled={startInvalid}>
                    {m.apply}
                  </button>
                </div>
                <span id={startHintId} className="hint">
                  {m.startHint}{' '}
                  {preview.suggestedStartCount
                    ? format(m.suggested, {
                        count: formatNumber(preview.suggestedStartCount.count),
                        date: formatIsoDate(preview.suggestedStartCount.date),
                      })
                    : channelId
                      ? m.noSuggestion
                      : ''}
                </span>
              </div>
            </fieldset>
          ) : null}

          <section className="import-section">
            <ImportProblemsTable problems={preview.problems} preview={null} />
          </section>

          {preview.rows.length > 0 ? (
            <div className="import-scroll" role="region" aria-labelledby={`${startId}-rows`} tabIndex={0}>
              <table className="grid entity-table import-table">
                <caption id={`${startId}-rows`}>{format(m.rowsCaption, { count: formatNumber(preview.rows.length) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.dateColumn}</th>
                    {preview.gainsOnly ? (
                      <th scope="col" className="number">
                        {m.gain}
                      </th>
                    ) : null}
                    <th scope="col" className="number">
                      {m.total}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={row.date}>
                      <th scope="row">{formatIsoDate(row.date)}</th>
                      {preview.gainsOnly ? <td className="number">{row.gain === null ? '—' : formatSigned(row.gain)}</td> : null}
                      <td className="number">{row.total === null ? '—' : formatNumber(row.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {channelId && preview.duplicates > 0 ? (
            <fieldset className="import-options">
              <legend>{format(m.duplicateChoice, { count: formatNumber(preview.duplicates) })}</legend>
              {(['keep', 'replace'] as const).map((choice) => (
                <div className="field field-check" key={choice}>
                  <input
                    id={`${blockId}-${choice}`}
                    type="radio"
                    name={`${blockId}-duplicates`}
                    checked={duplicateChoice === choice}
                    onChange={() => setDuplicateChoice(choice)}
                  />
                  <label htmlFor={`${blockId}-${choice}`}>{choice === 'keep' ? m.keep : m.replace}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
        </div>
      ) : null}

      <div className="import-footer">
        {preview && !result && blocker ? (
          <p id={blockId} className="hint">
            {blocker}
          </p>
        ) : null}
        <ImportActions
          done={result !== null}
          canImport={canImport}
          busy={busy !== null}
          hintId={preview && blocker ? blockId : undefined}
          labels={{ close: m.close, cancel: m.cancel, import: m.importAction }}
          onClose={onClose}
          onImport={() => void commit()}
        />
      </div>
    </div>
  );
}
