import {
  IMPORT_FIELDS,
  type ChannelImportPreview,
  type ChannelImportResult,
  type ImportField,
} from '../../../shared/domain/channelImport';
import { ModalDialog } from '../../components/ModalDialog';
import { invoke } from '../../api/client';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import type { ImportMethods } from './importFlowTypes';
import { ImportFlowView } from './ImportFlowView';
import { importMessages } from './messages';
import { useImportFlow } from './useImportFlow';

/**
 * Import an inventory spreadsheet as channels: choose the file, check the preview (sheet,
 * encoding, column mapping, problems per row and column, the organisations and people it would
 * create), then import in one step.
 */
export function ImportChannelsDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose(): void;
  onImported(result: ChannelImportResult): void;
}) {
  const m = useMessages(importMessages);
  return (
    <ModalDialog title={m.title} open={open} onClose={onClose}>
      {/* Mounted per opening: every import starts from an empty form. */}
      {open ? <ImportChannelsFlow onClose={onClose} onImported={onImported} /> : null}
    </ModalDialog>
  );
}

const METHODS: ImportMethods<ImportField, ChannelImportPreview, ChannelImportResult> = {
  preview: (request) => invoke('imports.channels.preview', request),
  commit: (request) => invoke('imports.channels.commit', request),
};

function ImportChannelsFlow({ onClose, onImported }: { onClose(): void; onImported(result: ChannelImportResult): void }) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const flow = useImportFlow<ImportField, ChannelImportPreview, ChannelImportResult>(METHODS, onImported);
  const count = (one: string, many: string, n: number) => (n === 1 ? one : format(many, { count: formatNumber(n) }));
  return (
    <ImportFlowView
      flow={flow}
      intro={m.intro}
      fields={IMPORT_FIELDS}
      fieldLabels={m.fields}
      summary={(preview) => <NewNames preview={preview} />}
      resultLines={(result) => [
        count(m.result.createdOne, m.result.created, result.created),
        ...(result.skipped > 0 ? [count(m.result.skippedOne, m.result.skipped, result.skipped)] : []),
        ...(result.organisationsCreated > 0
          ? [count(m.result.organisationsOne, m.result.organisations, result.organisationsCreated)]
          : []),
        ...(result.peopleCreated > 0 ? [count(m.result.peopleOne, m.result.people, result.peopleCreated)] : []),
      ]}
      onClose={onClose}
    />
  );
}

/** Names of what the import would create: the first few, and how many more. */
const NAMES_SHOWN = 12;

function NewNames({ preview }: { preview: ChannelImportPreview }) {
  const m = useMessages(importMessages);
  const { format } = useI18n();
  const names = (list: string[]) =>
    list.length === 0 ? null : (
      <span className="import-names">
        : {list.slice(0, NAMES_SHOWN).join(', ')}
        {list.length > NAMES_SHOWN ? ` ${format(m.counts.andMore, { count: formatNumber(list.length - NAMES_SHOWN) })}` : ''}
      </span>
    );
  return (
    <>
      <div>
        <dt>{m.counts.newOrganisations}</dt>
        <dd>
          {formatNumber(preview.newOrganisations.length)}
          {names(preview.newOrganisations)}
        </dd>
      </div>
      <div>
        <dt>{m.counts.newPeople}</dt>
        <dd>
          {formatNumber(preview.newPeople.length)}
          {names(preview.newPeople)}
        </dd>
      </div>
    </>
  );
}
