// A second process holding a register, for registerLock.test.ts: opens the register through a
// RegisterSession, prints "open <pid>", and then either waits to be killed or, on "exit" on
// stdin, leaves with process.exit() without closing the session (the exit hook must remove the lock).
import { RegisterSession } from '../../../src-main/core/register/registerSession';

async function main() {
  const [path, dataDir] = process.argv.slice(2);
  const session = new RegisterSession({ dataDir: dataDir!, actor: 'kind-proces', rememberRecent: false, dailyBackups: false });
  const info = await session.open(path!);
  process.stdout.write(`open ${process.pid} ${info.access}\n`);
  process.stdin.on('data', (chunk) => {
    if (String(chunk).includes('exit')) process.exit(0);
  });
  setInterval(() => undefined, 1000);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
