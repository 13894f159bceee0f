import type { Recommendation, ReviewFinding, ReviewRuleInfo } from '../../../shared/domain/review';
import { ACTION_WORDS } from './reviewActions';
import { belgianDay } from './reviewDates';
import { channelLabel } from './reviewFinding';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const uncapitalise = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
export const withoutStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

/** The finding's own wording: the suggested action and what was found ("Verwijderen. Nooit iets gepost."). */
export function defaultRecommendation(finding: Pick<ReviewFinding, 'action' | 'message'>): string {
  return `${capitalise(ACTION_WORDS[finding.action].nl)}. ${finding.message}`;
}

/** Accepted and done findings as the college reads them. */
export function toRecommendations(findings: readonly ReviewFinding[]): Recommendation[] {
  return findings.flatMap((finding) => {
    const decision = finding.decision;
    if (!decision || (finding.state !== 'accepted' && finding.state !== 'done')) return [];
    return [
      {
        findingId: finding.id,
        rule: finding.rule,
        action: finding.action,
        text: decision.recommendation ?? defaultRecommendation(finding),
        channelNames: finding.channels.map(channelLabel),
        organisationName: finding.organisationName,
        ownerName: decision.ownerName,
        dueDate: decision.dueDate,
        state: finding.state,
      },
    ];
  });
}

/** " (verantwoordelijke: X, tegen dd/mm/jjjj)", or nothing when neither is known. */
export function ownerAndDue(recommendation: Pick<Recommendation, 'ownerName' | 'dueDate'>): string {
  const parts = [
    recommendation.ownerName ? `verantwoordelijke: ${recommendation.ownerName}` : null,
    recommendation.dueDate ? `tegen ${belgianDay(recommendation.dueDate)}` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/**
 * Besluit articles for the accepted recommendations: one per recommendation, except that those
 * of one rule with the same action, owner and due date and no wording of their own become one
 * article naming all their channels (the seven Google+ pages: one decision, not seven).
 */
export function draftArticles(findings: readonly ReviewFinding[], rules: readonly ReviewRuleInfo[]): string[] {
  const ownWording = new Set(findings.filter((f) => f.decision?.recommendation).map((f) => f.id));
  const groups = new Map<string, Recommendation[]>();
  for (const recommendation of toRecommendations(findings)) {
    if (recommendation.state !== 'accepted') continue;
    const key = [
      recommendation.rule,
      recommendation.action,
      recommendation.ownerName,
      recommendation.dueDate,
      ownWording.has(recommendation.findingId) ? recommendation.findingId : '',
    ].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), recommendation]);
  }
  return [...groups.values()].flatMap((group) => {
    const first = group[0]!;
    const title = rules.find((info) => info.rule === first.rule)?.title.toLowerCase() ?? first.rule;
    // A duplicate's text names its channels already.
    const about = first.rule === 'duplicate' ? '' : `${first.channelNames.join(', ')}: `;
    const text =
      group.length === 1
        ? `${about}${uncapitalise(withoutStop(first.text))}`
        : `${ACTION_WORDS[first.action].nl} (${title}): ${group.flatMap((r) => r.channelNames).join(', ')}`;
    return [`Het college keurt de aanbeveling goed: ${text}${ownerAndDue(first)}.`];
  });
}
