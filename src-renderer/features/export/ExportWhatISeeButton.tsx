import { useMessages } from '../../i18n/i18n';
import { handQueryToExport } from './channelQueryHandoff';
import type { ChannelQuery } from './exportChoice';
import { exportMessages } from './messages';

/** On the Kanalen toolbar: opens the Export page for exactly the channels the grid shows now. */
export function ExportWhatISeeButton({ query }: { query: ChannelQuery }) {
  const m = useMessages(exportMessages);
  return (
    <button type="button" onClick={() => handQueryToExport(query)}>
      {m.exportWhatISee}
    </button>
  );
}
