import { costOverviewQuerySchema, type AllocationMode } from '../../../../shared/domain/costOverview';

/** What the overview, budget, chart and "kosten onbekend" sections are computed for. */
export interface OverviewChoice {
  fromYear: number;
  toYear: number;
  /** Running lines without an end date count up to this day (ISO). */
  asOf: string;
  allocation: AllocationMode;
}

/** The last three calendar years up to this one, running costs up to today, shared costs apart. */
export function defaultChoice(today: string): OverviewChoice {
  const year = Number(today.slice(0, 4));
  return { fromYear: year - 2, toYear: year, asOf: today, allocation: 'none' };
}

export type YearProblem = 'yearInvalid' | 'toBeforeFrom' | 'rangeTooLong';

/**
 * Checks typed years with the contract's own schema (the core applies the same rules), and says
 * per field what is wrong, as a key of the page's messages.
 */
export function yearProblems(fromText: string, toText: string): { fromYear?: YearProblem; toYear?: YearProblem } {
  const toNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
  const parsed = costOverviewQuerySchema.safeParse({ fromYear: toNumber(fromText), toYear: toNumber(toText) });
  if (parsed.success) return {};
  const problems: { fromYear?: YearProblem; toYear?: YearProblem } = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== 'fromYear' && field !== 'toYear') continue;
    const problem: YearProblem =
      issue.message === 'end_before_start' ? 'toBeforeFrom' : issue.message === 'range_too_long' ? 'rangeTooLong' : 'yearInvalid';
    problems[field] ??= problem;
  }
  return problems;
}
