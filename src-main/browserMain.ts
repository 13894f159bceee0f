import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCoreHandlers } from './core/api/coreHandlers';
import { RegisterSession } from './core/register/registerSession';
import { currentActor, defaultDataDir } from './core/settings/appSettings';
import { browserHostHandlers } from './adapters/browserHost';
import { startHttpAdapter } from './adapters/http';

/**
 * Browser mode: the core behind a loopback HTTP server with a per-run token. Used by the
 * end-to-end tests and as the fallback when Electron cannot start.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      db: { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ongeldige poort / invalid port: ${values.port}`);
    process.exit(2);
  }
  const session = new RegisterSession({ dataDir: values['data-dir'] ?? defaultDataDir(), actor: currentActor() });
  if (values.db) {
    try {
      await session.open(values.db);
    } catch {
      // The page shows the problem (session.state().problem) and offers to open another file.
    }
  } else {
    await session.startup();
  }
  const token = randomBytes(24).toString('base64url');
  const { server, url } = await startHttpAdapter({
    handlers: { ...createCoreHandlers(session), ...browserHostHandlers },
    token,
    rendererDir: join(__dirname, '..', 'renderer'),
    port,
    dataDir: session.settings.dataDir,
  });
  console.log(`Kanalenregister draait in browsermodus / runs in browser mode: ${url}#token=${token}`);
  const stop = () => {
    server.close();
    session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
