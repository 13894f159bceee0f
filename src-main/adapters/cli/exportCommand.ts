import type { CsvTable, ExportFormat, ExportOptions } from '../../../shared/domain/exportOptions';
import { nameKey } from '../../core/channels/nameIndex';
import { DomainError } from '../../core/errors';
import { writeExport } from '../../core/exports/writeExport';
import { CommandFailed, plural, type Call, type CliIo } from './cliSupport';

export interface ExportArgs {
  db: string;
  format: ExportFormat;
  out: string;
  view: string | undefined;
  from: string | undefined;
  to: string | undefined;
  table: CsvTable | undefined;
  layout: 'wide' | 'long' | undefined;
  tablesOnly: boolean;
}

/**
 * `export xlsx|docx|csv`: the same export as the app's Export page, written straight to --out
 * (whole or not at all). A Word note gets the register's template texts.
 */
export async function exportFile(args: ExportArgs, call: Call, io: CliIo): Promise<number> {
  const info = await call('register.open', { path: args.db });
  const options: ExportOptions = {
    format: args.format,
    ...(args.view !== undefined && { viewId: await viewId(args.view, call) }),
    ...(args.from !== undefined && { from: args.from }),
    ...(args.to !== undefined && { to: args.to }),
    ...(args.format === 'xlsx' && args.layout !== undefined && { xlsx: { growthLayout: args.layout } }),
    ...(args.format === 'csv' && { csv: { table: args.table ?? 'channels' } }),
    ...(args.format === 'docx' && { docx: { variant: args.tablesOnly ? 'tables' : 'note' } }),
  };
  let result;
  try {
    result = await writeExport({ dbPath: info.path, options, target: args.out });
  } catch (error) {
    if (error instanceof DomainError) throw new CommandFailed(error.messageNl, error.messageEn);
    throw error;
  }
  const channels = {
    nl: plural(result.channelCount, 'kanaal', 'kanalen'),
    en: plural(result.channelCount, 'channel', 'channels'),
  };
  const neutralised =
    result.neutralisedCells === 0
      ? { nl: '', en: '' }
      : {
          nl: `; ${plural(result.neutralisedCells, 'tekst', 'teksten')} die met =, +, -, @ of een tab ${result.neutralisedCells === 1 ? 'begon' : 'begonnen'} als tekst geschreven`,
          en: `; ${plural(result.neutralisedCells, 'text', 'texts')} starting with =, +, -, @ or a tab written as text`,
        };
  io.out(`Geschreven / written: ${args.out}`);
  io.out(`${channels.nl}${neutralised.nl}\n${channels.en}${neutralised.en}`);
  return 0;
}

/** A saved view by its name, as the app shows it (case and accents do not matter). */
async function viewId(name: string, call: Call): Promise<string> {
  const views = await call('views.list', {});
  const found = views.find((view) => nameKey(view.name) === nameKey(name));
  if (!found) {
    const known = views.map((view) => `"${view.name}"`).join(', ') || '-';
    throw new CommandFailed(
      `Er is geen weergave "${name}" in dit register. Weergaven: ${known}`,
      `There is no view "${name}" in this register. Views: ${known}`,
    );
  }
  return found.id;
}
