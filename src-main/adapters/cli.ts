import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../../shared/api/contract';
import type { ChannelRow } from '../../shared/domain/channel';
import type { SaveCountsResult } from '../../shared/domain/snapshotEntry';
import type { SnapshotImportPreview } from '../../shared/domain/snapshotImport';
import {
  MAX_IMPORT_BYTES,
  type ChannelImportPreview,
  type ImportField,
  type ImportProblem,
} from '../../shared/domain/channelImport';
import { createCoreHandlers } from '../core/api/coreHandlers';
import { dispatch, type AllHandlers } from '../core/api/dispatch';
import { DomainError } from '../core/errors';
import { RegisterSession } from '../core/register/registerSession';
import { loadDemoHistory } from '../core/sample/demoHistory';
import { currentActor, defaultDataDir } from '../core/settings/appSettings';
import { browserHostHandlers } from './browserHost';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Asks a question on the terminal and returns the answer; absent when there is no terminal (no TTY). */
  ask?: (question: string) => Promise<string>;
}

export const USAGE = `Gebruik / usage: kanalenregister <opdracht> --db <bestand> [opties]

Opdrachten / commands:
  init          maak een nieuw, leeg register          create a new, empty register
  load-sample   maak een register met het voorbeeld    create a register holding the
                van Mechelen (2014)                     2014 Mechelen sample
  load-demo     voeg verzonnen groeigeschiedenis toe   add made-up growth history to a
                aan een register (enkel voor demo's;    register (demonstrations only; the
                het register heet daarna fictief)       register is marked fictitious)
  list          toon de kanalen (--json: als JSON)     list the channels (--json: as JSON)
  import-channels <bestand.xlsx|.csv>
                importeer een kanalenlijst in een       import a channel list into an
                bestaand register (één ongedaan-        existing register (one undo
                maakstap); toont koppeling, rijen en    step); shows mapping, rows and
                problemen per blad, rij en kolom        problems by sheet, row, column
  import-snapshots <bestand> --channel <id>
                importeer de tellingen van één kanaal   import one channel's counts from
                uit een export van Meta Business Suite, a Meta Business Suite, LinkedIn or
                LinkedIn of YouTube Studio, of uit een  YouTube Studio export, or from a
                tabel met datum en aantal               table of dates and counts

Opties / options:
  --db <bestand>       het registerbestand (verplicht) / the register file (required)
  --json               uitvoer als JSON / JSON output (list)
  --dry-run            toon wat er zou gebeuren, schrijf niets / show what would happen, write nothing
  --channel <id>       het kanaal van de tellingen (import-snapshots, verplicht) / the channel of the counts (required)
  --start-count <n>    het aantal op het einde van de dag vóór de eerste dag van het bestand (groei per dag)
                       / the count at the end of the day before the file's first day (daily gains)
  --yes                neem als begintal de laatste telling in het register vóór de eerste dag, zonder te vragen
                       / take the register's latest count before the first day as starting count, without asking
  --keep | --replace   een dag die al een andere telling heeft: hou die / vervang ze (standaard: weiger en toon ze)
                       / a day that already has another count: keep it / replace it (default: refuse and list them)
  --skip-invalid       importeer zonder de rijen met problemen / import without the rows with problems
  --sheet <naam>       het blad van de werkmap / the workbook's sheet (standaard/default: het eerste/the first)
  --encoding <e>       auto | utf-8 | windows-1252 (CSV)
  --separator <s>      auto | , | ; | tab (CSV)
  --data-dir <map>     map voor instellingen en apparaat-id / settings folder
  -h, --help           deze hulp / this help

Afsluitcode / exit code: 0 gelukt / done, 1 geweigerd of problemen / refused or problems, 2 verkeerde argumenten / usage`;

class UsageError extends Error {}

/** The command line: a thin adapter that speaks the same contract as the app. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const session = new RegisterSession({
    dataDir: parsed.dataDir ?? defaultDataDir(io.env),
    actor: currentActor(),
    rememberRecent: false,
  });
  const handlers: AllHandlers = { ...createCoreHandlers(session), ...browserHostHandlers };
  const call = async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new CommandFailed(result.error.message, result.error.messageEn);
    return result.value as Output<M>;
  };
  try {
    switch (parsed.command) {
      case 'init': {
        const info = await call('register.create', { path: parsed.db });
        io.out(`Nieuw register / new register: ${info.path}`);
        return 0;
      }
      case 'load-sample': {
        const info = await call('register.create', { path: parsed.db, withSample: true });
        io.out(
          `Voorbeeldregister met ${info.channelCount} kanalen / sample register with ${info.channelCount} channels: ${info.path}`,
        );
        return 0;
      }
      case 'load-demo': {
        await call('register.open', { path: parsed.db });
        // Not in the app's contract: demo data is for demonstrations from the command line only.
        const demo = asCommand(() => loadDemoHistory(session.require()));
        io.out(
          `Verzonnen geschiedenis toegevoegd: ${demo.counts} tellingen voor ${demo.channels} kanalen, ${demo.from} – ${demo.to}. Het register is nu gemarkeerd als fictief.\n` +
            `Made-up history added: ${demo.counts} counts for ${demo.channels} channels, ${demo.from} – ${demo.to}. The register is now marked fictitious.`,
        );
        return 0;
      }
      case 'list': {
        await call('register.open', { path: parsed.db });
        const rows: ChannelRow[] = [];
        for (let offset = 0; ; offset += 5000) {
          const page = await call('channels.list', { offset, limit: 5000 });
          rows.push(...page.rows);
          if (rows.length >= page.total || page.rows.length === 0) break;
        }
        if (parsed.json) io.out(JSON.stringify(rows.map(toListJson), null, 2));
        else for (const row of rows) io.out(formatLine(row));
        return 0;
      }
      case 'import-channels':
        return await importChannels(parsed, call, io);
      case 'import-snapshots':
        return await importSnapshots(parsed, call, io);
    }
  } catch (error) {
    if (error instanceof CommandFailed) {
      io.err(`${error.messageNl}\n${error.messageEn}`);
      return 1;
    }
    throw error;
  } finally {
    session.close();
  }
}

/** A core call outside the contract: its refusal is reported like a refused method. */
function asCommand<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DomainError) throw new CommandFailed(error.messageNl, error.messageEn);
    throw error;
  }
}

class CommandFailed extends Error {
  constructor(
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

const COMMANDS = ['init', 'load-sample', 'load-demo', 'list', 'import-channels', 'import-snapshots'] as const;
const ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
const SEPARATORS = ['auto', ',', ';', 'tab'] as const;

function parse(argv: string[]) {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        sheet: { type: 'string' },
        encoding: { type: 'string' },
        separator: { type: 'string' },
        channel: { type: 'string' },
        'start-count': { type: 'string' },
        yes: { type: 'boolean' },
        keep: { type: 'boolean' },
        replace: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`Ongeldige argumenten / invalid arguments: ${(error as Error).message}`);
  }
  if (values.help) return { help: true as const };
  const [command, ...rest] = positionals;
  if (!command) throw new UsageError('Geen opdracht gegeven / no command given.');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`Onbekende opdracht / unknown command: ${command}`);
  const importing = command === 'import-channels' || command === 'import-snapshots';
  if (importing && rest.length === 0) throw new UsageError('Geef het bestand om te importeren / give the file to import.');
  const stray = importing ? rest.slice(1) : rest;
  if (stray.length > 0) throw new UsageError(`Onverwachte argumenten / unexpected arguments: ${stray.join(' ')}`);
  if (!values.db) throw new UsageError('--db <bestand> ontbreekt / --db <file> is required.');
  if (values.json && command !== 'list') throw new UsageError('--json hoort bij list / --json goes with list.');
  for (const [option, commands] of Object.entries(OPTION_COMMANDS) as Array<[keyof typeof OPTION_COMMANDS, readonly string[]]>) {
    if (values[option] !== undefined && !commands.includes(command)) {
      throw new UsageError(`--${option} hoort bij ${commands.join(', ')} / --${option} goes with ${commands.join(', ')}.`);
    }
  }
  const snapshots = command === 'import-snapshots' ? snapshotOptions(values) : null;
  const encoding = oneOf(ENCODINGS, values.encoding, '--encoding');
  const separator = oneOf(SEPARATORS, values.separator, '--separator');
  return {
    help: false as const,
    command: command as (typeof COMMANDS)[number],
    db: resolve(values.db),
    json: values.json === true,
    dataDir: values['data-dir'],
    file: importing ? resolve(rest[0]!) : null,
    dryRun: values['dry-run'] === true,
    skipInvalid: values['skip-invalid'] === true,
    sheet: values.sheet,
    encoding,
    separator,
    channel: snapshots?.channel ?? null,
    startCount: snapshots?.startCount,
    yes: values.yes === true,
    onDuplicate: snapshots?.onDuplicate,
  };
}

/** Options that go with one command only; the rest go with every command. */
const OPTION_COMMANDS = {
  'dry-run': ['import-channels', 'import-snapshots'],
  'skip-invalid': ['import-channels'],
  sheet: ['import-channels'],
  encoding: ['import-channels'],
  separator: ['import-channels'],
  channel: ['import-snapshots'],
  'start-count': ['import-snapshots'],
  yes: ['import-snapshots'],
  keep: ['import-snapshots'],
  replace: ['import-snapshots'],
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function snapshotOptions(values: { channel?: string; 'start-count'?: string; keep?: boolean; replace?: boolean }) {
  if (values.channel === undefined) {
    throw new UsageError(
      '--channel <id> ontbreekt: het bestand zegt niet van welk kanaal de tellingen zijn (de id staat in `list --json`) / ' +
        '--channel <id> is required: the file does not say which channel the counts are of (see `list --json` for the id).',
    );
  }
  if (!UUID.test(values.channel)) {
    throw new UsageError(`--channel moet de id van een kanaal zijn / --channel must be a channel id: ${values.channel}`);
  }
  const text = values['start-count'];
  if (text !== undefined && !/^\d{1,11}$/.test(text)) {
    throw new UsageError(`--start-count moet een geheel getal van 0 of meer zijn / must be a whole number of 0 or more: ${text}`);
  }
  if (values.keep && values.replace) throw new UsageError('--keep of --replace, niet allebei / --keep or --replace, not both.');
  return {
    channel: values.channel.toLowerCase(),
    startCount: text === undefined ? undefined : Number(text),
    onDuplicate: values.keep ? ('keep' as const) : values.replace ? ('replace' as const) : undefined,
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} moet een van deze zijn / must be one of: ${allowed.join(' ')}`);
  }
  return value as T;
}

function toListJson(row: ChannelRow) {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisationName,
    platform: row.platform,
    url: row.url,
    handle: row.handle,
    status: row.status,
    latestCount: row.latestCount,
    latestMetric: row.latestMetric,
    latestDate: row.latestDate,
  };
}

function formatLine(row: ChannelRow): string {
  const count = row.latestCount === null ? '' : ` (${row.latestCount} ${row.latestMetric}, ${row.latestDate})`;
  return `${row.platform.padEnd(11)} ${row.name}${count}  ${row.url ?? row.handle ?? ''}`.trimEnd();
}

type CommandArgs = Extract<ReturnType<typeof parse>, { help: false }>;
type Call = <M extends Method>(method: M, input: unknown) => Promise<Output<M>>;

/**
 * `import-channels`: the same preview and commit the app uses. The report (mapping, rows,
 * problems by sheet, row and column, what would be created) is printed first; the import
 * happens only without problems, or with --skip-invalid, and never with --dry-run.
 */
async function importChannels(args: CommandArgs, call: Call, io: CliIo): Promise<number> {
  const file = args.file!;
  await call('register.open', { path: args.db });
  const input = {
    fileName: basename(file),
    contentBase64: readImportBytes(file).toString('base64'),
    ...(args.sheet !== undefined && { sheet: args.sheet }),
    ...(args.encoding !== undefined && { encoding: args.encoding }),
    ...(args.separator !== undefined && { separator: args.separator }),
  };
  const preview = await call('imports.channels.preview', input);
  for (const line of formatPreview(preview)) io.out(line);

  const withProblems = preview.rowCount - preview.validRowCount;
  if (preview.problems.length > 0 && !args.skipInvalid) {
    io.err(
      `Niets geïmporteerd: ${plural(withProblems, 'rij', 'rijen')} met problemen${withProblems === 0 ? ' (de koppeling)' : ''}. Verbeter het bestand, of gebruik --skip-invalid om die rijen over te slaan.\n` +
        `Nothing imported: ${plural(withProblems, 'row', 'rows')} with problems${withProblems === 0 ? ' (the mapping)' : ''}. Correct the file, or use --skip-invalid to leave those rows out.`,
    );
    return 1;
  }
  if (preview.validRowCount === 0) {
    io.err('Niets geïmporteerd: geen enkele rij kan geïmporteerd worden.\nNothing imported: no row can be imported.');
    return 1;
  }
  if (args.dryRun) {
    io.out(
      `Proefdraai: er is niets geschreven. Zonder --dry-run: ${plural(preview.validRowCount, 'kanaal', 'kanalen')} geïmporteerd${withProblems > 0 ? `, ${plural(withProblems, 'rij', 'rijen')} overgeslagen` : ''}.\n` +
        `Dry run: nothing was written. Without --dry-run: ${plural(preview.validRowCount, 'channel', 'channels')} imported${withProblems > 0 ? `, ${plural(withProblems, 'row', 'rows')} skipped` : ''}.`,
    );
    return 0;
  }
  const result = await call('imports.channels.commit', { ...input, skipInvalidRows: args.skipInvalid });
  io.out(
    `Geïmporteerd: ${plural(result.created, 'kanaal', 'kanalen')}, ${plural(result.organisationsCreated, 'nieuwe organisatie', 'nieuwe organisaties')}, ${plural(result.peopleCreated, 'nieuwe persoon', 'nieuwe personen')}; ${plural(result.skipped, 'rij', 'rijen')} overgeslagen. Eén ongedaan-maakstap: ${result.batchId ?? '-'}\n` +
      `Imported: ${plural(result.created, 'channel', 'channels')}, ${plural(result.organisationsCreated, 'new organisation', 'new organisations')}, ${plural(result.peopleCreated, 'new person', 'new people')}; ${plural(result.skipped, 'row', 'rows')} skipped. One undo step: ${result.batchId ?? '-'}`,
  );
  return result.created > 0 ? 0 : 1;
}

/** The adapter reads the file; the core only ever gets its bytes (as from the browser). */
function readImportBytes(file: string): Buffer {
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
      throw new CommandFailed(
        `Het bestand ${file} is ${mb(size)}; het maximum is ${mb(MAX_IMPORT_BYTES)}.`,
        `The file ${file} is ${mb(size)}; the maximum is ${mb(MAX_IMPORT_BYTES)}.`,
      );
    }
    return readFileSync(file);
  } catch (error) {
    if (error instanceof CommandFailed) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandFailed(`Het bestand ${file} bestaat niet.`, `The file ${file} does not exist.`);
    throw new CommandFailed(
      `Het bestand ${file} kan niet gelezen worden (${code ?? 'fout'}).`,
      `The file ${file} cannot be read (${code ?? 'error'}).`,
    );
  }
}

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

function formatPreview(preview: ChannelImportPreview): string[] {
  const source =
    preview.format === 'xlsx'
      ? `xlsx, blad / sheet '${preview.sheet}'${preview.sheets.length > 1 ? ` (van / of ${preview.sheets.map((s) => `'${s}'`).join(', ')})` : ''}`
      : `csv, ${preview.encoding}, scheidingsteken / separator ${preview.separator === 'tab' ? 'tab' : `'${preview.separator}'`}`;
  const lines = [`Bestand / file: ${preview.fileName} (${source})`, 'Koppeling / mapping:'];
  const width = Math.min(30, Math.max(...preview.headers.map((h) => h.header.length), 6));
  for (const { column, field, suggested } of preview.mapping) {
    const header = preview.headers[column]!;
    const target =
      field === null ? 'genegeerd / ignored' : `${FIELD_NAMES[field]}${suggested ? ' (voorgesteld / suggested)' : ''}`;
    lines.push(`  ${header.letter.padEnd(3)} ${(header.header || '(leeg / empty)').slice(0, 30).padEnd(width)} -> ${target}`);
  }
  const withProblems = preview.rowCount - preview.validRowCount;
  lines.push(
    `Rijen / rows: ${preview.rowCount}; zonder problemen / without problems: ${preview.validRowCount}; met problemen / with problems: ${withProblems}`,
  );
  if (preview.problems.length > 0) {
    lines.push('Problemen / problems:');
    for (const problem of preview.problems) lines.push(...formatProblem(problem));
  }
  lines.push(
    `Nieuwe organisaties / new organisations (${preview.newOrganisations.length}): ${preview.newOrganisations.join(', ') || '-'}`,
  );
  lines.push(`Nieuwe personen / new people (${preview.newPeople.length}): ${preview.newPeople.join(', ') || '-'}`);
  return lines;
}

function formatProblem(problem: ImportProblem): string[] {
  return [`  ${problem.message}`, `    ${problem.messageEn}`];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * `import-snapshots`: the same preview and commit the app uses, for one channel. The report
 * (format, columns used, date range, rows, starting count, problems) is printed first. A file of
 * daily gains needs a starting count: --start-count, or the register's latest count before the
 * first day, taken with --yes or after asking on a terminal. Days that already have another count
 * are refused and listed unless --keep or --replace says what to do. --dry-run writes nothing.
 */
async function importSnapshots(args: CommandArgs, call: Call, io: CliIo): Promise<number> {
  const file = args.file!;
  await call('register.open', { path: args.db });
  const input = {
    fileName: basename(file),
    contentBase64: readImportBytes(file).toString('base64'),
    channelId: args.channel!,
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
