import type { Person } from '../../../shared/domain/person';
import type { ReviewFinding, ReviewRuleInfo } from '../../../shared/domain/review';
import { useI18n, useMessages } from '../../i18n/i18n';
import { FindingItem } from './FindingItem';
import { reviewMessages } from './messages';
import type { ReviewDecisions } from './useReviewDecisions';

export type Grouping = 'rule' | 'organisation';

interface Props {
  grouping: Grouping;
  rules: ReviewRuleInfo[];
  findings: ReviewFinding[];
  people: Person[];
  decisions: ReviewDecisions;
}

/** The findings in sections: per rule (with why the rule exists and the policy's words) or per organisation. */
export function FindingGroups({ grouping, rules, findings, people, decisions }: Props) {
  const m = useMessages(reviewMessages);
  const { language } = useI18n();
  const titleOf = (rule: ReviewRuleInfo) => (language === 'nl' ? rule.title : rule.titleEn);

  if (findings.length === 0) return <p>{m.none}</p>;

  if (grouping === 'rule') {
    return (
      <>
        {rules
          .map((rule) => ({ rule, items: findings.filter((finding) => finding.rule === rule.rule) }))
          .filter((group) => group.items.length > 0)
          .map(({ rule, items }) => (
            <section key={rule.rule} className="review-group" aria-labelledby={`review-rule-${rule.rule}`}>
              <h3 id={`review-rule-${rule.rule}`}>
                {titleOf(rule)} <span className="group-count">({items.length})</span>
              </h3>
              <p>
                <span className={`review-severity review-severity-${rule.severity}`}>
                  {m.severity}: {m.severities[rule.severity]}
                </span>{' '}
                · {m.suggestedAction}: {m.actions[rule.action]}
              </p>
              <p>
                <strong>{m.rationale}:</strong> {language === 'nl' ? rule.rationale : rule.rationaleEn}
              </p>
              <figure className="review-policy">
                <figcaption>{m.policy}</figcaption>
                {/* The policy is quoted in Dutch whatever the interface language. */}
                <blockquote lang="nl-BE">{rule.policyQuote}</blockquote>
              </figure>
              <ul className="review-findings">
                {items.map((finding) => (
                  <FindingItem key={finding.id} finding={finding} ruleTitle={null} people={people} decisions={decisions} />
                ))}
              </ul>
            </section>
          ))}
      </>
    );
  }

  const ruleTitles = new Map(rules.map((rule) => [rule.rule, titleOf(rule)]));
  const byOrganisation = new Map<string, ReviewFinding[]>();
  for (const finding of findings) {
    const name = finding.organisationName ?? m.noOrganisation;
    byOrganisation.set(name, [...(byOrganisation.get(name) ?? []), finding]);
  }
  const names = [...byOrganisation.keys()].sort((a, b) => a.localeCompare(b, 'nl-BE'));
  return (
    <>
      {names.map((name, index) => {
        const items = byOrganisation.get(name)!;
        return (
          <section key={name} className="review-group" aria-labelledby={`review-organisation-${index}`}>
            <h3 id={`review-organisation-${index}`}>
              {name} <span className="group-count">({items.length})</span>
            </h3>
            <ul className="review-findings">
              {items.map((finding) => (
                <FindingItem
                  key={finding.id}
                  finding={finding}
                  ruleTitle={ruleTitles.get(finding.rule) ?? finding.rule}
                  people={people}
                  decisions={decisions}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
