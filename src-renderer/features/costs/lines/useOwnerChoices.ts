import { useEffect, useState } from 'react';
import type { Organisation } from '../../../../shared/domain/organisation';
import { invoke } from '../../../api/client';
import type { ChannelChoice } from './costColumns';

/** The most channels one list offers; beyond it a line's channel is pasted by name or URL (the core reads those). */
const CHANNEL_CHOICES = 5000;

/**
 * The live channels and organisations a cost line can belong to, for the grid's choice lists
 * (read when the page opens: channels are added on the Kanalen page).
 */
export function useOwnerChoices(generation: number) {
  const [channels, setChannels] = useState<ChannelChoice[]>([]);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([
      invoke('channels.list', { deleted: 'exclude', sort: [{ field: 'name', desc: false }], limit: CHANNEL_CHOICES }),
      invoke('organisations.list', {}),
    ]).then(([channelList, organisationList]) => {
      if (cancelled) return;
      if (channelList.ok) setChannels(channelList.value.rows.map(({ id, name, platform }) => ({ id, name, platform })));
      if (organisationList.ok) setOrganisations(organisationList.value);
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  return { channels, organisations };
}
