import { PLATFORM_LABELS, labelsFor } from '../../../shared/domain/labels';
import type { Person } from '../../../shared/domain/person';
import type { ReviewFinding } from '../../../shared/domain/review';
import { ExternalLink } from '../../components/ExternalLink';
import { formatIsoDate } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ChannelStatusSelect } from './ChannelStatusSelect';
import { FindingActions } from './FindingActions';
import { reviewMessages } from './messages';
import type { ReviewDecisions } from './useReviewDecisions';

/**
 * One finding: what was found, on which channels (with their status, changeable here), what to
 * do about it, and what was decided. `ruleTitle` is shown when the findings are grouped by organisation.
 */
export function FindingItem({
  finding,
  ruleTitle,
  people,
  decisions,
}: {
  finding: ReviewFinding;
  ruleTitle: string | null;
  people: Person[];
  decisions: ReviewDecisions;
}) {
  const m = useMessages(reviewMessages);
  const { language } = useI18n();
  const platforms = labelsFor(PLATFORM_LABELS, language);
  const message = language === 'nl' ? finding.message : finding.messageEn;
  const decision = finding.decision;
  // The channels name the finding (many findings of one rule share their message): "Toerisme Mechelen (Twitter / X)".
  const title = finding.channels.map((channel) => `${channel.name} (${platforms[channel.platform]})`).join(', ') || message;

  return (
    <li className={`review-finding review-state-${finding.state}`} data-finding-id={finding.id}>
      <h4>{title}</h4>
      {ruleTitle ? <p className="review-rule-name">{ruleTitle}</p> : null}
      <p className="review-message">{message}</p>
      <ul className="review-channels" aria-label={m.channels}>
        {finding.channels.map((channel) => (
          <li key={channel.id}>
            <span className="review-channel-name">{channel.name}</span> · {platforms[channel.platform]}
            {channel.url ? (
              <>
                {' · '}
                <ExternalLink href={channel.url} label={channel.url} hint={m.opensInBrowser} />
              </>
            ) : null}{' '}
            <ChannelStatusSelect channel={channel} decisions={decisions} />
          </li>
        ))}
      </ul>
      <dl className="review-facts">
        <div>
          <dt>{m.suggestedAction}</dt>
          <dd>{m.actions[finding.action]}</dd>
        </div>
        {finding.closingText ? (
          <div>
            <dt>{m.closingText}</dt>
            <dd className="review-closing">{finding.closingText}</dd>
          </div>
        ) : null}
        <div>
          <dt>{m.state}</dt>
          <dd>
            <span className={`review-state review-state-badge-${finding.state}`}>{m.states[finding.state]}</span>
            {finding.changedSinceDismissal ? <span className="hint"> {m.changedSinceDismissal}</span> : null}
          </dd>
        </div>
        {decision?.recommendation ? (
          <div>
            <dt>{m.recommendation}</dt>
            <dd>{decision.recommendation}</dd>
          </div>
        ) : null}
        {decision?.ownerName ? (
          <div>
            <dt>{m.owner}</dt>
            <dd>{decision.ownerName}</dd>
          </div>
        ) : null}
        {decision?.dueDate ? (
          <div>
            <dt>{m.dueDate}</dt>
            <dd>{formatIsoDate(decision.dueDate)}</dd>
          </div>
        ) : null}
        {decision?.reason ? (
          <div>
            <dt>{m.reason}</dt>
            <dd>{decision.reason}</dd>
          </div>
        ) : null}
      </dl>
      <FindingActions finding={finding} title={title} people={people} decisions={decisions} />
    </li>
  );
}
