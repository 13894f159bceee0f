import { useId } from 'react';
import { useMessages } from '../../i18n/i18n';
import type { DocxVariant } from './exportChoice';
import { exportMessages } from './messages';
import { RadioFieldset } from './RadioFieldset';

/** Word: the whole college note or only its tables, with or without the growth chart. */
export function WordFieldset({
  variant,
  includeChart,
  onChange,
}: {
  variant: DocxVariant;
  includeChart: boolean;
  onChange(change: { docxVariant?: DocxVariant; includeChart?: boolean }): void;
}) {
  const m = useMessages(exportMessages);
  const chartId = useId();
  return (
    <fieldset className="export-format-options">
      <legend>{m.document}</legend>
      <RadioFieldset
        legend={m.variant}
        options={['note', 'tables'] as const}
        labels={m.variants}
        value={variant}
        onChange={(value) => onChange({ docxVariant: value })}
      />
      <div className="field field-check">
        <input
          id={chartId}
          type="checkbox"
          checked={includeChart}
          onChange={(event) => onChange({ includeChart: event.target.checked })}
        />
        <label htmlFor={chartId}>{m.includeChart}</label>
      </div>
    </fieldset>
  );
}
