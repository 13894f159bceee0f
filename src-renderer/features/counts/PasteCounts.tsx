import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n, useMessages } from '../../i18n/i18n';
import { splitPastedLines } from './countParsing';
import { countsMessages } from './messages';
import { DuplicateChoice, SaveReport } from './SaveReport';
import { useChannelNames } from './useChannelNames';

type Lines = ReturnType<typeof splitPastedLines>;

/** Counts pasted from a spreadsheet: channel, date, count[, metric] per line; the bad lines listed. */
export function PasteCounts({ onSaved }: { onSaved(): void }) {
  const m = useMessages(countsMessages);
  const { format } = useI18n();
  const [text, setText] = useState('');
  const [pending, setPending] = useState<{ lines: Lines; result: SaveCountsResult } | null>(null);
  const [report, setReport] = useState<{ lines: Lines; result: SaveCountsResult } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const headingId = useId();
  const areaId = useId();
  const hintId = useId();
  const emptyId = useId();
  const nameOf = useChannelNames(
    [...(pending?.result.duplicates ?? []), ...(report?.result.flags ?? [])].map((item) => item.channelId),
  );
  const lineCount = splitPastedLines(text).length;

  const send = async (lines: Lines, choice: 'ask' | 'keep' | 'replace') => {
    setBusy(true);
    const result = await invoke('snapshots.paste', { rows: lines.map((line) => line.cells), onDuplicate: choice });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (choice === 'ask' && result.value.duplicates.length > 0 && result.value.saved === 0) {
      setPending({ lines, result: result.value });
      return;
    }
    setPending(null);
    setReport({ lines, result: result.value });
    if (result.value.saved > 0 || result.value.replaced > 0) onSaved();
    // Keep only the lines that were refused, so they can be corrected and sent again.
    const refused = new Set(result.value.problems.map((problem) => problem.row));
    setText(
      lines
        .filter((_, index) => refused.has(index + 1))
        .map((line) => line.cells.join('\t'))
        .join('\n'),
    );
  };

  const submit = () => {
    const lines = splitPastedLines(text);
    setEmpty(lines.length === 0);
    if (lines.length === 0 || busy) return;
    setReport(null);
    void send(lines, 'ask');
  };

  return (
    <section className="counts-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.pasteTitle}</h2>
      <div className="field">
        <label htmlFor={areaId}>{m.pasteLabel}</label>
        <p id={hintId} className="hint">
          {m.pasteIntro}
        </p>
        <textarea
          id={areaId}
          className="paste-area"
          rows={6}
          spellCheck={false}
          value={text}
          aria-describedby={empty ? `${hintId} ${emptyId}` : hintId}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="counts-actions">
        <span className="muted">
          {lineCount === 1 ? m.pasteLinesOne : lineCount > 1 ? format(m.pasteLines, { count: lineCount }) : ''}
        </span>
        {empty ? (
          <span id={emptyId} className="field-error">
            {m.pasteEmpty}
          </span>
        ) : null}
        <button type="button" className="primary" aria-disabled={busy ? true : undefined} onClick={submit}>
          {m.pasteButton}
        </button>
      </div>
      <ErrorMessage error={error} />
      {pending ? (
        <DuplicateChoice
          result={pending.result}
          nameOf={nameOf}
          busy={busy}
          onCancel={() => setPending(null)}
          onChoose={(choice) => void send(pending.lines, choice)}
        />
      ) : null}
      {report ? (
        <SaveReport
          result={report.result}
          nameOf={nameOf}
          lineOf={(row) => {
            const line = report.lines[row - 1];
            return line ? { line: line.line, text: line.cells.join(' | ') } : null;
          }}
          onClose={() => setReport(null)}
        />
      ) : null}
    </section>
  );
}
