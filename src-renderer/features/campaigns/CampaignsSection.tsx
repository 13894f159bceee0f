import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Campaign } from '../../../shared/domain/campaign';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { formatIsoDate } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { CampaignDialog } from './CampaignDialog';
import { CampaignEffectTable } from './CampaignEffectTable';
import { campaignsMessages } from './messages';
import './campaigns.css';

/** The campaigns of the register: list, add, edit, delete, and the effect of one of them. */
export function CampaignsSection({
  campaigns,
  generation,
  onChanged,
}: {
  campaigns: Campaign[];
  generation: number;
  onChanged(): void;
}) {
  const m = useMessages(campaignsMessages);
  const { format } = useI18n();
  const headingId = useId();
  // undefined: no dialog; null: a new campaign.
  const [editing, setEditing] = useState<Campaign | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Campaign | null>(null);
  const [effectId, setEffectId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const effectCampaign = campaigns.find((campaign) => campaign.id === effectId) ?? null;

  const remove = async (campaign: Campaign) => {
    const result = await invoke('campaigns.delete', { id: campaign.id });
    setDeleting(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (effectId === campaign.id) setEffectId(null);
    setStatus(format(m.deleted, { name: campaign.name }));
    onChanged();
  };

  return (
    <section className="campaigns-section chart-section" aria-labelledby={headingId}>
      <div className="chart-head">
        <div>
          <h2 id={headingId}>{m.title}</h2>
          <p className="hint">{m.intro}</p>
        </div>
        <div className="chart-actions">
          <button type="button" onClick={() => setEditing(null)}>
            {m.add}
          </button>
        </div>
      </div>
      <p className="entity-status" role="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {campaigns.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <div className="chart-table-wrap">
          <table className="grid entity-table campaigns-table">
            <caption className="visually-hidden">{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.period}</th>
                <th scope="col" className="number">
                  {m.channels}
                </th>
                <th scope="col">{m.description}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((campaign) => (
                <tr key={campaign.id} className={campaign.id === effectId ? 'selected-row' : undefined}>
                  <th scope="row">
                    <span className="table-swatch" aria-hidden="true">
                      <svg width="14" height="10" focusable="false">
                        <rect width="14" height="10" fill={campaign.colour} />
                      </svg>
                    </span>
                    {campaign.name}
                  </th>
                  <td className="nowrap">
                    {formatIsoDate(campaign.startDate)} – {formatIsoDate(campaign.endDate)}
                  </td>
                  <td className="number">{campaign.channelIds.length}</td>
                  <td className="campaign-description">
                    <span className="clamp" title={campaign.description ?? undefined}>
                      {campaign.description ?? ''}
                    </span>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-pressed={campaign.id === effectId}
                      aria-label={format(m.effectOf, { name: campaign.name })}
                      onClick={() => setEffectId(campaign.id === effectId ? null : campaign.id)}
                    >
                      {m.effect}
                    </button>
                    <button
                      type="button"
                      aria-label={format(m.editOf, { name: campaign.name })}
                      onClick={() => setEditing(campaign)}
                    >
                      {m.edit}
                    </button>
                    <button
                      type="button"
                      aria-label={format(m.deleteOf, { name: campaign.name })}
                      onClick={() => setDeleting(campaign)}
                    >
                      {m.delete}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {effectCampaign ? <CampaignEffectTable key={effectCampaign.id} campaign={effectCampaign} generation={generation} /> : null}
      <CampaignDialog
        campaign={editing}
        generation={generation}
        onClose={() => setEditing(undefined)}
        onSaved={(saved) => {
          setEditing(undefined);
          setError(null);
          setStatus(format(m.saved, { name: saved.name }));
          onChanged();
        }}
      />
      <ModalDialog title={m.confirmDelete} open={deleting !== null} onClose={() => setDeleting(null)}>
        {deleting ? (
          <>
            <p>{format(m.confirmDeleteText, { name: deleting.name })}</p>
            <div className="dialog-actions">
              <button type="button" onClick={() => setDeleting(null)}>
                {m.cancel}
              </button>
              <button type="button" className="danger" onClick={() => void remove(deleting)}>
                {m.delete}
              </button>
            </div>
          </>
        ) : null}
      </ModalDialog>
    </section>
  );
}
