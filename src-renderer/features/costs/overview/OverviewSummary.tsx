import type { CostOverview } from '../../../../shared/domain/costOverview';
import { ALLOCATION_LABELS, labelsFor } from '../../../../shared/domain/labels';
import { formatEuroCents, formatIsoDate } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { overviewMessages } from './messages';

/** The overview in sentences: the total, up to which day running costs count, and what happened to shared costs. */
export function OverviewSummary({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  const { format, language } = useI18n();
  const allocation = labelsFor(ALLOCATION_LABELS, language)[overview.allocation];
  const hasShared = overview.byOrganisation.some((organisation) => organisation.sharedCents !== 0);
  return (
    <div className="costs-summary">
      <p className="costs-total">
        {format(m.summary.total, {
          from: overview.fromYear,
          to: overview.toYear,
          amount: formatEuroCents(overview.totalCents),
        })}
      </p>
      <p className="hint">{format(m.summary.asOf, { date: formatIsoDate(overview.asOf) })}</p>
      <p>
        {!hasShared
          ? m.summary.noShared
          : overview.allocation === 'none'
            ? format(m.summary.notAllocated, { amount: formatEuroCents(overview.unallocatedCents) })
            : format(m.summary.allocated, { how: allocation.toLowerCase() })}
        {hasShared && overview.allocation !== 'none' && overview.unallocatedCents !== 0
          ? ` ${format(m.summary.leftOver, { amount: formatEuroCents(overview.unallocatedCents) })}`
          : ''}
      </p>
      {overview.allocationFallback.length > 0 ? (
        <p className="costs-fallback">
          {format(m.summary.fallback, {
            names: overview.allocationFallback.map((organisation) => organisation.organisationName).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}
