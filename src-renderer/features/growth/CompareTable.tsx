import type { GrowthComparison } from '../../../shared/domain/growth';
import { formatIsoDate } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { CountValue } from './ChangeCell';
import { GainComparisonCells } from './GainComparisonCells';
import { growthMessages } from './messages';
import { NumberColumnHeaders } from './NumberColumnHeaders';

/** This period against the previous period of the same length, per channel. */
export function CompareTable({ rows, labelOf }: { rows: GrowthComparison[]; labelOf(channelId: string, name: string): string }) {
  const m = useMessages(growthMessages);
  const { format } = useI18n();
  const first = rows[0];
  const range = (p: { from: string; to: string }) =>
    format(m.periodText, { from: formatIsoDate(p.from), to: formatIsoDate(p.to) });
  return (
    <section className="chart-section compare-section" aria-labelledby="growth-compare-heading">
      <h2 id="growth-compare-heading">{m.compareTitle}</h2>
      {rows.length === 0 || !first ? (
        <p className="chart-empty">{m.noData}</p>
      ) : (
        <div className="chart-table-wrap">
          <table className="grid entity-table chart-table compare-table">
            <caption>{format(m.compareCaption, { current: range(first.current), previous: range(first.previous) })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.channel}</th>
                <NumberColumnHeaders labels={[m.start, m.end, m.gain, m.previousGain, m.difference, m.differencePct]} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.channelId}>
                  <th scope="row">{labelOf(row.channelId, row.name)}</th>
                  <td className="number">
                    <CountValue value={row.current.startCount} />
                  </td>
                  <td className="number">
                    <CountValue value={row.current.endCount} />
                  </td>
                  <GainComparisonCells
                    gains={[row.current.gain, row.previous.gain]}
                    change={row.change}
                    changePct={row.changePct}
                  />
                </tr>
              ))}
            </tbody>
          </table>
          {rows.some((row) => row.current.gain === null || row.previous.gain === null) ? (
            <p className="hint">{m.gainUnknownNote}</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
