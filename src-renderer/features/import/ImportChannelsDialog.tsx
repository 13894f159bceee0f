import { useEffect, useId, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { ApiError } from '../../../shared/api/result';
import {
  IMPORT_FIELDS,
  MAX_IMPORT_BYTES,
  type ChannelImportPreview,
  type ChannelImportResult,
  type ImportField,
} from '../../../shared/domain/channelImport';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { invoke } from '../../api/client';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ImportActions } from './ImportActions';
import { ImportProblemsTable } from './ImportProblemsTable';
import { importMessages } from './messages';
import { readAsBase64, type LoadedFile } from './readAsBase64';
import '../organisations/organisations.css';
import './import.css';

type Encoding = 'auto' | 'utf-8' | 'windows-1252';
type Separator = 'auto' | ',' | ';' | 'tab';
const ENCODINGS: Encoding[] = ['auto', 'utf-8', 'windows-1252'];
const SEPARATORS: Separator[] = ['auto', ',', ';', 'tab'];

interface MappingEntry {
  column: number;
  field: ImportField | null;
}
/** What the user chose about reading the file; unset sheet or mapping: what the core suggests. */
interface ReadOptions {
  sheet?: string;
  encoding: Encoding;
  separator: Separator;
  mapping?: MappingEntry[];
}
const DEFAULT_OPTIONS: ReadOptions = { encoding: 'auto', separator: 'auto' };
type Busy = 'reading' | 'previewing' | 'importing' | null;

/**
 * Import an inventory spreadsheet: choose the file, check the preview (sheet, encoding, column
 * mapping, problems per row and column), then import in one step. The file is read in the
 * renderer and sent as base64; its content is only ever shown as text.
 */
export function ImportChannelsDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose(): void;
  onImported(result: ChannelImportResult): void;
}) {
  const m = useMessages(importMessages);
  return (
    <ModalDialog title={m.title} open={open} onClose={onClose}>
      {/* Mounted per opening: every import starts from an empty form. */}
      {open ? <ImportFlow onClose={onClose} onImported={onImported} /> : null}
    </ModalDialog>
  );
}

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

function ImportFlow({ onClose, onImported }: { onClose(): void; onImported(result: ChannelImportResult): void }) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [options, setOptions] = useState<ReadOptions>(DEFAULT_OPTIONS);
  const [preview, setPreview] = useState<ChannelImportPreview | null>(null);
  // The choices the shown preview was made with: a refused change (an empty sheet) falls back to them.
  const [previewOptions, setPreviewOptions] = useState<ReadOptions>(options);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [result, setResult] = useState<ChannelImportResult | null>(null);
  // Only the answer to the latest request counts (the user may change the mapping again meanwhile).
  const sequence = useRef(0);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const fileId = useId();
  const introId = useId();
  const skipId = useId();
  const commitHintId = useId();

  // The button that was pressed is gone once the result shows: the focus goes to the result.
  useEffect(() => {
    if (result) resultHeadingRef.current?.focus();
  }, [result]);

  const runPreview = async (loaded: LoadedFile, next: ReadOptions, fallback: ReadOptions = previewOptions) => {
    const mine = ++sequence.current;
    setOptions(next);
    setBusy('previewing');
    const answer = await invoke('imports.channels.preview', {
      fileName: loaded.name,
      contentBase64: loaded.base64,
      sheet: next.sheet,
      encoding: next.encoding,
      separator: next.separator,
      mapping: next.mapping,
    });
    if (mine !== sequence.current) return;
    setBusy(null);
    if (answer.ok) {
      setPreview(answer.value);
      setPreviewOptions(next);
      setError(null);
    } else {
      setOptions(fallback);
      setError(answer.error);
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const mine = ++sequence.current;
    setPreview(null);
    setResult(null);
    setSkipInvalid(false);
    setFile(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      const values = { size: megabytes(chosen.size), max: megabytes(MAX_IMPORT_BYTES) };
      setError({
        code: 'INVALID_INPUT',
        message: format(importMessages.nl.tooLarge, values),
        messageEn: format(importMessages.en.tooLarge, values),
      });
      return;
    }
    setError(null);
    setBusy('reading');
    let base64: string;
    try {
      base64 = await readAsBase64(chosen);
    } catch {
      if (mine !== sequence.current) return;
      setBusy(null);
      setError({ code: 'FILE_ERROR', message: importMessages.nl.unreadable, messageEn: importMessages.en.unreadable });
      return;
    }
    if (mine !== sequence.current) return;
    const loaded = { name: chosen.name, base64 };
    setFile(loaded);
    await runPreview(loaded, DEFAULT_OPTIONS, DEFAULT_OPTIONS);
  };

  const shownMapping: MappingEntry[] = options.mapping ?? preview?.mapping.map(({ column, field }) => ({ column, field })) ?? [];

  const changeMapping = (column: number, field: ImportField | null) => {
    if (!file || !preview) return;
    const known = new Set(shownMapping.map((entry) => entry.column));
    const mapping = [
      ...shownMapping.map((entry) => (entry.column === column ? { column, field } : entry)),
      ...(known.has(column) ? [] : [{ column, field }]),
    ];
    void runPreview(file, { ...options, mapping });
  };

  const problemCount = preview?.problems.length ?? 0;
  const blockedByProblems = problemCount > 0 && !skipInvalid;
  const nothingValid = preview !== null && preview.validRowCount === 0;
  const canCommit = file !== null && preview !== null && !blockedByProblems && !nothingValid;

  const commit = async () => {
    if (!file || !preview || busy || !canCommit) return;
    const mine = ++sequence.current;
    setBusy('importing');
    const answer = await invoke('imports.channels.commit', {
      fileName: file.name,
      contentBase64: file.base64,
      sheet: preview.sheet ?? undefined,
      encoding: preview.encoding ?? undefined,
      separator: preview.separator ?? undefined,
      mapping: shownMapping,
      skipInvalidRows: skipInvalid || undefined,
    });
    // The register changed whether or not this dialog is still open.
    if (answer.ok) onImported(answer.value);
    if (mine !== sequence.current) return;
    setBusy(null);
    if (answer.ok) {
      setResult(answer.value);
      setError(null);
    } else {
      setError(answer.error);
    }
  };

  return (
    <div className="import-flow" aria-busy={busy !== null}>
      {result ? null : (
        <>
          <p id={introId} className="hint">
            {m.intro}
          </p>
          <div className="field import-file">
            <label htmlFor={fileId}>{m.file}</label>
            <input id={fileId} type="file" accept=".xlsx,.csv" aria-describedby={introId} onChange={chooseFile} />
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
      <ErrorMessage error={error} />

      {result ? (
        <ImportResultView result={result} preview={preview} headingRef={resultHeadingRef} />
      ) : preview && file ? (
        <div className="import-preview">
          <PreviewSummary preview={preview} />
          <ReadOptionsForm
            preview={preview}
            options={options}
            onChange={(next) => void runPreview(file, { ...options, ...next, mapping: undefined })}
          />
          <section className="import-section">
            <ImportProblemsTable problems={preview.problems} preview={preview} />
          </section>
          <MappingTable preview={preview} mapping={shownMapping} onChange={changeMapping} />
          <SampleTable preview={preview} mapping={shownMapping} />
        </div>
      ) : null}

      <div className="import-footer">
        {preview && !result ? (
          <div className="import-commit">
            {problemCount > 0 ? (
              <div className="field field-check">
                <input
                  id={skipId}
                  type="checkbox"
                  checked={skipInvalid}
                  onChange={(event) => setSkipInvalid(event.target.checked)}
                />
                <label htmlFor={skipId}>{m.skipInvalid}</label>
              </div>
            ) : null}
            {nothingValid || blockedByProblems ? (
              <p id={commitHintId} className="hint">
                {nothingValid ? m.nothingValid : m.mustSkip}
              </p>
            ) : null}
          </div>
        ) : null}

        <ImportActions
          done={result !== null}
          canImport={canCommit}
          busy={busy !== null}
          hintId={nothingValid || blockedByProblems ? commitHintId : undefined}
          labels={m}
          onClose={onClose}
          onImport={() => void commit()}
        />
      </div>
    </div>
  );
}

/** Names of what the import would create: the first few, and how many more. */
const NAMES_SHOWN = 12;

function PreviewSummary({ preview }: { preview: ChannelImportPreview }) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const headingId = useId();
  // The core lists the first problems only; the row counts are exact.
  const rowsWithProblems = Math.max(0, preview.rowCount - preview.validRowCount);
  const names = (list: string[]) =>
    list.length === 0 ? null : (
      <span className="import-names">
        : {list.slice(0, NAMES_SHOWN).join(', ')}
        {list.length > NAMES_SHOWN ? ` ${format(m.counts.andMore, { count: formatNumber(list.length - NAMES_SHOWN) })}` : ''}
      </span>
    );
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
        <div>
          <dt>{m.counts.newOrganisations}</dt>
          <dd>
            {formatNumber(preview.newOrganisations.length)}
            {names(preview.newOrganisations)}
          </dd>
        </div>
        <div>
          <dt>{m.counts.newPeople}</dt>
          <dd>
            {formatNumber(preview.newPeople.length)}
            {names(preview.newPeople)}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** A CSV reading option (encoding, separator), with what the core detected as its hint. */
function DetectedSelect<V extends string>({
  label,
  value,
  values,
  labels,
  detected,
  onChange,
}: {
  label: string;
  value: V;
  values: V[];
  labels: Record<V, string>;
  detected: Exclude<V, 'auto'> | null;
  onChange(value: V): void;
}) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={hintId} onChange={(event) => onChange(event.target.value as V)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
      <span id={hintId} className="hint">
        {detected ? format(m.detected, { value: labels[detected] }) : ''}
      </span>
    </div>
  );
}

function ReadOptionsForm({
  preview,
  options,
  onChange,
}: {
  preview: ChannelImportPreview;
  options: ReadOptions;
  onChange(next: Partial<ReadOptions>): void;
}) {
  const m = useMessages(importMessages);
  const sheetId = useId();
  if (preview.format === 'xlsx') {
    if (preview.sheets.length <= 1) return null;
    return (
      <fieldset className="import-options">
        <legend>{m.reading}</legend>
        <div className="field">
          <label htmlFor={sheetId}>{m.sheet}</label>
          <select
            id={sheetId}
            value={options.sheet ?? preview.sheet ?? ''}
            onChange={(event) => onChange({ sheet: event.target.value })}
          >
            {preview.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset className="import-options">
      <legend>{m.reading}</legend>
      <DetectedSelect
        label={m.encoding}
        value={options.encoding}
        values={ENCODINGS}
        labels={m.encodings}
        detected={preview.encoding}
        onChange={(encoding) => onChange({ encoding })}
      />
      <DetectedSelect
        label={m.separator}
        value={options.separator}
        values={SEPARATORS}
        labels={m.separators}
        detected={preview.separator}
        onChange={(separator) => onChange({ separator })}
      />
    </fieldset>
  );
}

function MappingTable({
  preview,
  mapping,
  onChange,
}: {
  preview: ChannelImportPreview;
  mapping: MappingEntry[];
  onChange(column: number, field: ImportField | null): void;
}) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const baseId = useId();
  const hintId = useId();
  return (
    <section className="import-section">
      <p id={hintId} className="hint">
        {m.mapping.hint}
      </p>
      <div className="import-scroll import-mapping-scroll">
        <table className="grid entity-table import-table">
          <caption>{m.mapping.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.mapping.column}</th>
              <th scope="col">{m.mapping.header}</th>
              <th scope="col">{m.mapping.field}</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header) => {
              const field = mapping.find((entry) => entry.column === header.column)?.field ?? null;
              const suggestion = preview.mapping.find((entry) => entry.column === header.column);
              const suggested = Boolean(suggestion?.suggested && suggestion.field !== null && suggestion.field === field);
              const selectId = `${baseId}-${header.column}`;
              const markerId = `${baseId}-${header.column}-suggested`;
              return (
                <tr key={header.column}>
                  <th scope="row" className="import-letter">
                    {header.letter}
                  </th>
                  <td>{header.header || <span className="muted">{m.mapping.emptyHeader}</span>}</td>
                  <td>
                    <label htmlFor={selectId} className="visually-hidden">
                      {format(m.mapping.selectLabel, { letter: header.letter, header: header.header || m.mapping.emptyHeader })}
                    </label>
                    <select
                      id={selectId}
                      value={field ?? ''}
                      aria-describedby={suggested ? `${markerId} ${hintId}` : hintId}
                      onChange={(event) => onChange(header.column, (event.target.value || null) as ImportField | null)}
                    >
                      <option value="">{m.mapping.ignore}</option>
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {m.fields[f]}
                        </option>
                      ))}
                    </select>
                    {suggested ? (
                      <span id={markerId} className="import-suggested">
                        {m.mapping.suggested}
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SampleTable({ preview, mapping }: { preview: ChannelImportPreview; mapping: MappingEntry[] }) {
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
                    {field ? <span className="import-mapped">→ {m.fields[field]}</span> : null}
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

function ImportResultView({
  result,
  preview,
  headingRef,
}: {
  result: ChannelImportResult;
  preview: ChannelImportPreview | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  return (
    <section className="import-result">
      <h3 ref={headingRef} tabIndex={-1}>
        {m.result.heading}
      </h3>
      <ul>
        <li>{result.created === 1 ? m.result.createdOne : format(m.result.created, { count: formatNumber(result.created) })}</li>
        {result.skipped > 0 ? (
          <li>
            {result.skipped === 1 ? m.result.skippedOne : format(m.result.skipped, { count: formatNumber(result.skipped) })}
          </li>
        ) : null}
        {result.organisationsCreated > 0 ? (
          <li>
            {result.organisationsCreated === 1
              ? m.result.organisationsOne
              : format(m.result.organisations, { count: formatNumber(result.organisationsCreated) })}
          </li>
        ) : null}
        {result.peopleCreated > 0 ? (
          <li>
            {result.peopleCreated === 1
              ? m.result.peopleOne
              : format(m.result.people, { count: formatNumber(result.peopleCreated) })}
          </li>
        ) : null}
      </ul>
      {result.problems.length > 0 ? <ImportProblemsTable problems={result.problems} preview={preview} /> : null}
    </section>
  );
}
