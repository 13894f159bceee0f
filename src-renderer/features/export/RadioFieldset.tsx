import { useId, type ReactNode } from 'react';

/** A fieldset of radio buttons with a legend: one choice out of a few, each a real labelled input. */
export function RadioFieldset<T extends string>({
  legend,
  options,
  labels,
  value,
  onChange,
  className,
  children,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
  className?: string;
  /** Shown under the choices (a hint, a nested choice). */
  children?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div className="field field-check" key={option}>
          <input
            id={`${name}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${name}-${option}`}>{labels[option]}</label>
        </div>
      ))}
      {children}
    </fieldset>
  );
}
