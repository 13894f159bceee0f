import { useCallback } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { ReviewFinding } from '../../../shared/domain/review';
import { invoke } from '../../api/client';

export type DecisionInput = Omit<Input<'review.decide'>, 'findingId'>;

/** A change the page announces; kept as data so the text follows a language switch. */
export type ReviewAnnouncement =
  | { kind: 'decided'; finding: ReviewFinding; state: ReviewFinding['state'] }
  | { kind: 'statusChanged'; name: string }
  | { kind: 'settingsSaved' };

/**
 * The page's writes: a decision about a finding and a channel's status. Each is one undo step in
 * the core; afterwards the findings are computed again (`onChanged`) and the change is announced.
 */
export function useReviewDecisions(
  onChanged: (what: 'decision' | 'status') => void,
  announce: (announcement: ReviewAnnouncement) => void,
) {
  const decide = useCallback(
    async (finding: ReviewFinding, input: DecisionInput): Promise<ApiError | null> => {
      const result = await invoke('review.decide', { findingId: finding.id, ...input });
      if (!result.ok) return result.error;
      announce({ kind: 'decided', finding, state: result.value.state });
      onChanged('decision');
      return null;
    },
    [onChanged, announce],
  );

  const setStatus = useCallback(
    async (channel: { id: string; name: string }, status: Input<'channels.update'>['patch']['status']) => {
      const result = await invoke('channels.update', { id: channel.id, patch: { status } });
      if (!result.ok) return result.error;
      announce({ kind: 'statusChanged', name: channel.name });
      onChanged('status');
      return null;
    },
    [onChanged, announce],
  );

  return { decide, setStatus };
}

export type ReviewDecisions = ReturnType<typeof useReviewDecisions>;
