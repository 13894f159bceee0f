import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewResult } from '../../../shared/domain/review';
import { runCli } from '../../../src-main/adapters/cli';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

async function cli(args: string[], dataDir = tempDir()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dataDir], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sampleFile(): Promise<string> {
  const db = join(tempDir(), 'mechelen.sqlite');
  expect((await cli(['load-sample', '--db', db])).code).toBe(0);
  return db;
}

describe('kanalenregister review', () => {
  it('--json prints the review of the sample as of the college meeting', async () => {
    const db = await sampleFile();
    const result = await cli(['review', '--db', db, '--json']);
    expect(result.code).toBe(0);
    const review = JSON.parse(result.out) as ReviewResult;
    expect(review.referenceDate).toBe('2014-09-05');
    expect(review.findings.filter((f) => f.rule === 'defunct_platform')).toHaveLength(7);
    expect(review.findings.find((f) => f.rule === 'own_domain' && f.channels[0]!.name === 'Maanrock.be')).toBeDefined();
    expect(review.rules.find((r) => r.rule === 'finished_event')!.policyQuote).toContain('kleiner dan 25 leden');
  });

  it('prints the findings grouped by rule, and takes another reference date', async () => {
    const db = await sampleFile();
    const result = await cli(['review', '--db', db, '--reference-date', '01/01/2016']);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^Nazicht \/ review op \/ as of 2016-01-01: \d+ bevindingen \/ findings$/);
    expect(lines).toContain('Platform bestaat niet meer / Platform no longer exists (7)');
    expect(lines).toContain('  Maanrock.be (Website): Eigen domeinnaam maanrock.be in plaats van mechelen.be/trefwoord.');
  });

  it('refuses a reference date that is no date, with the usage (exit 2)', async () => {
    const db = await sampleFile();
    const result = await cli(['review', '--db', db, '--reference-date', '31/02/2014']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--reference-date moet een datum zijn/);
    expect((await cli(['list', '--db', db, '--reference-date', '2014-09-05'])).code).toBe(2);
  });
});
