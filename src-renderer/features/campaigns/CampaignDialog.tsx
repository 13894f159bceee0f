import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Campaign } from '../../../shared/domain/campaign';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useMessages } from '../../i18n/i18n';
import { ChannelChecklist, type PickedChannel } from '../growth/ChannelChecklist';
import { DateInput } from '../../components/DateInput';
import { growthMessages } from '../growth/messages';
import { campaignsMessages } from './messages';

const DEFAULT_COLOUR = '#e0a100';
const MAX_LINKED = 1000;

/** Add or edit a campaign: `campaign` undefined = closed, null = new. */
export function CampaignDialog({
  campaign,
  generation,
  onClose,
  onSaved,
}: {
  campaign: Campaign | null | undefined;
  generation: number;
  onClose(): void;
  onSaved(saved: Campaign): void;
}) {
  const m = useMessages(campaignsMessages);
  return (
    <ModalDialog title={campaign ? m.dialogEdit : m.dialogAdd} open={campaign !== undefined} onClose={onClose}>
      {campaign !== undefined ? (
        <CampaignForm
          key={campaign?.id ?? 'new'}
          campaign={campaign}
          generation={generation}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </ModalDialog>
  );
}

function CampaignForm({
  campaign,
  generation,
  onClose,
  onSaved,
}: {
  campaign: Campaign | null;
  generation: number;
  onClose(): void;
  onSaved(saved: Campaign): void;
}) {
  const m = useMessages(campaignsMessages);
  const g = useMessages(growthMessages);
  const [name, setName] = useState(campaign?.name ?? '');
  const [startDate, setStartDate] = useState<string | null>(campaign?.startDate ?? null);
  const [endDate, setEndDate] = useState<string | null>(campaign?.endDate ?? null);
  const [description, setDescription] = useState(campaign?.description ?? '');
  const [colour, setColour] = useState(campaign?.colour ?? DEFAULT_COLOUR);
  const [channels, setChannels] = useState<PickedChannel[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const nameId = useId();
  const nameErrorId = useId();
  const descriptionId = useId();
  const colourId = useId();
  const colourHintId = useId();

  // The linked channels' names (the campaign keeps ids only).
  useEffect(() => {
    const ids = campaign?.channelIds ?? [];
    if (ids.length === 0) return;
    let cancelled = false;
    void Promise.all(ids.map((id) => invoke('channels.get', { id }))).then((answers) => {
      if (cancelled) return;
      const found: PickedChannel[] = [];
      for (const answer of answers) {
        if (answer.ok) {
          const { id, name, platform } = answer.value;
          found.push({ id, name, platform, organisationName: null });
        }
      }
      setChannels(found);
    });
    return () => {
      cancelled = true;
    };
  }, [campaign]);

  const nameMissing = name.trim() === '';
  const endBeforeStart = startDate !== null && endDate !== null && endDate < startDate;
  const valid = !nameMissing && startDate !== null && endDate !== null && !endBeforeStart;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid || busy || startDate === null || endDate === null) return;
    setBusy(true);
    const result = await invoke('campaigns.save', {
      id: campaign?.id,
      fields: {
        name: name.trim(),
        startDate,
        endDate,
        description: description.trim() || null,
        colour,
        channelIds: channels.map((channel) => channel.id),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onSaved(result.value);
  };

  return (
    <form className="entity-form campaign-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorMessage error={error} />
      <div className="field">
        <label htmlFor={nameId}>{m.name}</label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={200}
          required
          aria-invalid={submitted && nameMissing ? true : undefined}
          aria-describedby={submitted && nameMissing ? nameErrorId : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {submitted && nameMissing ? (
          <span id={nameErrorId} className="field-error">
            {m.nameRequired}
          </span>
        ) : null}
      </div>
      <div className="campaign-dates">
        <DateInput
          label={m.start}
          value={startDate}
          onChange={setStartDate}
          hint={g.dateHint}
          invalidText={g.invalidDate}
          extraError={submitted && startDate === null ? m.dateRequired : null}
        />
        <DateInput
          label={m.end}
          value={endDate}
          onChange={setEndDate}
          hint={g.dateHint}
          invalidText={g.invalidDate}
          extraError={endBeforeStart ? m.endBeforeStart : submitted && endDate === null ? m.dateRequired : null}
        />
        <div className="field">
          <label htmlFor={colourId}>{m.colour}</label>
          <input
            id={colourId}
            type="color"
            value={colour}
            aria-describedby={colourHintId}
            onChange={(event) => setColour(event.target.value)}
          />
          <span id={colourHintId} className="hint">
            {m.colourHint}
          </span>
        </div>
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>{m.description}</label>
        <textarea
          id={descriptionId}
          rows={3}
          maxLength={5000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <ChannelChecklist chosen={channels} onChange={setChannels} max={MAX_LINKED} generation={generation} legend={m.linked} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {m.cancel}
        </button>
        <button type="submit" className="primary" aria-disabled={busy ? true : undefined}>
          {m.save}
        </button>
      </div>
    </form>
  );
}
