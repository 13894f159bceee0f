import type { GrowthComparison } from '../../../shared/domain/growth';
import { formatIsoDate } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { ChangeValue, CountValue, GainValue } from './ChangeCell';
import { growthMessages } from './messages';

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
                <th scope="col" className="number">
                  {m.start}
                </th>
                <th scope="col" className="number">
                  {m.end}
                </th>
                <th scope="col" className="number">
                  {m.gain}
                </th>
                <th scope="col" className="number">
                  {m.previousGain}
                </th>
                <th scope="col" className="number">
                  {m.difference}
                </th>
                <th scope="col" className="number">
                  {m.differencePct}
                </th>
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
                  <td className="number">
                    <GainValue value={row.current.gain} />
                  </td>
                  <td className="number">
                    <GainValue value={row.previous.gain} />
                  </td>
                  <td className="number">
                    <ChangeValue value={row.change} />
                  </td>
                  <td className="number">
                    <ChangeValue value={row.changePct} percent />
                  </td>
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
