import type { ChannelImportPreview, ChannelImportResult, ImportField } from '../../../shared/domain/channelImport';
import { plural, type Call, type CliIo } from './cliSupport';
import { formatImportPreview, runSpreadsheetImport, type ImportArgs } from './spreadsheetImport';

const FIELD_NAMES: Record<ImportField, string> = {
  name: 'naam / name',
  kind: 'soort / kind',
  platform: 'platform',
  handle: 'account / handle',
  url: 'URL',
  organisation: 'organisatie / organisation',
  organisationKind: 'soort organisatie / organisation kind',
  responsiblePerson: 'verantwoordelijke / responsible person',
  responsibleEmail: 'e-mail verantwoordelijke / responsible e-mail',
  status: 'status',
  audience: 'doelgroep / audience',
  purpose: 'doel / purpose',
  createdByWebmasters: 'aangemaakt door webmasters / created by webmasters',
  notes: 'opmerkingen / notes',
};

/** `import-channels`: an inventory as channels; also lists the organisations and people it would create. */
export function importChannels(args: ImportArgs, call: Call, io: CliIo): Promise<number> {
  return runSpreadsheetImport<ImportField, ChannelImportPreview, ChannelImportResult>(args, call, io, {
    preview: (input) => call('imports.channels.preview', input),
    commit: (input) => call('imports.channels.commit', input),
    report: (preview) => [
      ...formatImportPreview(preview, FIELD_NAMES),
      `Nieuwe organisaties / new organisations (${preview.newOrganisations.length}): ${preview.newOrganisations.join(', ') || '-'}`,
      `Nieuwe personen / new people (${preview.newPeople.length}): ${preview.newPeople.join(', ') || '-'}`,
    ],
    nouns: { nl: ['kanaal', 'kanalen'], en: ['channel', 'channels'] },
    done: (result) =>
      `Geïmporteerd: ${plural(result.created, 'kanaal', 'kanalen')}, ${plural(result.organisationsCreated, 'nieuwe organisatie', 'nieuwe organisaties')}, ${plural(result.peopleCreated, 'nieuwe persoon', 'nieuwe personen')}; ${plural(result.skipped, 'rij', 'rijen')} overgeslagen. Eén ongedaan-maakstap: ${result.batchId ?? '-'}\n` +
      `Imported: ${plural(result.created, 'channel', 'channels')}, ${plural(result.organisationsCreated, 'new organisation', 'new organisations')}, ${plural(result.peopleCreated, 'new person', 'new people')}; ${plural(result.skipped, 'row', 'rows')} skipped. One undo step: ${result.batchId ?? '-'}`,
  });
}
