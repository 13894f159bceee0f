import { useId } from 'react';
import { COST_CATEGORY_LABELS, labelsFor, RECURRENCE_LABELS } from '../../../../shared/domain/labels';
import { formatEuroCents, formatIsoDate } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { useQuery } from '../../growth/useQuery';
import { linesMessages } from './linesMessages';
import './lines.css';

/** Enough for any channel's own costs; a longer list says how many more there are. */
const SHOWN = 50;

/** The channel's cost lines in its detail panel, newest first, with their sum. */
export function ChannelCosts({ channelId, version }: { channelId: string; version: number }) {
  const m = useMessages(linesMessages);
  const { format, language } = useI18n();
  const headingId = useId();
  const lines = useQuery('costs.list', { channelId, sort: [{ field: 'startDate', desc: true }], limit: SHOWN }, version);
  const categories = labelsFor(COST_CATEGORY_LABELS, language);
  const recurrences = labelsFor(RECURRENCE_LABELS, language);
  const list = lines.value;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{m.channelCosts}</h3>
      {lines.error ? (
        <p className="muted">{language === 'nl' ? lines.error.message : lines.error.messageEn}</p>
      ) : !list ? (
        <p className="muted">{m.loading}</p>
      ) : list.total === 0 ? (
        <p className="muted">{m.noCosts}</p>
      ) : (
        <table className="grid channel-costs">
          <caption className="visually-hidden">{m.channelCostsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.startDate}</th>
              <th scope="col">{m.columns.description}</th>
              <th scope="col">{m.columns.category}</th>
              <th scope="col" className="number">
                {m.columns.amountCents}
              </th>
              <th scope="col">{m.columns.recurrence}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((line) => (
              <tr key={line.id}>
                <td className="date">{formatIsoDate(line.startDate)}</td>
                <th scope="row">{line.description ?? m.noDescription}</th>
                <td>{categories[line.category]}</td>
                <td className="number">{formatEuroCents(line.amountCents)}</td>
                <td>{recurrences[line.recurrence]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {m.sumOnce}
              </th>
              <td className="number">{formatEuroCents(list.amountSumCents)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {list && list.total > list.rows.length ? (
        <p className="hint">{format(m.moreLines, { shown: list.rows.length, total: list.total })}</p>
      ) : null}
      <p className="hint">
        <a href="#/kosten">{m.toCostsPage}</a>
      </p>
    </section>
  );
}
