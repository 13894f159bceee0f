import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { IntegrityReport } from '../../../shared/domain/backups';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber, formatTimestamp } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { backupsMessages } from './messages';

/** "Register controleren": the full integrity check on demand, its result in words. */
export function IntegrityCheck() {
  const m = useMessages(backupsMessages);
  const { format } = useI18n();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const headingId = useId();
  const hintId = useId();

  const check = async () => {
    setChecking(true);
    setError(null);
    const result = await invoke('register.checkIntegrity', {});
    setChecking(false);
    if (result.ok) setReport(result.value);
    else {
      setReport(null);
      setError(result.error);
    }
  };

  const date = report ? formatTimestamp(report.checkedAt) : '';
  return (
    <section className="integrity-check" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.checkHeading}</h3>
      <p id={hintId} className="hint">
        {m.checkHint}
      </p>
      <button type="button" onClick={() => void check()} disabled={checking} aria-describedby={hintId}>
        {checking ? m.checking : m.check}
      </button>
      {/* Always in the page, so the result is announced when it arrives. */}
      <div role="status" className="integrity-result">
        {report?.ok ? <p className="integrity-ok">{format(m.checkOk, { date, ms: formatNumber(report.durationMs) })}</p> : null}
        {report && !report.ok ? (
          <div className="integrity-problems">
            <p>
              {report.problems.length === 1
                ? format(m.checkProblemsOne, { date })
                : format(m.checkProblems, { date, count: report.problems.length })}
            </p>
            <ul>
              {report.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
