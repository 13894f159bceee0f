import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../../shared/api/contract';
import type { ChannelRow } from '../../shared/domain/channel';
import { ALLOCATION_MODES } from '../../shared/domain/costOverview';
import { parseDayText } from '../../shared/domain/dayText';
import { CSV_TABLES, EXPORT_FORMATS, type ExportFormat } from '../../shared/domain/exportOptions';
import { createCoreHandlers } from '../core/api/coreHandlers';
import { dispatch, type AllHandlers } from '../core/api/dispatch';
import { RegisterSession } from '../core/register/registerSession';
import { loadDemoHistory } from '../core/sample/demoHistory';
import { currentActor, defaultDataDir } from '../core/settings/appSettings';
import { browserHostHandlers } from './browserHost';
import { checkRegister, makeBackup, restoreBackup, showBackups } from './cli/backupCommands';
import { asCommand, CommandFailed, type Call, type CliIo } from './cli/cliSupport';
import { importCosts, showCosts } from './cli/costCommands';
import { showReview } from './cli/reviewCommand';
import { exportFile } from './cli/exportCommand';
import { importChannels } from './cli/importChannelsCommand';
import { importSnapshots } from './cli/importSnapshotsCommand';

export type { CliIo } from './cli/cliSupport';

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
  import-costs <bestand.xlsx|.csv>
                importeer een lijst van kosten (één     import a list of costs (one undo
                ongedaan-maakstap); kanalen en          step); channels and organisations
                organisaties moeten al bestaan; toont   must exist already; shows mapping,
                koppeling, rijen en problemen           rows and problems
  costs --year <jjjj> [--to-year <jjjj>]
                toon de kosten per jaar, categorie en   show the costs by year, category
                kanaal (--json: het hele overzicht)     and channel (--json: the whole overview)
  review [--reference-date <jjjj-mm-dd>]
                toon de bevindingen van het nazicht     show the review's findings by
                per regel (--json: het hele resultaat)  rule (--json: the whole result)
  export xlsx|docx|csv --out <bestand>
                schrijf een Excel-werkmap, een Word-    write an Excel workbook, a Word
                collegenota (met de sjabloonteksten     college note (with the register's
                van het register) of een CSV-tabel      template texts) or a CSV table
  backup        maak nu een reservekopie (in de map     make a backup now (in the app's
                van de app) en toon waar ze staat       folder) and show where it is
  backups       toon de reservekopieën van een          list a register's backups, also
                register, ook als het niet meer opent   when it does not open any more
  check [--full]
                controleer het bestand (quick_check;    check the file (quick_check; --full:
                --full: integrity_check en foreign_     integrity_check and foreign_key_check)
                key_check) zonder erin te schrijven     without writing to it
  restore --backup <id> [--out <bestand>]
                zet een reservekopie terug als een      restore a backup as a new file
                nieuw bestand (nooit over een bestaand) (never over an existing one)

Opties / options:
  --db <bestand>       het registerbestand (verplicht) / the register file (required)
  --json               uitvoer als JSON / JSON output (list, costs, review, backups)
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
  --year <jjjj>        het (eerste) jaar van het overzicht (costs, verplicht) / the (first) year of the overview (required)
  --to-year <jjjj>     het laatste jaar (standaard: --year) / the last year (default: --year)
  --allocation <a>     none | equal | followers: gedeelde kosten niet, gelijk of naar volgers over de kanalen verdelen
                       / shared costs not divided, divided equally or by followers over the channels (standaard/default: none)
  --reference-date <d> de dag waarop het nazicht kijkt (review; standaard: die van het register, anders vandaag)
                       / the day the review looks from (default: the register's, else today)
  --out <bestand>      het exportbestand (export, verplicht) of het herstelde register (restore; standaard:
                       "<naam> (hersteld <datum>).sqlite" ernaast) / the export file (required) or the restored
                       register (restore; default: "<name> (hersteld <date>).sqlite" beside it)
  --backup <id>        de reservekopie om terug te zetten (restore, verplicht; zie backups) / the backup to restore
                       (restore, required; see backups)
  --full               volledige controle (check) / full check
  --view <naam>        enkel de kanalen van deze bewaarde weergave (standaard: alle) / only this saved view's channels (default: all)
  --from <datum>       begin van de periode (jjjj-mm-dd of dd/mm/jjjj; standaard: 12 maanden voor --to)
                       / start of the period (default: 12 months before --to)
  --to <datum>         einde van de periode (standaard: vandaag) / end of the period (default: today)
  --table <t>          channels | growth | costLines | costTotals: de tabel van de CSV / the CSV's table (standaard/default: channels)
  --layout <l>         wide | long: blad Groei met een kolom per datum of een rij per telling (xlsx)
                       / Groei sheet with a column per date or a row per count (default: wide)
  --tables-only        enkel de tabellen, zonder de nota (docx) / only the tables, without the note
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
  const dataDir = parsed.dataDir ?? defaultDataDir(io.env);
  const session = new RegisterSession({
    dataDir,
    actor: currentActor(),
    rememberRecent: false,
    // The backup commands make their own; every other command opening a register makes the day's first one.
    dailyBackups: !BACKUP_COMMANDS.includes(parsed.command),
  });
  const handlers: AllHandlers = { ...createCoreHandlers(session), ...browserHostHandlers };
  const call: Call = async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
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
        const demo = asCommand(() => {
          try {
            return loadDemoHistory(session.require());
          } catch (error) {
            throw session.translateError(error); // held by another instance: say who, not "readonly database"
          }
        });
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
        return await importChannels(importArgs(parsed), call, io);
      case 'import-costs':
        return await importCosts(importArgs(parsed), call, io);
      case 'import-snapshots':
        return await importSnapshots({ ...importArgs(parsed), channel: parsed.channel! }, call, io);
      case 'export':
        return await exportFile(exportArgs(parsed), call, io);
      case 'costs':
        return await showCosts(
          { db: parsed.db, fromYear: parsed.year!, toYear: parsed.toYear!, allocation: parsed.allocation, json: parsed.json },
          call,
          io,
        );
      case 'review':
        return await showReview({ db: parsed.db, referenceDate: parsed.referenceDate, json: parsed.json }, call, io);
      case 'backup':
        return await makeBackup({ db: parsed.db, dataDir }, call, io);
      case 'backups':
        return await showBackups({ db: parsed.db, json: parsed.json }, call, io);
      case 'check':
        return checkRegister({ db: parsed.db, full: parsed.full }, io);
      case 'restore':
        return await restoreBackup({ db: parsed.db, backup: parsed.backup!, out: parsed.out }, call, io);
    }
  } catch (error) {
    if (error instanceof CommandFailed) {
      io.err(`${error.messageNl}\n${error.messageEn}`);
      return 1;
    }
    throw error;
  } finally {
    // A daily backup started by the open finishes before the command returns (and the lock goes after it).
    await session.idle();
    session.close();
  }
}

const COMMANDS = [
  'init',
  'load-sample',
  'load-demo',
  'list',
  'import-channels',
  'import-snapshots',
  'import-costs',
  'costs',
  'review',
  'export',
  'backup',
  'backups',
  'check',
  'restore',
] as const;
const BACKUP_COMMANDS: readonly string[] = ['backup', 'backups', 'check', 'restore'];
const IMPORTS: readonly string[] = ['import-channels', 'import-snapshots', 'import-costs'];
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
        year: { type: 'string' },
        'to-year': { type: 'string' },
        allocation: { type: 'string' },
        out: { type: 'string' },
        view: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        table: { type: 'string' },
        layout: { type: 'string' },
        'tables-only': { type: 'boolean' },
        'reference-date': { type: 'string' },
        backup: { type: 'string' },
        full: { type: 'boolean' },
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
  const importing = IMPORTS.includes(command);
  if (importing && rest.length === 0) throw new UsageError('Geef het bestand om te importeren / give the file to import.');
  const exporting = command === 'export' ? exportOptions(rest[0], values) : null;
  const stray = importing || exporting ? rest.slice(1) : rest;
  if (stray.length > 0) throw new UsageError(`Onverwachte argumenten / unexpected arguments: ${stray.join(' ')}`);
  if (!values.db) throw new UsageError('--db <bestand> ontbreekt / --db <file> is required.');
  if (values.json && !['list', 'costs', 'review', 'backups'].includes(command))
    throw new UsageError('--json hoort bij list, costs, review en backups / --json goes with list, costs, review and backups.');
  if (command === 'restore' && values.backup === undefined)
    throw new UsageError('--backup <id> ontbreekt (zie `backups`) / --backup <id> is required (see `backups`).');
  for (const [option, commands] of Object.entries(OPTION_COMMANDS) as Array<[keyof typeof OPTION_COMMANDS, readonly string[]]>) {
    if (values[option] !== undefined && !commands.includes(command)) {
      throw new UsageError(`--${option} hoort bij ${commands.join(', ')} / --${option} goes with ${commands.join(', ')}.`);
    }
  }
  const snapshots = command === 'import-snapshots' ? snapshotOptions(values) : null;
  const years = command === 'costs' ? costYears(values) : null;
  const referenceDate = values['reference-date'] === undefined ? undefined : parseDayText(values['reference-date']);
  if (referenceDate === null)
    throw new UsageError(
      `--reference-date moet een datum zijn (jjjj-mm-dd of dd/mm/jjjj) / must be a date: ${values['reference-date']}`,
    );
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
    year: years?.from,
    toYear: years?.to,
    allocation: oneOf(ALLOCATION_MODES, values.allocation, '--allocation'),
    export: exporting,
    referenceDate,
    backup: values.backup,
    full: values.full === true,
    out: command === 'restore' && values.out !== undefined ? resolve(values.out) : undefined,
  };
}

/** Options that go with some commands only; the rest go with every command. */
const OPTION_COMMANDS = {
  'dry-run': ['import-channels', 'import-snapshots', 'import-costs'],
  'skip-invalid': ['import-channels', 'import-costs'],
  sheet: ['import-channels', 'import-costs'],
  encoding: ['import-channels', 'import-costs'],
  separator: ['import-channels', 'import-costs'],
  channel: ['import-snapshots'],
  'start-count': ['import-snapshots'],
  yes: ['import-snapshots'],
  keep: ['import-snapshots'],
  replace: ['import-snapshots'],
  year: ['costs'],
  'to-year': ['costs'],
  allocation: ['costs'],
  out: ['export', 'restore'],
  view: ['export'],
  from: ['export'],
  to: ['export'],
  table: ['export'],
  layout: ['export'],
  'tables-only': ['export'],
  'reference-date': ['review'],
  backup: ['restore'],
  full: ['check'],
} as const;

/** The format (xlsx, docx, csv), --out, the period as ISO dates, and the options of that format only. */
function exportOptions(
  format: string | undefined,
  values: { out?: string; view?: string; from?: string; to?: string; table?: string; layout?: string; 'tables-only'?: boolean },
) {
  if (format === undefined || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Geef het formaat: ${EXPORT_FORMATS.join(', ')} / give the format: ${EXPORT_FORMATS.join(', ')}.`);
  }
  if (values.out === undefined) throw new UsageError('--out <bestand> ontbreekt / --out <file> is required.');
  const only = (option: string, given: unknown, formatOfOption: ExportFormat) => {
    if (given !== undefined && format !== formatOfOption) {
      throw new UsageError(`${option} hoort bij export ${formatOfOption} / ${option} goes with export ${formatOfOption}.`);
    }
  };
  only('--table', values.table, 'csv');
  only('--layout', values.layout, 'xlsx');
  only('--tables-only', values['tables-only'], 'docx');
  const day = (option: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const iso = parseDayText(text);
    if (iso === null) throw new UsageError(`${option} moet een datum zijn (jjjj-mm-dd of dd/mm/jjjj) / must be a date: ${text}`);
    return iso;
  };
  const from = day('--from', values.from);
  const to = day('--to', values.to);
  if (from !== undefined && to !== undefined && to < from) {
    throw new UsageError(`--to ligt vóór --from / --to is before --from: ${values.to} < ${values.from}`);
  }
  return {
    format: format as ExportFormat,
    out: resolve(values.out),
    view: values.view,
    from,
    to,
    table: oneOf(CSV_TABLES, values.table, '--table'),
    layout: oneOf(['wide', 'long'] as const, values.layout, '--layout'),
    tablesOnly: values['tables-only'] === true,
  };
}

/** --year (required) and --to-year (default: the same year), whole years, the second not before the first. */
function costYears(values: { year?: string; 'to-year'?: string }) {
  if (values.year === undefined) throw new UsageError('--year <jjjj> ontbreekt / --year <yyyy> is required.');
  const year = (option: string, text: string) => {
    if (!/^\d{4}$/.test(text)) throw new UsageError(`${option} moet een jaar zijn (jjjj) / must be a year (yyyy): ${text}`);
    return Number(text);
  };
  const from = year('--year', values.year);
  const to = values['to-year'] === undefined ? from : year('--to-year', values['to-year']);
  if (to < from) throw new UsageError(`--to-year ligt vóór --year / --to-year is before --year: ${to} < ${from}`);
  return { from, to };
}

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

function importArgs(args: CommandArgs) {
  return { ...args, file: args.file! };
}

function exportArgs(args: CommandArgs) {
  return { db: args.db, ...args.export! };
}
