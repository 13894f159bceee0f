// `npm start`: the desktop app where Electron can run, otherwise browser mode with one line
// saying why. On first start Electron's binary is fetched (Electron >= 45 has no install
// script) and better-sqlite3 is built for Electron's ABI into .electron-native/, leaving the
// Node build in node_modules that the tests and the CLI use untouched.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', timeout: 10 * 60_000, ...options });
}

/** The line of a failed command that says what went wrong (not a stack frame). */
function lastLine(result) {
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.split('\n').map((l) => l.trim());
  const message =
    lines.find((l) => l && !l.startsWith('at ')) ?? (result.error ? String(result.error.message) : `exit ${result.status}`);
  return message.slice(0, 200);
}

function build() {
  const result = run(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Returns null when Electron can be started, or the reason it cannot. */
function prepareElectron() {
  if (process.env.KANALENREGISTER_BROWSER === '1') return 'KANALENREGISTER_BROWSER=1 is gezet / is set';
  const electronDir = dirname(require.resolve('electron/package.json'));
  const install = run(process.execPath, [join(electronDir, 'install.js')], { timeout: 5 * 60_000 });
  if (install.status !== 0) {
    return `de Electron-binary kon niet gedownload worden / the Electron binary could not be downloaded (${lastLine(install)})`;
  }
  const nativeProblem = buildNativeForElectron(require('electron/package.json').version);
  if (nativeProblem) return nativeProblem;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'geen grafische omgeving (DISPLAY) / no graphical display (DISPLAY)';
  }
  return null;
}

function buildNativeForElectron(electronVersion) {
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
  const outDir = join(root, '.electron-native');
  const binary = join(outDir, 'better_sqlite3.node');
  const stamp = join(outDir, 'stamp.json');
  const wanted = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return null;

  const work = join(outDir, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(sqliteDir, work, { recursive: true, filter: (source) => !source.includes(`${join(sqliteDir, 'build')}`) });
  const prebuild = run(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--arch',
      process.arch,
      '--platform',
      process.platform,
    ],
    { cwd: work },
  );
  if (prebuild.status !== 0) {
    let nodeGyp;
    try {
      nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    } catch {
      return `geen Electron-build van better-sqlite3 te krijgen / no Electron build of better-sqlite3 available (${lastLine(prebuild)})`;
    }
    const gyp = run(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work },
    );
    if (gyp.status !== 0) {
      return `better-sqlite3 kon niet voor Electron gebouwd worden / could not be built for Electron (${lastLine(gyp)})`;
    }
  }
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
  writeFileSync(stamp, wanted);
  rmSync(work, { recursive: true, force: true });
  return null;
}

function startBrowserMode(reason) {
  if (reason) console.log(`Electron start niet: ${reason}. Kanalenregister opent in browsermodus.`);
  const child = spawn(process.execPath, [join(root, 'dist/main/browserMain.cjs'), ...args.filter((a) => a !== '--browser')], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function startElectron() {
  const electronBinary = require('electron');
  const started = Date.now();
  const child = spawn(electronBinary, [root, ...args], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  child.on('exit', (code) => {
    // A crash within seconds is a host that cannot run Electron (missing libraries, no GPU
    // stack): fall back rather than leave the user with nothing.
    if (code !== 0 && Date.now() - started < 10_000) {
      startBrowserMode(
        `Electron stopte meteen / Electron exited at once (${stderr.trim().split('\n').at(-1) ?? `exit ${code}`})`,
      );
      return;
    }
    process.exit(code ?? 0);
  });
}

build();
if (args.includes('--browser')) {
  startBrowserMode(null);
} else {
  const reason = prepareElectron();
  if (reason) startBrowserMode(reason);
  else startElectron();
}
