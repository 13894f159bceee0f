import type { CostOverview } from '../../../../shared/domain/costOverview';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { BudgetActualChart } from './BudgetActualChart';
import { CostByCategoryChart } from './CostByCategoryChart';
import { costChartMessages } from './messages';

/** The two cost charts, each with the table of its figures. */
export function CostChartsSection({ overview, notice }: { overview: CostOverview; notice: string | null }) {
  const m = useMessages(costChartMessages);
  const { format } = useI18n();
  const periodText = format(m.period, { from: overview.fromYear, to: overview.toYear });
  return (
    <div className="costs-charts">
      <p className="hint">{m.intro}</p>
      <CostByCategoryChart overview={overview} periodText={periodText} notice={notice} />
      <BudgetActualChart overview={overview} periodText={periodText} notice={notice} />
    </div>
  );
}
