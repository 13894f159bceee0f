import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../../shared/api/contract';
import type { ChannelRow } from '../../shared/domain/channel';
import {
  MAX_IMPORT_BYTES,
  type ChannelImportPreview,
  type ImportField,
  type ImportProblem,
} from '../../shared/domain/channelImport';
import { createCoreHandlers } from '../core/api/coreHandlers';
import { dispatch, type AllHandlers } from '../core/api/dispatch';
import { RegisterSession } from '../core/register/registerSession';
import { currentActor, defaultDataDir } from '../core/settings/appSettings';
import { browserHostHandlers } from './browserHost';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

export const USAGE = `Gebruik / usage: kanalenregister <opdracht> --db <bestand> [opties]

Opdrachten / commands:
  init          maak een nieuw, leeg register          create a new, empty register
  load-sample   maak een register met het voorbeeld    create a register holding the
                van Mechelen (2014)                     2014 Mechelen sample
  list          toon de kanalen (--json: als JSON)     list the channels (--json: as JSON)
  import-channels <bestand.xlsx|.csv>
                importeer een kanalenlijst in een       import a channel list into an
                bestaand register (één ongedaan-        existing register (one undo
                maakstap); toont koppeling, rijen en    step); shows mapping, rows and
                problemen per blad, rij en kolom        problems by sheet, row, column

Opties / options:
  --db <bestand>       het registerbestand (verplicht) / the register file (required)
  --json               uitvoer als JSON / JSON output (list)
  --dry-run            toon wat er zou gebeuren, schrijf niets / show what would happen, write nothing
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

class CommandFailed extends Error {
  constructor(
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

const COMMANDS = ['init', 'load-sample', 'list', 'import-channels'] as const;
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
  const importing = command === 'import-channels';
  if (importing && rest.length === 0) throw new UsageError('Geef het bestand om te importeren / give the file to import.');
  const stray = importing ? rest.slice(1) : rest;
  if (stray.length > 0) throw new UsageError(`Onverwachte argumenten / unexpected arguments: ${stray.join(' ')}`);
  if (!values.db) throw new UsageError('--db <bestand> ontbreekt / --db <file> is required.');
  if (values.json && command !== 'list') throw new UsageError('--json hoort bij list / --json goes with list.');
  for (const option of ['dry-run', 'skip-invalid', 'sheet', 'encoding', 'separator'] as const) {
    if (values[option] !== undefined && !importing) {
      throw new UsageError(`--${option} hoort bij import-channels / --${option} goes with import-channels.`);
    }
  }
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
