import { useEffect, useId, useRef } from 'react';
import type { SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { countsMessages } from './messages';

/**
 * The counts found to be there already: nothing was written; the user keeps the existing ones or
 * replaces them (never a silent duplicate).
 */
export function DuplicateChoice({
  result,
  nameOf,
  onChoose,
  onCancel,
  busy,
}: {
  result: SaveCountsResult;
  nameOf(channelId: string): string;
  onChoose(choice: 'keep' | 'replace'): void;
  onCancel(): void;
  busy: boolean;
}) {
  const m = useMessages(countsMessages);
  const { format } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button that was pressed stays, but the question is what matters now.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="duplicate-choice" aria-labelledby={headingId} aria-describedby={`${headingId}-text`}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {m.duplicatesTitle}
      </h3>
      <p id={`${headingId}-text`}>
        {result.duplicates.length === 1
          ? m.duplicatesTextOne
          : format(m.duplicatesText, { count: formatNumber(result.duplicates.length) })}
      </p>
      <div className="counts-table-wrap">
        <table className="grid entity-table counts-table">
          <caption>{m.duplicatesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.channel}</th>
              <th scope="col">{m.dateColumn}</th>
              <th scope="col" className="number">
                {m.existing}
              </th>
              <th scope="col" className="number">
                {m.incoming}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.duplicates.map((duplicate) => (
              <tr key={`${duplicate.channelId}|${duplicate.date}|${duplicate.metric}`}>
                <th scope="row">{nameOf(duplicate.channelId)}</th>
                <td>{formatIsoDate(duplicate.date)}</td>
                <td className="number">{formatNumber(duplicate.existing)}</td>
                <td className="number">{formatNumber(duplicate.incoming)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions duplicate-actions">
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="button" aria-disabled={busy ? true : undefined} onClick={() => !busy && onChoose('keep')}>
          {m.keep}
        </button>
        <button
          type="button"
          className="primary"
          aria-disabled={busy ? true : undefined}
          onClick={() => !busy && onChoose('replace')}
        >
          {m.replace}
        </button>
      </div>
    </section>
  );
}

/** What a save did: how many saved / replaced / kept, the implausible drops, and the lines refused. */
export function SaveReport({
  result,
  nameOf,
  lineOf,
  onClose,
}: {
  result: SaveCountsResult;
  nameOf(channelId: string): string;
  /** For pastes: the textarea line and its text for a reported row. */
  lineOf?: (row: number) => { line: number; text: string } | null;
  /** Absent where the surrounding dialog has its own close button. */
  onClose?: () => void;
}) {
  const m = useMessages(countsMessages);
  const { format, language } = useI18n();
  const count = (n: number, one: string, many: string) => (n === 1 ? one : format(many, { count: formatNumber(n) }));
  const parts = [
    result.saved > 0 ? count(result.saved, m.resultSavedOne, m.resultSaved) : '',
    result.replaced > 0 ? count(result.replaced, m.resultReplacedOne, m.resultReplaced) : '',
    result.kept > 0 ? count(result.kept, m.resultKeptOne, m.resultKept) : '',
  ].filter(Boolean);
  if (parts.length === 0) parts.push(m.nothingSaved);
  return (
    <div className="save-report">
      <p className="save-summary" role="status">
        {parts.join(' ')}
        {onClose ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onClose}>
              {m.close}
            </button>
          </>
        ) : null}
      </p>
      {result.flags.length > 0 ? (
        <div className="save-flags" role="alert">
          <h3>{m.flagsTitle}</h3>
          <ul>
            {result.flags.map((flag) => (
              <li key={`${flag.channelId}|${flag.date}`}>
                <span aria-hidden="true">⚠ </span>
                {format(m.flagText, {
                  name: nameOf(flag.channelId),
                  date: formatIsoDate(flag.date),
                  previous: formatNumber(flag.previous),
                  count: formatNumber(flag.count),
                })}
                : {language === 'nl' ? flag.message : flag.messageEn}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.problems.length > 0 ? (
        <div className="counts-table-wrap">
          <table className="grid entity-table counts-table counts-problems">
            <caption>{m.problemsCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
                  {m.line}
                </th>
                {lineOf ? <th scope="col">{m.content}</th> : null}
                <th scope="col">{m.field}</th>
                <th scope="col">{m.problem}</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.map((problem, index) => {
                const source = lineOf?.(problem.row) ?? null;
                return (
                  <tr key={index}>
                    <th scope="row" className="number">
                      {formatNumber(source?.line ?? problem.row)}
                    </th>
                    {lineOf ? (
                      <td>
                        <code>{source?.text ?? ''}</code>
                      </td>
                    ) : null}
                    <td>{m.fields[problem.field] ?? problem.field}</td>
                    <td>{language === 'nl' ? problem.message : problem.messageEn}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
