import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bundleScript } from '../helpers/bundleScript';

const ROOT = join(__dirname, '..', '..');

export interface ChildResult {
  outcome: 'clean' | 'problems' | 'refused' | 'crash';
  code?: string | number;
  reason?: string | null;
  nl?: string;
  en?: string;
  out?: string;
  err?: string;
  error?: string;
  ms: number;
  peakRssMb: number;
}

/**
 * Bundles hostileImportChild.ts once (as scripts/run-ts.mjs does: esbuild, packages external,
 * written inside the repository so require() finds node_modules) and returns the bundle's path.
 */
export async function bundleChild(outDir: string): Promise<string> {
  return bundleScript(join(__dirname, 'hostileImportChild.ts'), join(outDir, 'hostileImportChild.cjs'));
}

/** Runs one import in a child process and returns what it printed (its outcome and its peak RSS). */
export function runChild(
  bundle: string,
  mode: 'core' | 'cli',
  kind: string,
  file: string,
  workDir: string,
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, mode, kind, file, workDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as ChildResult);
      } catch {
        reject(new Error(`the child printed no result: ${stdout.slice(0, 500)} ${stderr.slice(0, 2000)}`));
      }
    });
  });
}
