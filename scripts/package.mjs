// `npm run package`: installers via electron-builder (needs internet for Electron and its
// headers). electron-builder rebuilds better-sqlite3 for Electron in node_modules; afterwards
// it is rebuilt for Node so `npm test` and the CLI keep working in the same checkout.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const step = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
};

let status = step(npm, ['run', 'build']);
if (status === 0) status = step(npx, ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
const restore = step(npm, ['rebuild', 'better-sqlite3']);
process.exit(status || restore);
