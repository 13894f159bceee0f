// Runs a TypeScript script of this repository with Node: bundles it with esbuild (as the app
// build does) into a temporary file and runs that. `node scripts/run-ts.mjs <file.ts> [args]`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args]');
  process.exit(2);
}
// Inside the repository, so the bundle's require() calls find node_modules.
const cache = resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'kanalenregister-run-'));
const outfile = join(dir, 'script.cjs');
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit', cwd: process.cwd() });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
