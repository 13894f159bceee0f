import { z } from 'zod';
import type { ChannelStatus, Platform } from './channel';
import { isoDate, optionalText, uuid } from './fields';

/**
 * The review ("Nazicht"): rules that check the register against the city's own web and social
 * media policy (the 2014 college decision quotes it) and turn what they find into
 * recommendations for the college. Findings are computed from the data every time; only the
 * user's decisions about them are stored (review_decisions), keyed by rule and subject.
 */

export const REVIEW_RULES = [
  /** Status "slapend", no activity for N months, never posted, or counts without growth for N months. */
  'dormant',
  /** The platform itself is gone (Google+ closed in 2019). */
  'defunct_platform',
  /** Nobody responsible, or the responsible person left (person marked inactive). */
  'no_responsible',
  /** Not created by the webmasters, or passwords not kept centrally (the policy's rule). */
  'not_managed_by_webmasters',
  /** One organisation with several accounts on one platform, or the same address twice. */
  'duplicate',
  /** A one-off event or project that ended: small (< N members) -> delete, else archive with the closing text. */
  'finished_event',
  /** A (project) website on its own domain name instead of mechelen.be/trefwoord. */
  'own_domain',
  /** Costs but no counts, or cost per follower above a threshold. */
  'cost_without_reach',
  /** Not reviewed for N months ("te herzien"). */
  'not_reviewed',
] as const;
export type ReviewRule = (typeof REVIEW_RULES)[number];

export const REVIEW_SEVERITIES = ['high', 'medium', 'low'] as const;
export type ReviewSeverity = (typeof REVIEW_SEVERITIES)[number];

export const REVIEW_ACTIONS = ['keep', 'merge', 'hand_over', 'archive', 'delete', 'review'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Thresholds the user can change; stored in the register (review.settings.*). */
export const reviewSettingsSchema = z
  .object({
    /** The day the review looks from: default null = today. The 2014 sample uses the college's 5 September 2014. */
    referenceDate: isoDate.nullable(),
    dormantMonths: z.number().int().min(1).max(120),
    notReviewedMonths: z.number().int().min(1).max(120),
    smallAudience: z.number().int().min(0).max(1_000_000),
    /** Cost per follower above this (cents, over the last full calendar year before the reference date) is a finding. */
    maxCostPerFollowerCents: z.number().int().min(0).max(100_000_000),
    /** Domains a city website may live on (and their subdomains): the rest is an "own domain". */
    cityDomains: z.array(z.string().trim().min(3).max(200)).min(1).max(50),
    /** Rules switched off. */
    disabledRules: z.array(z.enum(REVIEW_RULES)).max(REVIEW_RULES.length),
  })
  .strict();
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  referenceDate: null,
  dormantMonths: 6,
  notReviewedMonths: 12,
  smallAudience: 25,
  maxCostPerFollowerCents: 100,
  cityDomains: ['mechelen.be'],
  disabledRules: [],
};

export const REVIEW_STATES = ['open', 'accepted', 'dismissed', 'done'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface ReviewFindingChannel {
  id: string;
  name: string;
  platform: Platform;
  status: ChannelStatus | null;
  url: string | null;
}

export interface ReviewFinding {
  /** `${rule}:${subjectKey}` — stable while the subject is the same. */
  id: string;
  rule: ReviewRule;
  /** Channel id, or the sorted channel ids of a duplicate group joined by "+". */
  subjectKey: string;
  severity: ReviewSeverity;
  action: ReviewAction;
  /** What was found, concretely, nl and en ("Geen tweets sinds de aanmaak (notitie: geen tweets??)"). */
  message: string;
  messageEn: string;
  /** The closing text to post before archiving (finished_event), else null. */
  closingText: string | null;
  channels: ReviewFindingChannel[];
  organisationId: string | null;
  organisationName: string | null;
  /** Hash of the data the finding rests on; a dismissal holds until it changes. */
  fingerprint: string;
  state: ReviewState;
  /** Set when a dismissal was lifted because the data changed since. */
  changedSinceDismissal: boolean;
  decision: ReviewDecision | null;
}

export interface ReviewDecision {
  id: string;
  rule: ReviewRule;
  subjectKey: string;
  state: Exclude<ReviewState, 'open'>;
  fingerprint: string;
  /** Why it was dismissed (required for a dismissal). */
  reason: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  /** The recommendation's wording, editable; defaults to the finding's action and message. */
  recommendation: string | null;
  decidedAt: string;
}

/** Why the rule exists: the policy's words (quoted from the 2014 decision) and a short explanation. */
export interface ReviewRuleInfo {
  rule: ReviewRule;
  title: string;
  titleEn: string;
  rationale: string;
  rationaleEn: string;
  /** Verbatim from the policy in the seed, in Dutch. */
  policyQuote: string;
  severity: ReviewSeverity;
  action: ReviewAction;
  enabled: boolean;
}

export interface ReviewResult {
  referenceDate: string;
  settings: ReviewSettings;
  rules: ReviewRuleInfo[];
  findings: ReviewFinding[];
  /** Per rule: open / accepted / dismissed / done. */
  countsByRule: Array<{ rule: ReviewRule; open: number; accepted: number; dismissed: number; done: number }>;
}

/** An accepted finding as the college reads it: the Word note's "Aanbevelingen", the workbook's sheet. */
export interface Recommendation {
  findingId: string;
  rule: ReviewRule;
  action: ReviewAction;
  /** The decision's wording, or the finding's action + message. */
  text: string;
  channelNames: string[];
  organisationName: string | null;
  ownerName: string | null;
  dueDate: string | null;
  state: 'accepted' | 'done';
}

export const reviewDecisionInputSchema = z
  .object({
    findingId: z.string().min(3).max(20_000),
    state: z.enum(['open', 'accepted', 'dismissed', 'done']),
    reason: optionalText(2000),
    ownerPersonId: uuid.nullable().optional(),
    dueDate: isoDate.nullable().optional(),
    recommendation: optionalText(5000),
  })
  .strict();
export type ReviewDecisionInput = z.input<typeof reviewDecisionInputSchema>;
