import { useId } from 'react';
import { WORKBOOK_SHEETS, type WorkbookSheet } from '../../../shared/domain/exportOptions';
import { useMessages } from '../../i18n/i18n';
import type { GrowthLayout } from './exportChoice';
import { exportMessages } from './messages';
import { RadioFieldset } from './RadioFieldset';

/** Excel: which sheets, and how the Groei sheet is laid out. */
export function WorkbookFieldset({
  sheets,
  growthLayout,
  sheetError,
  onChange,
}: {
  sheets: WorkbookSheet[];
  growthLayout: GrowthLayout;
  sheetError: string | null;
  onChange(change: { sheets?: WorkbookSheet[]; growthLayout?: GrowthLayout }): void;
}) {
  const m = useMessages(exportMessages);
  const id = useId();
  const toggle = (sheet: WorkbookSheet, on: boolean) =>
    onChange({ sheets: on ? [...sheets, sheet] : sheets.filter((s) => s !== sheet) });
  return (
    <fieldset className="export-format-options">
      <legend>{m.workbook}</legend>
      <fieldset aria-describedby={sheetError ? `${id}-error` : undefined}>
        <legend>{m.sheetsLegend}</legend>
        {WORKBOOK_SHEETS.map((sheet) => (
          <div className="field field-check" key={sheet}>
            <input
              id={`${id}-${sheet}`}
              type="checkbox"
              checked={sheets.includes(sheet)}
              onChange={(event) => toggle(sheet, event.target.checked)}
            />
            <label htmlFor={`${id}-${sheet}`}>{m.sheets[sheet]}</label>
          </div>
        ))}
        {sheetError ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {sheetError}
          </p>
        ) : null}
      </fieldset>
      {sheets.includes('growth') ? (
        <RadioFieldset
          legend={m.growthLayout}
          options={['wide', 'long'] as const}
          labels={m.growthLayouts}
          value={growthLayout}
          onChange={(value) => onChange({ growthLayout: value })}
        />
      ) : null}
    </fieldset>
  );
}
