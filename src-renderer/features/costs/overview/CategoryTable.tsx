import type { CostOverview } from '../../../../shared/domain/costOverview';
import { COST_CATEGORY_LABELS, labelsFor } from '../../../../shared/domain/labels';
import { formatEuroCents } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { formatShare } from './formatShare';
import { overviewMessages } from './messages';

/** The range's cost per category, with its share of the total; categories without cost are left out. */
export function CategoryTable({ overview }: { overview: CostOverview }) {
  const m = useMessages(overviewMessages);
  const { language } = useI18n();
  const labels = labelsFor(COST_CATEGORY_LABELS, language);
  const rows = overview.byCategory.filter((row) => row.totalCents !== 0);
  return (
    <table className="grid entity-table costs-table">
      <caption>{m.categories.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.categories.category}</th>
          <NumberColumnHeaders labels={[m.amount, m.share]} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.category}>
            <th scope="row">{labels[row.category]}</th>
            <td className="number">{formatEuroCents(row.totalCents)}</td>
            <td className="number">{formatShare(row.totalCents, overview.totalCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
