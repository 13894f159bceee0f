import { useId } from 'react';
import type { MappingEntry, SpreadsheetImportPreview } from '../../../shared/domain/spreadsheetImport';
import { useI18n, useMessages } from '../../i18n/i18n';
import { importMessages } from './messages';

/** One select per column of the file: the register field it goes to, or "do not import"; suggestions marked. */
export function MappingTable<F extends string>({
  preview,
  mapping,
  fields,
  fieldLabels,
  onChange,
}: {
  preview: SpreadsheetImportPreview<F>;
  mapping: Array<MappingEntry<F>>;
  fields: readonly F[];
  fieldLabels: Record<F, string>;
  onChange(column: number, field: F | null): void;
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
                      onChange={(event) => onChange(header.column, (event.target.value || null) as F | null)}
                    >
                      <option value="">{m.mapping.ignore}</option>
                      {fields.map((f) => (
                        <option key={f} value={f}>
                          {fieldLabels[f]}
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
