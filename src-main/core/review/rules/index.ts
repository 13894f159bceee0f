import type { ReviewRule } from '../../../../shared/domain/review';
import type { ReviewRuleCheck } from '../reviewFinding';
import { costWithoutReach } from './costWithoutReach';
import { defunctPlatform } from './defunctPlatform';
import { dormant } from './dormant';
import { duplicate } from './duplicate';
import { finishedEvent } from './finishedEvent';
import { noResponsible } from './noResponsible';
import { notManagedByWebmasters } from './notManagedByWebmasters';
import { notReviewed } from './notReviewed';
import { ownDomain } from './ownDomain';

/** Every rule's check, by rule. */
export const RULE_CHECKS: Record<ReviewRule, ReviewRuleCheck> = {
  dormant,
  defunct_platform: defunctPlatform,
  no_responsible: noResponsible,
  not_managed_by_webmasters: notManagedByWebmasters,
  duplicate,
  finished_event: finishedEvent,
  own_domain: ownDomain,
  cost_without_reach: costWithoutReach,
  not_reviewed: notReviewed,
};
