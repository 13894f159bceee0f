import { useId } from 'react';
import { IMPORT_ENCODINGS, IMPORT_SEPARATORS, type SpreadsheetImportPreview } from '../../../shared/domain/spreadsheetImport';
import { useI18n, useMessages } from '../../i18n/i18n';
import type { ReadOptions } from './importFlowTypes';
import { importMessages } from './messages';

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
  values: readonly V[];
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

/** The workbook's sheet, or the CSV's encoding and separator; nothing for a one-sheet workbook. */
export function ReadOptionsForm<F extends string>({
  preview,
  options,
  onChange,
}: {
  preview: SpreadsheetImportPreview<F>;
  options: ReadOptions<F>;
  onChange(next: Partial<ReadOptions<F>>): void;
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
        values={IMPORT_ENCODINGS}
        labels={m.encodings}
        detected={preview.encoding}
        onChange={(encoding) => onChange({ encoding })}
      />
      <DetectedSelect
        label={m.separator}
        value={options.separator}
        values={IMPORT_SEPARATORS}
        labels={m.separators}
        detected={preview.separator}
        onChange={(separator) => onChange({ separator })}
      />
    </fieldset>
  );
}
