import type { UnknownCostChannel } from '../../../../shared/domain/costOverview';
import { labelsFor, PLATFORM_LABELS, STATUS_LABELS } from '../../../../shared/domain/labels';
import { formatNumber } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { overviewMessages } from './messages';

/**
 * "Kosten onbekend": the live channels without a single cost line of their own. The college asked
 * for the known costs of every channel, so this is the list still to complete.
 */
export function UnknownCostSection({ channels, onEnterCosts }: { channels: UnknownCostChannel[]; onEnterCosts(): void }) {
  const m = useMessages(overviewMessages);
  const { format, language } = useI18n();
  const platforms = labelsFor(PLATFORM_LABELS, language);
  const statuses = labelsFor(STATUS_LABELS, language);
  const sorted = [...channels].sort(
    (a, b) => a.channelName.localeCompare(b.channelName, 'nl', { sensitivity: 'base' }) || a.platform.localeCompare(b.platform),
  );
  return (
    <div className="costs-unknown">
      <p>{m.unknown.why}</p>
      <p className="costs-unknown-count">
        {channels.length === 1 ? m.unknown.countOne : format(m.unknown.count, { count: formatNumber(channels.length) })}
      </p>
      <p className="costs-unknown-actions">
        <button type="button" onClick={onEnterCosts}>
          {m.unknown.enter}
        </button>{' '}
        <a href="#/kanalen">{m.unknown.toChannels}</a>
      </p>
      {channels.length === 0 ? (
        <p className="costs-empty">{m.unknown.none}</p>
      ) : (
        <table className="grid entity-table costs-table costs-unknown-table">
          <caption>{format(m.unknown.caption, { count: formatNumber(channels.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.unknown.channel}</th>
              <th scope="col">{m.unknown.platform}</th>
              <th scope="col">{m.unknown.organisation}</th>
              <th scope="col">{m.unknown.status}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((channel) => (
              <tr key={channel.channelId}>
                <th scope="row">{channel.channelName}</th>
                <td>{platforms[channel.platform]}</td>
                <td>{channel.organisationName ?? ''}</td>
                <td>{statuses[(channel.status ?? 'unknown') as keyof typeof statuses] ?? channel.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
