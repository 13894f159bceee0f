/**
 * Runs one import of one file in its own process, so its peak memory can be measured alone:
 * bundled by tests/stress/hostileChild.ts and started by hostileImports.test.ts.
 *
 *   node child.cjs <core|cli> <channels|snapshots|costs> <file> <work dir>
 *
 * core: reads the file and calls the import's preview (the app's path); cli: runs the command
 * line's import command on the file path (the adapter that reads files). Prints one JSON line:
 * the outcome, the refusal's reason and messages, the time and the process's peak RSS.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli } from '../../src-main/adapters/cli';
import { DomainError } from '../../src-main/core/errors';
import { ChannelImportService } from '../../src-main/core/imports/channelImportService';
import { CostImportService } from '../../src-main/core/imports/costImportService';
import { Register } from '../../src-main/core/register/register';
import { SnapshotImportService } from '../../src-main/core/snapshotImports/snapshotImportService';

const [mode, kind, file, dir] = process.argv.slice(2) as [string, string, string, string];

async function main(): Promise<void> {
  const path = join(dir, `register-${process.pid}.sqlite`);
  const register = Register.create(path, { deviceId: '00000000-0000-4000-8000-000000000001', actor: 'stress' });
  const channelId = register.channels.create({ kind: 'social', platform: 'facebook', name: 'Stad Mechelen' }).id;
  const started = performance.now();
  let result: Record<string, unknown>;
  if (mode === 'cli') {
    register.close();
    const command = { channels: 'import-channels', snapshots: 'import-snapshots', costs: 'import-costs' }[kind]!;
    const out: string[] = [];
    const err: string[] = [];
    const extra = kind === 'snapshots' ? ['--channel', channelId] : [];
    const code = await runCli(
      [command, file, '--db', path, '--dry-run', '--data-dir', join(dir, `data-${process.pid}`), ...extra],
      {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        env: {},
      },
    );
    result = {
      outcome: code === 0 ? 'clean' : 'refused',
      code,
      out: out.join('\n').slice(0, 2000),
      err: err.join('\n').slice(0, 2000),
    };
  } else {
    const input = { fileName: basename(file), contentBase64: readFileSync(file).toString('base64') };
    const service =
      kind === 'channels'
        ? new ChannelImportService(() => register)
        : kind === 'costs'
          ? new CostImportService(() => register)
          : new SnapshotImportService(() => register);
    try {
      const preview = (await service.preview(input)) as { problems: unknown[]; rowCount: number };
      result = { outcome: preview.problems.length > 0 ? 'problems' : 'clean', rowCount: preview.rowCount };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result = {
        outcome: 'refused',
        code: error.code,
        reason: (error.details as { reason?: string } | undefined)?.reason ?? null,
        nl: error.messageNl,
        en: error.messageEn,
      };
    }
    register.close();
  }
  const ms = Math.round(performance.now() - started);
  // resourceUsage().maxRSS is in kilobytes: the process's peak, whatever was freed since.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...result, ms, peakRssMb })}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ outcome: 'crash', error: String(error) })}\n`);
  process.exitCode = 2;
});
