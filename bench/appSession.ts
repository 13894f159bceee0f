// The app as its adapters use it: one RegisterSession, the core's handlers, every call through
// dispatch (input validated against the contract, errors turned into values), as browser mode
// and Electron do. A refused call throws here, so a case never times an error answer.
import { mkdirSync } from 'node:fs';
import type { CoreMethod, Input, Output } from '../shared/api/contract';
import { dispatch, type AllHandlers } from '../src-main/core/api/dispatch';
import { createCoreHandlers } from '../src-main/core/api/coreHandlers';
import { RegisterSession } from '../src-main/core/register/registerSession';

export interface AppSession {
  session: RegisterSession;
  call<M extends CoreMethod>(method: M, input: Input<M>): Promise<Output<M>>;
  close(): void;
}

export function newAppSession(dataDir: string): AppSession {
  mkdirSync(dataDir, { recursive: true });
  // No daily backup: it copies the whole register in the background, on the first open of each
  // (fresh) data folder, and would run beside the measurements; the cases measure steady use.
  const session = new RegisterSession({ dataDir, actor: 'bench', rememberRecent: false, dailyBackups: false });
  const handlers = createCoreHandlers(session) as unknown as AllHandlers;
  return {
    session,
    async call(method, input) {
      const result = await dispatch(handlers, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.messageEn} (${result.error.code})`);
      return result.value as never;
    },
    close: () => session.close(),
  };
}

/** A session with `registerPath` open (through the API, as the app opens a file). */
export async function openAppSession(dataDir: string, registerPath: string): Promise<AppSession> {
  const app = newAppSession(dataDir);
  await app.call('register.open', { path: registerPath } as Input<'register.open'>);
  return app;
}
