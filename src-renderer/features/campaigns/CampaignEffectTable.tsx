import type { Campaign } from '../../../shared/domain/campaign';
import { formatIsoDate } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { GainComparisonCells } from '../growth/GainComparisonCells';
import { growthMessages } from '../growth/messages';
import { NumberColumnHeaders } from '../growth/NumberColumnHeaders';
import { useQuery } from '../growth/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useChannelNames } from '../counts/useChannelNames';

/** Per linked channel: growth during the campaign against the same-length period just before it. */
export function CampaignEffectTable({ campaign, generation }: { campaign: Campaign; generation: number }) {
  const m = useMessages(growthMessages);
  const { format } = useI18n();
  const effect = useQuery('campaigns.effect', { id: campaign.id }, `${generation}/${JSON.stringify(campaign)}`);
  const rows = effect.value ?? [];
  // The effect rows name the channel only; several channels share a name, so the platform is looked up.
  const labelOf = useChannelNames(rows.map((row) => row.channelId));
  const first = rows[0];
  const range = (p: { from: string; to: string }) => `${formatIsoDate(p.from)} – ${formatIsoDate(p.to)}`;
  const headingId = `campaign-effect-${campaign.id}`;
  return (
    <section className="chart-section effect-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{format(m.effectTitle, { name: campaign.name })}</h3>
      <ErrorMessage error={effect.error} />
      {effect.loading && !effect.value ? (
        <p className="hint">{m.loading}</p>
      ) : rows.length === 0 || !first ? (
        <p className="hint">{m.effectNone}</p>
      ) : (
        <div className="chart-table-wrap">
          <table className="grid entity-table chart-table effect-table">
            <caption>
              {format(m.effectCaption, { name: campaign.name, during: range(first.during), before: range(first.before) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.channel}</th>
                <NumberColumnHeaders labels={[m.before, m.during, m.difference, m.differencePct]} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.channelId}>
                  <th scope="row">{labelOf(row.channelId, row.name)}</th>
                  <GainComparisonCells gains={[row.before.gain, row.during.gain]} change={row.change} changePct={row.changePct} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
