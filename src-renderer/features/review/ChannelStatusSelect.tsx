import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { CHANNEL_STATUSES, type ChannelStatus } from '../../../shared/domain/channel';
import { STATUS_LABELS, labelsFor } from '../../../shared/domain/labels';
import type { ReviewFindingChannel } from '../../../shared/domain/review';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n, useMessages } from '../../i18n/i18n';
import { reviewMessages } from './messages';
import type { ReviewDecisions } from './useReviewDecisions';

/** The channel's status, changed right from the finding (channels.update: one undo step). */
export function ChannelStatusSelect({ channel, decisions }: { channel: ReviewFindingChannel; decisions: ReviewDecisions }) {
  const m = useMessages(reviewMessages);
  const { language, format } = useI18n();
  const labels = labelsFor(STATUS_LABELS, language);
  const id = useId();
  const [error, setError] = useState<ApiError | null>(null);

  const change = async (value: string) => {
    setError(await decisions.setStatus(channel, value === '' ? null : (value as ChannelStatus)));
  };

  return (
    <span className="review-channel-status">
      <label htmlFor={id} className="visually-hidden">
        {format(m.channelStatus, { name: channel.name })}
      </label>
      <select id={id} value={channel.status ?? ''} onChange={(event) => void change(event.target.value)}>
        <option value="">{labels.unknown}</option>
        {CHANNEL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {labels[status]}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} />
    </span>
  );
}
