import { useCallback, useId, useRef, useState } from 'react';
import type { ReviewState } from '../../../shared/domain/review';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HistoryButtons } from '../../components/HistoryButtons';
import { useHistory } from '../../components/useHistory';
import { formatIsoDate, formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { useQuery } from '../growth/useQuery';
import { FindingGroups, type Grouping } from './FindingGroups';
import { reviewMessages, type ReviewMessages } from './messages';
import { ReviewCountsChart } from './ReviewCountsChart';
import { ReviewSettingsForm } from './ReviewSettingsForm';
import { useReviewDecisions, type ReviewAnnouncement } from './useReviewDecisions';
import '../growth/growth.css';
import '../organisations/organisations.css';
import './review.css';

type StateFilter = ReviewState | 'all';
const FILTERS: StateFilter[] = ['open', 'accepted', 'dismissed', 'done', 'all'];

/**
 * The "Nazicht" page: the register checked against the city's policy (review.run), the rules'
 * settings, the counts per rule, and the findings to accept, dismiss, mark done or reopen. Every
 * decision, status change, settings save, undo and redo runs the review again.
 */
export function ReviewPage({ generation }: { generation: number }) {
  const m = useMessages(reviewMessages);
  const { format, language } = useI18n();
  const headingId = useId();
  const findingsHeadingId = useId();
  const baseId = useId();
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const [version, setVersion] = useState(0);
  const [grouping, setGrouping] = useState<Grouping>('rule');
  const [filter, setFilter] = useState<StateFilter>('open');
  const reloadKey = `${generation}/${version}`;

  const [announcement, setAnnouncement] = useState<ReviewAnnouncement | null>(null);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const afterHistory = useCallback(() => {
    // After an undo or redo the last announcement no longer holds.
    setAnnouncement(null);
    reload();
  }, [reload]);
  const history = useHistory(generation, afterHistory);
  const refreshHistory = history.refresh;
  const afterWrite = useCallback(
    (what: 'decision' | 'status') => {
      reload();
      refreshHistory();
      // A decided finding may leave the list (another state): the focus goes to the list's heading.
      // A status select stays where it is, and keeps the focus.
      if (what === 'decision') requestAnimationFrame(() => findingsHeading.current?.focus());
    },
    [reload, refreshHistory],
  );
  const decisions = useReviewDecisions(afterWrite, setAnnouncement);

  const review = useQuery('review.run', {}, reloadKey);
  const people = useQuery('people.list', {}, reloadKey);
  const result = review.value;
  const findings = result?.findings.filter((finding) => filter === 'all' || finding.state === filter) ?? [];
  const stateCount = (state: StateFilter) =>
    result ? result.findings.filter((finding) => state === 'all' || finding.state === state).length : 0;

  return (
    <section aria-labelledby={headingId} className="review-page">
      <h1 id={headingId}>{m.title}</h1>
      <div className="toolbar" role="toolbar" aria-label={m.toolbar}>
        <HistoryButtons history={history} />
      </div>
      <ErrorMessage error={history.error} />
      <p className="hint">{m.intro}</p>
      {result ? (
        <p className="review-reference">{format(m.referenceDate, { date: formatIsoDate(result.referenceDate) })}</p>
      ) : null}
      <p className="hint review-status" role="status">
        {review.loading ? m.loading : announce(announcement, m, language, format)}
      </p>
      <ErrorMessage error={review.error ?? people.error} />

      {result ? (
        <>
          <details className="review-settings-box">
            <summary>{m.settings}</summary>
            <ReviewSettingsForm
              key={JSON.stringify(result.settings)}
              settings={result.settings}
              rules={result.rules}
              onSaved={() => {
                setAnnouncement({ kind: 'settingsSaved' });
                reload();
                refreshHistory();
              }}
            />
          </details>

          <ReviewCountsChart result={result} notice={null} />

          <section aria-labelledby={findingsHeadingId} className="review-findings-section">
            <h2 id={findingsHeadingId} ref={findingsHeading} tabIndex={-1}>
              {m.findings}
            </h2>
            <div className="review-controls">
              <fieldset className="review-choice">
                <legend>{m.groupBy}</legend>
                {(['rule', 'organisation'] as const).map((value) => (
                  <div key={value} className="field field-check">
                    <input
                      id={`${baseId}-group-${value}`}
                      type="radio"
                      name={`${baseId}-group`}
                      checked={grouping === value}
                      onChange={() => setGrouping(value)}
                    />
                    <label htmlFor={`${baseId}-group-${value}`}>{value === 'rule' ? m.byRule : m.byOrganisation}</label>
                  </div>
                ))}
              </fieldset>
              <fieldset className="review-choice">
                <legend>{m.show}</legend>
                {FILTERS.map((value) => (
                  <div key={value} className="field field-check">
                    <input
                      id={`${baseId}-filter-${value}`}
                      type="radio"
                      name={`${baseId}-filter`}
                      checked={filter === value}
                      onChange={() => setFilter(value)}
                    />
                    <label htmlFor={`${baseId}-filter-${value}`}>
                      {value === 'all' ? m.all : m.states[value]} ({formatNumber(stateCount(value))})
                    </label>
                  </div>
                ))}
              </fieldset>
            </div>
            <FindingGroups
              grouping={grouping}
              rules={result.rules}
              findings={findings}
              people={people.value ?? []}
              decisions={decisions}
            />
          </section>
        </>
      ) : null}
    </section>
  );
}

/** The last change in words, in the current language. */
function announce(
  announcement: ReviewAnnouncement | null,
  m: ReviewMessages,
  language: 'nl' | 'en',
  format: (template: string, values: Record<string, string>) => string,
): string {
  if (!announcement) return '';
  switch (announcement.kind) {
    case 'decided':
      return format(m.decided, {
        finding: language === 'nl' ? announcement.finding.message : announcement.finding.messageEn,
        state: m.states[announcement.state],
      });
    case 'statusChanged':
      return format(m.statusChanged, { name: announcement.name });
    case 'settingsSaved':
      return m.settingsSaved;
  }
}
