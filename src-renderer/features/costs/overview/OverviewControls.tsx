import { useId, useState } from 'react';
import { ALLOCATION_MODES, type AllocationMode } from '../../../../shared/domain/costOverview';
import { ALLOCATION_LABELS, labelsFor } from '../../../../shared/domain/labels';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { DateInput } from '../../../components/DateInput';
import { costsMessages } from '../messages';
import { yearProblems, type OverviewChoice } from './overviewChoice';

/**
 * The period (from year, to year), the day running costs count up to, and how shared costs are
 * divided. Only a valid choice reaches the owner: while a year is half typed, the figures stay.
 */
export function OverviewControls({ choice, onChange }: { choice: OverviewChoice; onChange(next: OverviewChoice): void }) {
  const m = useMessages(costsMessages);
  const { language } = useI18n();
  const allocationLabels = labelsFor(ALLOCATION_LABELS, language);
  const baseId = useId();
  const [fromText, setFromText] = useState(String(choice.fromYear));
  const [toText, setToText] = useState(String(choice.toYear));
  const [touched, setTouched] = useState<{ from: boolean; to: boolean }>({ from: false, to: false });
  const problems = yearProblems(fromText, toText);
  // A wrong order or length is clear at once; a malformed year only once the field is left.
  const shown = {
    from: problems.fromYear && (touched.from || problems.fromYear !== 'yearInvalid') ? problems.fromYear : null,
    to: problems.toYear && (touched.to || problems.toYear !== 'yearInvalid') ? problems.toYear : null,
  };

  const changeYears = (from: string, to: string) => {
    setFromText(from);
    setToText(to);
    const found = yearProblems(from, to);
    if (!found.fromYear && !found.toYear) onChange({ ...choice, fromYear: Number(from), toYear: Number(to) });
  };

  const yearField = (which: 'from' | 'to') => {
    const id = `${baseId}-${which}`;
    const errorId = `${id}-error`;
    const problem = shown[which];
    return (
      <div className="field">
        <label htmlFor={id}>{which === 'from' ? m.fromYear : m.toYear}</label>
        <input
          id={id}
          type="number"
          className="year-input"
          min={1990}
          max={2200}
          step={1}
          value={which === 'from' ? fromText : toText}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) =>
            which === 'from' ? changeYears(event.target.value, toText) : changeYears(fromText, event.target.value)
          }
          onBlur={() => setTouched((current) => ({ ...current, [which]: true }))}
        />
        {problem ? (
          <span id={errorId} className="field-error" role="alert">
            {m[problem]}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <div className="costs-controls">
      <fieldset>
        <legend>{m.period}</legend>
        <div className="costs-control-fields">
          {yearField('from')}
          {yearField('to')}
          <DateInput
            label={m.asOf}
            value={choice.asOf}
            onChange={(asOf) => asOf && onChange({ ...choice, asOf })}
            hint={m.asOfHint}
            invalidText={m.invalidDate}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{m.allocation}</legend>
        {ALLOCATION_MODES.map((mode: AllocationMode) => (
          <div className="field field-check" key={mode}>
            <input
              id={`${baseId}-allocation-${mode}`}
              type="radio"
              name={`${baseId}-allocation`}
              checked={choice.allocation === mode}
              onChange={() => onChange({ ...choice, allocation: mode })}
            />
            <label htmlFor={`${baseId}-allocation-${mode}`}>{allocationLabels[mode]}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
