import type { CostOverview } from '../../../../shared/domain/costOverview';
import { useMessages } from '../../../i18n/i18n';
import { CategoryTable } from './CategoryTable';
import { ChannelCostTable } from './ChannelCostTable';
import { overviewMessages } from './messages';
import { OrganisationTable } from './OrganisationTable';
import { OverviewSummary } from './OverviewSummary';
import { PlatformTable } from './PlatformTable';
import { YearTotalsTable } from './YearTotalsTable';

/** Totals per year, category, organisation, platform and channel for the chosen period. */
export function OverviewSection({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  // The core lists whatever a line reaches in the range, a line of € 0,00 too: nothing listed is nothing known.
  const empty = overview.byChannel.length === 0 && overview.byOrganisation.length === 0;
  return (
    <div className="costs-overview">
      <OverviewSummary overview={overview} />
      <div className="costs-overview-grid">
        <section aria-labelledby="costs-years-heading" className="costs-block">
          <h3 id="costs-years-heading">{m.years.heading}</h3>
          <YearTotalsTable overview={overview} />
        </section>
        {empty ? (
          <p className="costs-empty">{m.empty}</p>
        ) : (
          <>
            <section aria-labelledby="costs-categories-heading" className="costs-block">
              <h3 id="costs-categories-heading">{m.categories.heading}</h3>
              <CategoryTable overview={overview} />
            </section>
            <section aria-labelledby="costs-organisations-heading" className="costs-block">
              <h3 id="costs-organisations-heading">{m.organisations.heading}</h3>
              <OrganisationTable overview={overview} />
              <p className="hint">{m.organisations.note}</p>
            </section>
            <section aria-labelledby="costs-platforms-heading" className="costs-block">
              <h3 id="costs-platforms-heading">{m.platforms.heading}</h3>
              <PlatformTable overview={overview} />
            </section>
          </>
        )}
      </div>
      {empty ? null : (
        <section aria-labelledby="costs-channels-heading" className="costs-block">
          <h3 id="costs-channels-heading">{m.channels.heading}</h3>
          <ChannelCostTable overview={overview} />
        </section>
      )}
    </div>
  );
}
