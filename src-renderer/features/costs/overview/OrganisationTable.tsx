import type { CostOverview } from '../../../../shared/domain/costOverview';
import { formatEuroCents } from '../../../format/nlBE';
import { useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { overviewMessages } from './messages';

/** Per organisation with costs in the range (largest first, as the core orders them): its own channels' lines and its shared lines. */
export function OrganisationTable({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  return (
    <table className="grid entity-table costs-table">
      <caption>{m.organisations.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.organisations.organisation}</th>
          <NumberColumnHeaders labels={[m.organisations.channels, m.organisations.shared, m.total]} />
        </tr>
      </thead>
      <tbody>
        {overview.byOrganisation.map((row) => (
          <tr key={row.organisationId}>
            <th scope="row">{row.organisationName}</th>
            <td className="number">{formatEuroCents(row.channelCents)}</td>
            <td className="number">{formatEuroCents(row.sharedCents)}</td>
            <td className="number">{formatEuroCents(row.totalCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
