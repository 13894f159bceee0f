import { useState, type ChangeEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { MAX_IMPORT_BYTES, type MappingEntry, type SpreadsheetImportPreview } from '../../../shared/domain/spreadsheetImport';
import { formatNumber } from '../../format/nlBE';
import { useI18n } from '../../i18n/i18n';
import type { ImportMethods, ReadOptions } from './importFlowTypes';
import { importMessages } from './messages';
import type { LoadedFile } from './readAsBase64';
import { useImportSteps } from './useImportSteps';

const DEFAULT_OPTIONS = { encoding: 'auto', separator: 'auto' } as const;

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/**
 * The state of a spreadsheet import dialog: the chosen file (read here, sent as base64), the
 * reading choices and mapping, the latest preview, the commit and its result. Every change runs
 * the preview again; only the answer to the latest request counts (useImportSteps).
 */
export function useImportFlow<F extends string, P extends SpreadsheetImportPreview<F>, R>(
  methods: ImportMethods<F, P, R>,
  onImported: (result: R) => void,
) {
  const { format } = useI18n();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [options, setOptions] = useState<ReadOptions<F>>(DEFAULT_OPTIONS);
  const [preview, setPreview] = useState<P | null>(null);
  // The choices the shown preview was made with: a refused change (an empty sheet) falls back to them.
  const [previewOptions, setPreviewOptions] = useState<ReadOptions<F>>(options);
  const [error, setError] = useState<ApiError | null>(null);
  const { busy, supersede, run, readFile } = useImportSteps();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [result, setResult] = useState<R | null>(null);

  const runPreview = (loaded: LoadedFile, next: ReadOptions<F>, fallback: ReadOptions<F> = previewOptions) => {
    setOptions(next);
    return run(
      'previewing',
      () =>
        methods.preview({
          fileName: loaded.name,
          contentBase64: loaded.base64,
          sheet: next.sheet,
          encoding: next.encoding,
          separator: next.separator,
          mapping: next.mapping,
        }),
      (answer) => {
        if (answer.ok) {
          setPreview(answer.value);
          setPreviewOptions(next);
          setError(null);
        } else {
          setOptions(fallback);
          setError(answer.error);
        }
      },
    );
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    supersede();
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
    await readFile(chosen, (loaded) => {
      if (!loaded) {
        setError({ code: 'FILE_ERROR', message: importMessages.nl.unreadable, messageEn: importMessages.en.unreadable });
        return;
      }
      setFile(loaded);
      void runPreview(loaded, DEFAULT_OPTIONS, DEFAULT_OPTIONS);
    });
  };

  const shownMapping: Array<MappingEntry<F>> =
    options.mapping ?? preview?.mapping.map(({ column, field }) => ({ column, field })) ?? [];

  const changeMapping = (column: number, field: F | null) => {
    if (!file || !preview) return;
    const known = new Set(shownMapping.map((entry) => entry.column));
    const mapping = [
      ...shownMapping.map((entry) => (entry.column === column ? { column, field } : entry)),
      ...(known.has(column) ? [] : [{ column, field }]),
    ];
    void runPreview(file, { ...options, mapping });
  };

  /** Another sheet, encoding or separator: the columns may differ, so the mapping starts from the suggestion. */
  const changeOptions = (next: Partial<ReadOptions<F>>) => {
    if (file) void runPreview(file, { ...options, ...next, mapping: undefined });
  };

  const problemCount = preview?.problems.length ?? 0;
  const blockedByProblems = problemCount > 0 && !skipInvalid;
  const nothingValid = preview !== null && preview.validRowCount === 0;
  const canCommit = file !== null && preview !== null && !blockedByProblems && !nothingValid;

  const commit = async () => {
    if (!file || !preview || busy || !canCommit) return;
    await run(
      'importing',
      async () => {
        const answer = await methods.commit({
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

  return {
    file,
    options,
    preview,
    error,
    busy,
    skipInvalid,
    setSkipInvalid,
    result,
    shownMapping,
    problemCount,
    blockedByProblems,
    nothingValid,
    canCommit,
    chooseFile,
    changeMapping,
    changeOptions,
    commit,
  };
}

export type ImportFlow<F extends string, P extends SpreadsheetImportPreview<F>, R> = ReturnType<typeof useImportFlow<F, P, R>>;
