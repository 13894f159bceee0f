import type { CostOverview } from '../../../../shared/domain/costOverview';
import { labelsFor, PLATFORM_LABELS } from '../../../../shared/domain/labels';
import { formatEuroCents } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { overviewMessages } from './messages';

/** Per platform with costs in the range (largest first): own and allocated money, and their total. */
export function PlatformTable({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  const { language } = useI18n();
  const platforms = labelsFor(PLATFORM_LABELS, language);
  return (
    <table className="grid entity-table costs-table">
      <caption>{m.platforms.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.platforms.platform}</th>
          <NumberColumnHeaders labels={[m.direct, m.allocated, m.total]} />
        </tr>
      </thead>
      <tbody>
        {overview.byPlatform.map((row) => (
          <tr key={row.platform}>
            <th scope="row">{platforms[row.platform]}</th>
            <td className="number">{formatEuroCents(row.totalCents - row.allocatedCents)}</td>
            <td className="number">{formatEuroCents(row.allocatedCents)}</td>
            <td className="number">{formatEuroCents(row.totalCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
