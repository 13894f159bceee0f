import { z } from 'zod';
import { isoDate } from '../domain/fields';
import {
  reviewDecisionInputSchema,
  reviewSettingsSchema,
  type Recommendation,
  type ReviewFinding,
  type ReviewResult,
  type ReviewSettings,
} from '../domain/review';
import { method } from './method';

export const reviewContract = {
  /** Runs every enabled rule on the register; `referenceDate` overrides the stored one for this call. */
  'review.run': method<ReviewResult>()(z.object({ referenceDate: isoDate.optional() }).strict()),
  /**
   * Accept (optional owner, due date, wording), dismiss (reason required), mark done, or reopen
   * ('open' removes the decision). One undo step. Answers the finding as it is now.
   */
  'review.decide': method<ReviewFinding>()(reviewDecisionInputSchema),
  'review.settings.get': method<ReviewSettings>()(z.object({}).strict()),
  'review.settings.save': method<ReviewSettings>()(z.object({ settings: reviewSettingsSchema }).strict()),
  /** Accepted and done findings, for the note and the workbook. */
  'review.recommendations': method<Recommendation[]>()(z.object({}).strict()),
  /** Draft Besluit articles from the accepted recommendations (text only; the Export page puts them in the note). */
  'review.draftArticles': method<string[]>()(z.object({}).strict()),
} as const;
