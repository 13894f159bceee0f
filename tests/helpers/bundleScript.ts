import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry into one CommonJS file for a child process, as scripts/run-ts.mjs does
 * (npm packages stay external). `outfile` must lie inside the repository (node_modules/.cache), so
 * the bundle's require() calls find node_modules.
 */
export async function bundleScript(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
