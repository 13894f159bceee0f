import type Database from 'better-sqlite3';
import {
  REVIEW_RULES,
  REVIEW_SEVERITIES,
  reviewDecisionInputSchema,
  type Recommendation,
  type ReviewDecision,
  type ReviewDecisionInput,
  type ReviewFinding,
  type ReviewResult,
  type ReviewRule,
  type ReviewRuleInfo,
  type ReviewSettings,
} from '../../../shared/domain/review';
import type { ChangeLog } from '../changeLog/changeLog';
import type { CostOverviewService } from '../costOverview/costOverviewService';
import { localToday } from '../costOverview/localToday';
import { DomainError } from '../errors';
import { isLive } from '../references/liveReferences';
import { validate } from '../validation';
import { fingerprint } from './fingerprint';
import { draftArticles, toRecommendations } from './recommendations';
import { ReviewDecisions } from './reviewDecisions';
import { monthsBefore } from './reviewDates';
import type { RuleFinding } from './reviewFinding';
import { readReviewInput } from './reviewInput';
import { ReviewSettingsService } from './reviewSettingsService';
import { RULE_CHECKS } from './rules';
import { ruleInfos } from './ruleInfos';

/**
 * review.*: runs the rules over the register as it is now, joins the stored decisions, and
 * keeps those decisions (each one change batch, one undo step). Findings are never stored: a
 * channel fixed in the grid simply stops being found.
 */
export class ReviewService {
  readonly settings: ReviewSettingsService;
  private readonly decisions: ReviewDecisions;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
    private readonly costs: CostOverviewService,
    private readonly today: () => string = localToday,
  ) {
    this.settings = new ReviewSettingsService(db, log);
    this.decisions = new ReviewDecisions(db);
  }

  run(referenceDate?: string): ReviewResult {
    const settings = this.settings.get();
    const reference = referenceDate ?? settings.referenceDate ?? this.today();
    const rules = ruleInfos(settings);
    const decisions = this.decisions.live();
    const findings = this.findings(reference, settings).map((found) => withDecision(found, decisions));
    const countsByRule = REVIEW_RULES.map((rule) => {
      const ofRule = findings.filter((f) => f.rule === rule);
      const count = (state: ReviewFinding['state']) => ofRule.filter((f) => f.state === state).length;
      return { rule, open: count('open'), accepted: count('accepted'), dismissed: count('dismissed'), done: count('done') };
    });
    return { referenceDate: reference, settings, rules, findings, countsByRule };
  }

  decide(input: ReviewDecisionInput): ReviewFinding {
    const valid = validate(reviewDecisionInputSchema, input);
    const finding = this.finding(valid.findingId);
    if (valid.state === 'open') {
      this.log.batch((batch) => this.decisions.remove(batch, finding.rule, finding.subjectKey));
      return this.finding(valid.findingId);
    }
    const current = this.decisions.liveRow(finding.rule, finding.subjectKey);
    const reason = valid.reason !== undefined ? valid.reason : (current?.reason ?? null);
    if (valid.state === 'dismissed' && !reason) {
      throw new DomainError(
        'INVALID_INPUT',
        'Geef een reden om deze bevinding af te wijzen.',
        'Give a reason to dismiss this finding.',
        { problems: [{ path: 'reason', message: 'Reden is verplicht.', messageEn: 'A reason is required.' }] },
      );
    }
    const ownerPersonId = valid.ownerPersonId !== undefined ? valid.ownerPersonId : (current?.ownerPersonId ?? null);
    if (ownerPersonId !== null && !isLive(this.db, 'people', ownerPersonId)) {
      throw new DomainError(
        'INVALID_INPUT',
        'De gekozen eigenaar bestaat niet (meer).',
        'The chosen owner does not exist (any more).',
        { problems: [{ path: 'ownerPersonId', message: 'Onbekende persoon.', messageEn: 'Unknown person.' }] },
      );
    }
    this.log.batch((batch) =>
      this.decisions.set(batch, {
        rule: finding.rule,
        subjectKey: finding.subjectKey,
        state: valid.state as ReviewDecision['state'],
        fingerprint: finding.fingerprint,
        reason,
        ownerPersonId,
        dueDate: valid.dueDate !== undefined ? valid.dueDate : (current?.dueDate ?? null),
        recommendation: valid.recommendation !== undefined ? valid.recommendation : (current?.recommendation ?? null),
      }),
    );
    return this.finding(valid.findingId);
  }

  recommendations(): Recommendation[] {
    return toRecommendations(this.decidedFindings());
  }

  draftArticles(): string[] {
    return draftArticles(this.decidedFindings(), this.rules());
  }

  /** Every rule's title, rationale and policy quote, with the thresholds as saved. */
  rules(): ReviewRuleInfo[] {
    return ruleInfos(this.settings.get());
  }

  /** The findings of the rules someone decided about (a recommendation needs a decision): not every rule over every channel. */
  private decidedFindings(): ReviewFinding[] {
    const settings = this.settings.get();
    const decisions = this.decisions.live();
    const rules = [...new Set([...decisions.values()].map((decision) => decision.rule))];
    if (rules.length === 0) return [];
    return this.findings(settings.referenceDate ?? this.today(), settings, { rules }).map((found) =>
      withDecision(found, decisions),
    );
  }

  /**
   * The finding as it is now, or NOT_FOUND when the data no longer give it (or its rule is off).
   * Only its rule runs, and, for a finding about one channel, only over that channel: deciding
   * stays quick in a register of 100,000 channels.
   */
  private finding(findingId: string): ReviewFinding {
    const settings = this.settings.get();
    const separator = findingId.indexOf(':');
    const rule = findingId.slice(0, separator) as ReviewRule;
    const subjectKey = findingId.slice(separator + 1);
    const found =
      separator > 0 && REVIEW_RULES.includes(rule)
        ? this.findings(settings.referenceDate ?? this.today(), settings, {
            rules: [rule],
            ...(rule !== 'duplicate' && { channelId: subjectKey }),
          }).find((f) => f.id === findingId)
        : undefined;
    if (!found) {
      throw new DomainError(
        'NOT_FOUND',
        'Deze bevinding bestaat niet (meer): de gegevens zijn intussen gewijzigd.',
        'This finding no longer exists: the data have changed since.',
        { id: findingId },
      );
    }
    return withDecision(found, this.decisions.live());
  }

  private findings(
    referenceDate: string,
    settings: ReviewSettings,
    only: { rules?: readonly ReviewRule[]; channelId?: string } = {},
  ): Array<Omit<ReviewFinding, 'state' | 'changedSinceDismissal' | 'decision'>> {
    const rules = REVIEW_RULES.filter(
      (rule) => !settings.disabledRules.includes(rule) && (only.rules === undefined || only.rules.includes(rule)),
    );
    const costYear = Number(referenceDate.slice(0, 4)) - 1;
    const input = readReviewInput(this.db, {
      referenceDate,
      windowStart: (latestDate) => monthsBefore(latestDate, settings.dormantMonths),
      costs: rules.includes('cost_without_reach') ? this.lastYearCosts(costYear, referenceDate) : new Map(),
      costYear,
      ...(only.channelId !== undefined && { channelId: only.channelId }),
    });
    const severities = new Map(ruleInfos(settings).map((info) => [info.rule, info.severity]));
    return rules
      .flatMap((rule) => RULE_CHECKS[rule](input, settings))
      .map((found: RuleFinding) => ({
        id: `${found.rule}:${found.subjectKey}`,
        rule: found.rule,
        subjectKey: found.subjectKey,
        severity: severities.get(found.rule)!,
        action: found.action,
        message: found.message,
        messageEn: found.messageEn,
        closingText: found.closingText,
        channels: found.channels.map(({ id, name, platform, status, url }) => ({ id, name, platform, status, url })),
        organisationId: sharedValue(found.channels.map((c) => c.organisationId)),
        organisationName: sharedValue(found.channels.map((c) => c.organisationName)),
        fingerprint: fingerprint(found.basis),
      }))
      .sort(
        (a, b) =>
          REVIEW_SEVERITIES.indexOf(a.severity) - REVIEW_SEVERITIES.indexOf(b.severity) || ruleOrder(a.rule) - ruleOrder(b.rule),
      );
  }

  /** Each channel's own known cost in that calendar year (the Kosten page's figures), where it has any. */
  private lastYearCosts(year: number, asOf: string): Map<string, number> {
    const overview = this.costs.overview({ fromYear: year, toYear: year, asOf }, this.today);
    return new Map(overview.byChannel.filter((c) => c.directCents > 0).map((c) => [c.channelId, c.directCents]));
  }
}

const ruleOrder = (rule: ReviewRule) => REVIEW_RULES.indexOf(rule);

/** The organisation all of a finding's channels share, or null. */
function sharedValue(values: ReadonlyArray<string | null>): string | null {
  return values.every((value) => value === values[0]) ? (values[0] ?? null) : null;
}

/**
 * The finding with its decision. A dismissal holds while the data under the finding are the
 * same; when they change, the finding is open again and says so.
 */
function withDecision(
  finding: Omit<ReviewFinding, 'state' | 'changedSinceDismissal' | 'decision'>,
  decisions: Map<string, ReviewDecision>,
): ReviewFinding {
  const decision = decisions.get(finding.id) ?? null;
  if (decision?.state === 'dismissed' && decision.fingerprint !== finding.fingerprint) {
    return { ...finding, state: 'open', changedSinceDismissal: true, decision };
  }
  return { ...finding, state: decision?.state ?? 'open', changedSinceDismissal: false, decision };
}
