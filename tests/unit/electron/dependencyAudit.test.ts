import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/audit.mjs judges `npm audit --omit=dev --json`. The endpoint does not answer on the build
 * machine, so the verdicts are checked on saved reports in npm's own format (auditReportVersion 2).
 */
const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'audit.mjs');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kanalenregister-audit-'));
  writeFileSync(
    join(dir, 'SECURITY.md'),
    '# Security\n\n## Known advisories\n\n- GHSA-52f5-9888-hmc6 (tmp): only the test suite writes temp files through it.\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function judge(report: unknown) {
  const file = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
  const result = spawnSync(process.execPath, [SCRIPT, '--report', file, '--security', join(dir, 'SECURITY.md')], {
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function advisory(name: string, ghsa: string, source: number) {
  return {
    name,
    severity: 'low',
    isDirect: false,
    via: [
      {
        source,
        name,
        dependency: name,
        title: `Problem in ${name}`,
        url: `https://github.com/advisories/${ghsa}`,
        severity: 'low',
        range: '<9',
      },
    ],
    effects: ['exceljs'],
    range: '<9',
    nodes: [`node_modules/${name}`],
    fixAvailable: false,
  };
}

describe('scripts/audit.mjs', () => {
  it('says "audit endpoint unreachable" and does not fail when the registry answers 405 or cannot be reached', () => {
    const mirror = judge({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(mirror.status).toBe(0);
    expect(mirror.out).toMatch(/audit endpoint unreachable \(405 Method Not Allowed/);
    expect(mirror.out).toMatch(/NOT checked/);
    const offline = judge({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed', detail: '' } });
    expect(offline).toMatchObject({ status: 0 });
    expect(offline.out).toMatch(/audit endpoint unreachable \(request to https:\/\/registry\.npmjs\.org failed\)/);
  });

  it('fails when npm gave no report at all, or one it cannot read: that is not an unreachable endpoint', () => {
    const empty = judge('');
    expect(empty.status).toBe(1);
    expect(empty.out).toMatch(/gave no report/);
    expect(judge({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }).status).toBe(1);
  });

  it('passes a clean report', () => {
    const clean = judge({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} });
    expect(clean).toMatchObject({ status: 0 });
    expect(clean.out).toMatch(/no advisories/);
  });

  it('fails on an advisory SECURITY.md does not explain, and names it', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        'brace-expansion': advisory('brace-expansion', 'GHSA-v6h2-p8h4-qcjw', 1105443),
        // A package that is only listed because it depends on the vulnerable one.
        minimatch: {
          name: 'minimatch',
          severity: 'low',
          via: ['brace-expansion'],
          effects: [],
          range: '*',
          nodes: [],
          fixAvailable: true,
        },
      },
    };
    const result = judge(report);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/GHSA-v6h2-p8h4-qcjw\s+brace-expansion\s+low .*NOT EXPLAINED/);
    expect(result.out).toMatch(/1 advisory\/advisories not explained in SECURITY\.md/);
  });

  it('passes when every advisory is explained in SECURITY.md', () => {
    const result = judge({ auditReportVersion: 2, vulnerabilities: { tmp: advisory('tmp', 'GHSA-52f5-9888-hmc6', 1101163) } });
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/GHSA-52f5-9888-hmc6\s+tmp .*explained in SECURITY\.md/);
    expect(result.out).toMatch(/1 advisory\/advisories, each explained/);
  });
});
