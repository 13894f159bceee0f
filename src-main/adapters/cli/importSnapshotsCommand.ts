import { basename } from 'node:path';
import type { SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import type { SnapshotImportPreview } from '../../../shared/domain/snapshotImport';
import { formatProblem, plural, readImportBytes, type Call, type CliIo } from './cliSupport';

export interface SnapshotArgs {
  file: string;
  db: string;
  channel: string;
  startCount: number | undefined;
  yes: boolean;
  dryRun: boolean;
  onDuplicate: 'keep' | 'replace' | undefined;
}

/**
 * `import-snapshots`: the same preview and commit the app uses, for one channel. The report
 * (format, columns used, date range, rows, starting count, problems) is printed first. A file of
 * daily gains needs a starting count: --start-count, or the register's latest count before the
 * first day, taken with --yes or after asking on a terminal. Days that already have another count
 * are refused and listed unless --keep or --replace says what to do. --dry-run writes nothing.
 */
export async function importSnapshots(args: SnapshotArgs, call: Call, io: CliIo): Promise<number> {
  const file = args.file;
  await call('register.open', { path: args.db });
  const input = {
    fileName: basename(file),
    contentBase64: readImportBytes(file).toString('base64'),
    channelId: args.channel,
  };
  const preview = await call('snapshots.importPreview', {
    ...input,
    ...(args.startCount !== undefined && { startCount: args.startCount }),
  });
  for (const line of formatSnapshotPreview(preview, args.startCount !== undefined)) io.out(line);

  if (preview.problems.length > 0) {
    const count = preview.problems.length;
    io.err(
      `Niets geïmporteerd: ${plural(count, 'probleem', 'problemen')} in het bestand. Verbeter het bestand en probeer opnieuw.\n` +
        `Nothing imported: ${plural(count, 'problem', 'problems')} in the file. Correct the file and try again.`,
    );
    return 1;
  }

  let startCount = args.startCount;
  const suggestion = preview.suggestedStartCount;
  if (preview.gainsOnly && startCount === undefined) {
    const first = preview.firstDate!;
    if (!suggestion) {
      io.err(
        `Niets geïmporteerd: dit bestand geeft alleen de groei per dag, en het register heeft geen telling (${preview.metric}) van dit kanaal vóór ${first}. Geef met --start-count <n> het aantal op het einde van de dag vóór ${first}.\n` +
          `Nothing imported: this file holds only the growth per day, and the register has no count (${preview.metric}) of this channel before ${first}. Give the count at the end of the day before ${first} with --start-count <n>.`,
      );
      return 1;
    }
    if (args.yes) startCount = suggestion.count;
    else if (!args.dryRun) {
      const question =
        `Begintal ${suggestion.count} gebruiken (de telling van ${suggestion.date})? [j/n] ` +
        `/ Use ${suggestion.count} (the count of ${suggestion.date}) as starting count? [y/n] `;
      const answer = io.ask ? (await io.ask(question)).trim().toLowerCase() : null;
      if (answer === null || !['j', 'ja', 'y', 'yes'].includes(answer)) {
        io.err(
          `Niets geïmporteerd: het begintal (${suggestion.count}, de telling van ${suggestion.date}) is niet bevestigd. Geef --yes om het te nemen, of --start-count <n> voor een ander.\n` +
            `Nothing imported: the starting count (${suggestion.count}, the count of ${suggestion.date}) was not confirmed. Pass --yes to take it, or --start-count <n> for another one.`,
        );
        return 1;
      }
      startCount = suggestion.count;
    }
  }

  if (args.dryRun) {
    const confirm =
      preview.gainsOnly && startCount === undefined
        ? {
            nl: ' Bevestig het begintal met --yes of geef --start-count <n>.',
            en: ' Confirm the starting count with --yes or give --start-count <n>.',
          }
        : { nl: '', en: '' };
    const duplicates =
      preview.duplicates > 0 && args.onDuplicate === undefined
        ? {
            nl: ` ${plural(preview.duplicates, 'dag heeft', 'dagen hebben')} al een andere telling: kies --keep of --replace.`,
            en: ` ${plural(preview.duplicates, 'day already has', 'days already have')} another count: choose --keep or --replace.`,
          }
        : { nl: '', en: '' };
    io.out(
      `Proefdraai: er is niets geschreven. Zonder --dry-run: ${plural(preview.rowCount, 'telling', 'tellingen')} bewaard.${confirm.nl}${duplicates.nl}\n` +
        `Dry run: nothing was written. Without --dry-run: ${plural(preview.rowCount, 'count', 'counts')} saved.${confirm.en}${duplicates.en}`,
    );
    return 0;
  }

  const result = await call('snapshots.importCommit', {
    ...input,
    ...(startCount !== undefined && { startCount }),
    ...(args.onDuplicate !== undefined && { onDuplicate: args.onDuplicate }),
  });
  // With neither --keep nor --replace, days that already have another count are refused and listed.
  if (args.onDuplicate === undefined && result.duplicates.length > 0) {
    io.err(
      `Niets geïmporteerd: ${plural(result.duplicates.length, 'dag heeft', 'dagen hebben')} al een andere telling. Kies --keep (hou de telling in het register) of --replace (vervang ze).\n` +
        `Nothing imported: ${plural(result.duplicates.length, 'day already has', 'days already have')} another count. Choose --keep (keep the register's count) or --replace (replace it).`,
    );
    for (const duplicate of result.duplicates) {
      io.err(
        `  ${duplicate.date}: in het register / in the register ${duplicate.existing}, in het bestand / in the file ${duplicate.incoming}`,
      );
    }
    return 1;
  }
  for (const line of formatSnapshotResult(result)) io.out(line);
  return 0;
}

const FORMAT_LABELS: Record<SnapshotImportPreview['format'], string> = {
  'meta-follows': 'Meta Business Suite, volgers / follows',
  'linkedin-followers': 'LinkedIn, volgers van de pagina / page followers',
  'youtube-table': 'YouTube Studio, Table data.csv',
  'youtube-totals': 'YouTube Studio, Totals.csv',
  'date-count': 'tabel met datum en aantal / table of dates and counts',
};

function formatSnapshotPreview(preview: SnapshotImportPreview, startCountGiven: boolean): string[] {
  const lines = [
    `Bestand / file: ${preview.fileName}`,
    `Indeling / format: ${FORMAT_LABELS[preview.format]} (${preview.format})`,
    `Telling / metric: ${preview.metric}${preview.gainsOnly ? '; het bestand geeft de groei per dag / the file holds daily gains' : ''}`,
    'Kolommen / columns:',
    ...preview.columnsUsed.map(({ header, usedAs }) => `  '${header}' -> ${usedAs}`),
    `Periode / date range: ${preview.firstDate ?? '-'} – ${preview.lastDate ?? '-'}`,
    `Dagen / rows: ${preview.rowCount}`,
  ];
  if (!preview.gainsOnly) {
    lines.push('Begintal / start count: niet nodig, het bestand geeft totalen / not needed, the file holds totals');
  } else if (preview.startCountUsed === null) {
    lines.push('Begintal / start count: onbekend / unknown');
  } else {
    const suggestion = preview.suggestedStartCount;
    const from = startCountGiven
      ? '--start-count'
      : `de telling van ${suggestion!.date} in het register / the register's count of ${suggestion!.date}`;
    lines.push(`Begintal / start count: ${preview.startCountUsed} (${from})`);
  }
  const last = preview.rowCount > 0 && preview.rowCount <= preview.rows.length ? preview.rows[preview.rows.length - 1] : null;
  if (last && last.total !== null) lines.push(`Laatste totaal / last total: ${last.total} (${last.date})`);
  if (preview.duplicates > 0) {
    lines.push(`Dagen met al een andere telling / days that already have another count: ${preview.duplicates}`);
  }
  if (preview.problems.length > 0) {
    lines.push('Problemen / problems:');
    for (const problem of preview.problems) lines.push(...formatProblem(problem));
  }
  return lines;
}

function formatSnapshotResult(result: SaveCountsResult): string[] {
  const lines = [
    `Geïmporteerd: ${plural(result.saved, 'nieuwe telling', 'nieuwe tellingen')}, ${result.replaced} vervangen, ${result.kept} behouden. Eén ongedaan-maakstap: ${result.batchId ?? '-'}`,
    `Imported: ${plural(result.saved, 'new count', 'new counts')}, ${result.replaced} replaced, ${result.kept} kept. One undo step: ${result.batchId ?? '-'}`,
  ];
  for (const flag of result.flags) lines.push(`  Let op / note, ${flag.date}: ${flag.message}`, `    ${flag.messageEn}`);
  for (const problem of result.problems) lines.push(`  ${problem.message}`, `    ${problem.messageEn}`);
  return lines;
}
