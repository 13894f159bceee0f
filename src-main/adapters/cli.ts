import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../../shared/api/contract';
import type { ChannelRow } from '../../shared/domain/channel';
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

Opties / options:
  --db <bestand>       het registerbestand (verplicht) / the register file (required)
  --json               uitvoer als JSON / JSON output (list)
  --data-dir <map>     map voor instellingen en apparaat-id / settings folder
  -h, --help           deze hulp / this help`;

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

const COMMANDS = ['init', 'load-sample', 'list'] as const;

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
  if (rest.length > 0) throw new UsageError(`Onverwachte argumenten / unexpected arguments: ${rest.join(' ')}`);
  if (!values.db) throw new UsageError('--db <bestand> ontbreekt / --db <file> is required.');
  if (values.json && command !== 'list') throw new UsageError('--json hoort bij list / --json goes with list.');
  return {
    help: false as const,
    command: command as (typeof COMMANDS)[number],
    db: resolve(values.db),
    json: values.json === true,
    dataDir: values['data-dir'],
  };
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
