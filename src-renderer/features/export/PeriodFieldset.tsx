import { useMessages } from '../../i18n/i18n';
import { DateInput } from '../../components/DateInput';
import type { ChoiceProblems } from './exportChoice';
import { exportMessages } from './messages';

/** Van / tot en met, typed dd/mm/jjjj; problems show at the field they belong to. */
export function PeriodFieldset({
  from,
  to,
  problems,
  onChange,
}: {
  from: string | null;
  to: string | null;
  /** Shown once the user tried to export (a half-typed date is not an error yet). */
  problems: ChoiceProblems | null;
  onChange(period: { from: string | null; to: string | null }): void;
}) {
  const m = useMessages(exportMessages);
  return (
    <fieldset className="export-period">
      <legend>{m.period}</legend>
      <p className="hint">{m.periodHint}</p>
      <div className="export-dates">
        <DateInput
          label={m.from}
          value={from}
          onChange={(value) => onChange({ from: value, to })}
          hint={m.dateHint}
          invalidText={m.invalidDate}
          extraError={problems?.from ? m[problems.from] : null}
        />
        <DateInput
          label={m.to}
          value={to}
          onChange={(value) => onChange({ from, to: value })}
          hint={m.dateHint}
          invalidText={m.invalidDate}
          extraError={problems?.to ? m[problems.to] : null}
        />
      </div>
    </fieldset>
  );
}
