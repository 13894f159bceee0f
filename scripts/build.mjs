// Builds everything the app runs from: the renderer (Vite) and the Node/Electron entry points
// (esbuild, CommonJS, node_modules left external so better-sqlite3 loads its native binary).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');

await viteBuild({ configFile: join(root, 'vite.config.mts'), logLevel: quiet ? 'warn' : 'info' });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  logLevel: quiet ? 'warning' : 'info',
};
await esbuild({
  ...common,
  entryPoints: {
    electronMain: join(root, 'src-main/electron/main.ts'),
    preload: join(root, 'src-main/electron/preload.ts'),
    browserMain: join(root, 'src-main/browserMain.ts'),
    cli: join(root, 'src-main/cliMain.ts'),
    // Exports run in a worker thread of the app (src-main/core/exports/runExportInWorker.ts).
    exportWorker: join(root, 'src-main/core/exports/exportWorker.ts'),
  },
  outdir: join(root, 'dist/main'),
  outExtension: { '.js': '.cjs' },
  external: ['electron'],
});
