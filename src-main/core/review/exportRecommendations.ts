import type { Recommendation, ReviewRuleInfo } from '../../../shared/domain/review';
import type { ExportRecommendation } from '../exports/exportDataset';
import { ownerAndDue, withoutStop } from './recommendations';

/**
 * The accepted and done recommendations as the exports show them: titled by the rule and the
 * channels they are about, the wording followed by who and by when.
 */
export function exportRecommendations(
  recommendations: readonly Recommendation[],
  rules: readonly ReviewRuleInfo[],
): ExportRecommendation[] {
  const titles = new Map(rules.map((info) => [info.rule, info.title]));
  return recommendations.map((recommendation) => {
    const ruleTitle = titles.get(recommendation.rule) ?? recommendation.rule;
    const done = recommendation.state === 'done' ? ' Uitgevoerd.' : '';
    return {
      title: `${ruleTitle}: ${recommendation.channelNames.join(', ')}`,
      text: `${withoutStop(recommendation.text)}${ownerAndDue(recommendation)}.${done}`,
      details: {
        ruleTitle,
        channelNames: recommendation.channelNames,
        organisationName: recommendation.organisationName,
        ownerName: recommendation.ownerName,
        dueDate: recommendation.dueDate,
        done: recommendation.state === 'done',
      },
    };
  });
}
