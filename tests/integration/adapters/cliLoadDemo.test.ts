import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../../src-main/adapters/cli';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

async function cli(args: string[], dataDir = tempDir()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dataDir], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kanalenregister load-demo', () => {
  it('adds made-up history to the sample; list --json still shows the real 2014 counts', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    expect((await cli(['load-sample', '--db', db])).code).toBe(0);

    const demo = await cli(['load-demo', '--db', db]);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/Verzonnen geschiedenis toegevoegd: \d+ tellingen voor 24 kanalen, 2012-01-01 – 2014-09-01/);
    expect(demo.out).toContain('The register is now marked fictitious.');

    const list = await cli(['list', '--db', db, '--json']);
    const rows = JSON.parse(list.out) as Array<{ handle: string | null; latestCount: number | null; latestDate: string | null }>;
    expect(rows.find((r) => r.handle === '@StadMechelen')).toMatchObject({ latestCount: 2780, latestDate: '2014-09-02' });
  });

  it('refuses a second time with exit code 1, and a file that is not there', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    await cli(['load-sample', '--db', db]);
    await cli(['load-demo', '--db', db]);
    const again = await cli(['load-demo', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('al demonstratiegegevens');
    expect(again.err).toContain('already holds demonstration data');

    const missing = await cli(['load-demo', '--db', join(tempDir(), 'weg.sqlite')]);
    expect(missing.code).toBe(1);
  });

  it('is in the usage, needs --db and takes no other arguments', async () => {
    expect(USAGE).toContain('load-demo');
    expect((await cli(['load-demo'])).code).toBe(2);
    expect((await cli(['load-demo', 'extra', '--db', join(tempDir(), 'x.sqlite')])).code).toBe(2);
    expect((await cli(['load-demo', '--json', '--db', join(tempDir(), 'x.sqlite')])).code).toBe(2);
  });
});
