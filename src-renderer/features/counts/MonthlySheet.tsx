import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { MonthlySheetRow, SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import { labelsFor, PLATFORM_LABELS } from '../../../shared/domain/labels';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ChangeValue } from '../growth/ChangeCell';
import { metricLabel } from '../growth/chartLabels';
import { DateInput } from '../../components/DateInput';
import { useQuery } from '../growth/useQuery';
import { firstOfThisMonth, parseCount } from './countParsing';
import { countsMessages } from './messages';
import { DuplicateChoice, SaveReport } from './SaveReport';
import { useChannelNames } from './useChannelNames';

type Entry = { channelId: string; metric: MonthlySheetRow['metric']; count: number };

/**
 * The first-of-the-month routine: every active channel with its previous count, a field for the
 * new one and the difference as you type; saved in one go (one undo step) for one date.
 */
export function MonthlySheet({ generation, version, onSaved }: { generation: number; version: number; onSaved(): void }) {
  const m = useMessages(countsMessages);
  const { format, language } = useI18n();
  const platforms = labelsFor(PLATFORM_LABELS, language);
  // The last valid date typed: the sheet stays while a new date is being typed.
  const [date, setDate] = useState<string>(firstOfThisMonth);
  const [dateOk, setDateOk] = useState(true);
  const [values, setValues] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<{ date: string; entries: Entry[]; result: SaveCountsResult } | null>(null);
  const [report, setReport] = useState<SaveCountsResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const headingId = useId();
  const keyboardId = useId();
  const fixId = useId();
  const sheet = useQuery('snapshots.sheet', { date }, `${generation}/${version}`);
  const rows = useMemo(() => sheet.value ?? [], [sheet.value]);
  const known = useMemo(() => new Map(rows.map((row) => [row.channelId, { name: row.name, platform: row.platform }])), [rows]);
  const nameOf = useChannelNames(
    [...(pending?.result.duplicates ?? []), ...(report?.flags ?? [])].map((item) => item.channelId),
    known,
  );

  const parsed = rows.map((row) => {
    const text = values[row.channelId] ?? '';
    const count = text.trim() === '' ? null : parseCount(text);
    return { row, text, count, invalid: text.trim() !== '' && count === null };
  });
  const entries: Entry[] = parsed
    .filter((p) => p.count !== null)
    .map((p) => ({ channelId: p.row.channelId, metric: p.row.metric, count: p.count! }));
  const anyInvalid = parsed.some((p) => p.invalid);

  const save = async (choice: 'ask' | 'keep' | 'replace', sent: { date: string; entries: Entry[] }) => {
    setBusy(true);
    const result = await invoke('snapshots.save', { date: sent.date, entries: sent.entries, onDuplicate: choice });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (choice === 'ask' && result.value.duplicates.length > 0 && result.value.saved === 0) {
      setPending({ ...sent, result: result.value });
      return;
    }
    setPending(null);
    setReport(result.value);
    // Saved counts leave the form; refused ones (problems) stay for correction.
    const refused = new Set(result.value.problems.map((problem) => sent.entries[problem.row - 1]?.channelId));
    setValues((current) => Object.fromEntries(Object.entries(current).filter(([id]) => refused.has(id))));
    onSaved();
  };

  const submit = () => {
    if (!dateOk || entries.length === 0 || anyInvalid || busy) return;
    setReport(null);
    void save('ask', { date, entries });
  };

  const move = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const step = event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${index + step}"]`)?.focus();
  };

  return (
    <section className="counts-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.sheetTitle}</h2>
      <p className="hint">{m.sheetIntro}</p>
      <div className="counts-date">
        <DateInput
          label={m.date}
          value={date}
          onChange={(iso) => {
            setDateOk(iso !== null);
            if (iso) setDate(iso);
          }}
          hint={m.dateHint}
          invalidText={m.invalidDate}
        />
      </div>
      <ErrorMessage error={error ?? sheet.error} />
      {report ? <SaveReport result={report} nameOf={nameOf} onClose={() => setReport(null)} /> : null}
      {pending ? (
        <DuplicateChoice
          result={pending.result}
          nameOf={nameOf}
          busy={busy}
          onCancel={() => setPending(null)}
          onChoose={(choice) => void save(choice, pending)}
        />
      ) : null}
      {sheet.loading && !sheet.value ? (
        <p className="hint">{m.loading}</p>
      ) : rows.length === 0 ? (
        <p>{m.noRows}</p>
      ) : (
        <>
          <p id={keyboardId} className="hint">
            {m.keyboard}
          </p>
          <div className="counts-table-wrap counts-sheet-wrap">
            <table ref={tableRef} className="grid entity-table counts-table counts-sheet">
              <caption>{format(m.sheetCaption, { date: formatIsoDate(date) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.channel}</th>
                  <th scope="col">{m.metric}</th>
                  <th scope="col" className="number">
                    {m.previous}
                  </th>
                  <th scope="col">{m.newCount}</th>
                  <th scope="col" className="number">
                    {m.difference}
                  </th>
                </tr>
              </thead>
              <tbody>
                {parsed.map(({ row, text, count, invalid }, index) => {
                  const platform = platforms[row.platform as keyof typeof platforms] ?? row.platform;
                  const label = `${row.name} (${platform})`;
                  const inputId = `count-${row.channelId}`;
                  const noteId = `${inputId}-note`;
                  const difference = count !== null && row.previous ? count - row.previous.count : null;
                  const bigDrop =
                    difference !== null &&
                    row.previous !== null &&
                    row.previous.count > 0 &&
                    -difference > row.previous.count / 2;
                  const notes = [
                    row.existing !== null ? format(m.already, { count: formatNumber(row.existing) }) : null,
                    invalid ? m.invalidCount : null,
                  ].filter(Boolean);
                  return (
                    <tr key={row.channelId} className={invalid ? 'row-invalid' : undefined}>
                      <th scope="row">
                        <label htmlFor={inputId}>
                          {row.name} <span className="muted">{[platform, row.organisationName].filter(Boolean).join(' · ')}</span>
                        </label>
                      </th>
                      <td>{metricLabel(row.metric, language)}</td>
                      <td className="number">
                        {row.previous ? (
                          <>
                            {formatNumber(row.previous.count)} <span className="muted">({formatIsoDate(row.previous.date)})</span>
                          </>
                        ) : (
                          <span className="muted">{m.noPrevious}</span>
                        )}
                      </td>
                      <td className="count-input-cell">
                        <input
                          id={inputId}
                          data-row={index}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          size={10}
                          value={text}
                          aria-label={format(m.inputLabel, { name: label })}
                          aria-invalid={invalid ? true : undefined}
                          aria-describedby={[notes.length > 0 ? noteId : null, keyboardId].filter(Boolean).join(' ')}
                          onChange={(event) => setValues((current) => ({ ...current, [row.channelId]: event.target.value }))}
                          onKeyDown={(event) => move(event, index)}
                        />
                        {notes.length > 0 ? (
                          <span id={noteId} className={invalid ? 'field-error' : 'hint'}>
                            {notes.join(' ')}
                          </span>
                        ) : null}
                      </td>
                      <td className="number">
                        <ChangeValue value={difference} />
                        {bigDrop ? (
                          <span className="drop-flag">
                            <span aria-hidden="true">⚠ </span>
                            {m.bigDrop}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="counts-actions">
            {anyInvalid ? (
              <p id={fixId} className="field-error">
                {m.fixFirst}
              </p>
            ) : null}
            <button
              type="button"
              className="primary"
              disabled={entries.length === 0 || anyInvalid || !dateOk}
              aria-disabled={busy ? true : undefined}
              aria-describedby={anyInvalid ? fixId : undefined}
              onClick={submit}
            >
              {entries.length > 0 ? format(m.save, { count: entries.length }) : m.saveNone}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
