import { PLATFORM_LABELS } from '../../../shared/domain/labels';
import type { ReviewFinding, ReviewResult } from '../../../shared/domain/review';
import type { Call, CliIo } from './cliSupport';

export interface ReviewArgs {
  db: string;
  referenceDate: string | undefined;
  json: boolean;
}

const STATE_LABELS: Record<ReviewFinding['state'], string> = {
  open: 'open',
  accepted: 'aanvaard / accepted',
  dismissed: 'afgewezen / dismissed',
  done: 'uitgevoerd / done',
};

/** `review`: the same findings as the "Nazicht" page, grouped by rule, or the whole result as JSON. */
export async function showReview(args: ReviewArgs, call: Call, io: CliIo): Promise<number> {
  await call('register.open', { path: args.db });
  const result = await call('review.run', args.referenceDate === undefined ? {} : { referenceDate: args.referenceDate });
  if (args.json) io.out(JSON.stringify(result, null, 2));
  else for (const line of formatReview(result)) io.out(line);
  return 0;
}

function formatReview(result: ReviewResult): string[] {
  const lines = [`Nazicht / review op / as of ${result.referenceDate}: ${result.findings.length} bevindingen / findings`];
  for (const info of result.rules) {
    const findings = result.findings.filter((f) => f.rule === info.rule);
    if (!info.enabled) {
      lines.push('', `${info.title} / ${info.titleEn}: uitgeschakeld / disabled`);
      continue;
    }
    lines.push('', `${info.title} / ${info.titleEn} (${findings.length})`);
    for (const finding of findings) {
      const state =
        finding.state === 'open' && !finding.changedSinceDismissal
          ? ''
          : ` [${STATE_LABELS[finding.state]}${finding.changedSinceDismissal ? ', gewijzigd / changed' : ''}]`;
      // Names repeat across platforms ("Stad Mechelen" on Facebook, Twitter and three Google+ pages).
      const names = finding.channels.map((c) => `${c.name} (${PLATFORM_LABELS[c.platform].nl})`).join(', ');
      lines.push(`  ${names}: ${finding.message}${state}`);
    }
  }
  return lines;
}
