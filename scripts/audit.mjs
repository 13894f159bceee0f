// Dependency hygiene: `npm audit --omit=dev` over what the app ships. Every advisory it reports
// must be explained in SECURITY.md (its GHSA id, or npm's advisory number, written there with why
// it does or does not matter); an unexplained one fails. When the audit endpoint cannot be
// reached (offline, or a registry mirror that answers 405 as on the build machine), it says so
// and does not fail: that is not a clean audit, and the line says that too.
//
//   node scripts/audit.mjs                  runs npm audit --omit=dev --json
//   node scripts/audit.mjs --report a.json  judges a saved report instead (CI artefacts, tests)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { report: { type: 'string' }, security: { type: 'string' } } });
const securityPath = values.security ?? join(root, 'SECURITY.md');

function npmAudit() {
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    : spawnSync('npm', ['audit', '--omit=dev', '--json'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        shell: process.platform === 'win32',
      });
  return { text: result.stdout ?? '', failure: result.error ? String(result.error.message) : (result.stderr ?? '').trim() };
}

const { text, failure } = values.report ? { text: readFileSync(values.report, 'utf8'), failure: '' } : npmAudit();

let report;
try {
  report = JSON.parse(text);
} catch {
  report = null;
}

// No vulnerabilities object. Only an endpoint that cannot be reached (no network, or a mirror that
// refuses the advisory API) is "not checked"; anything else (no output, npm missing, a broken
// lockfile) fails, so a broken audit never passes for a clean one.
if (!report || typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
  const reason = String(
    report?.message ?? report?.error?.summary ?? report?.error?.code ?? (failure.split('\n').find(Boolean) || 'no answer'),
  );
  const code = String(report?.error?.code ?? report?.code ?? '');
  const unreachable =
    [403, 404, 405, 502, 503, 504].includes(Number(report?.statusCode)) ||
    /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)$/.test(code);
  if (unreachable) {
    console.log(`npm audit: audit endpoint unreachable (${reason.slice(0, 200)}); dependencies NOT checked this run.`);
    process.exit(0);
  }
  console.error(`npm audit --omit=dev gave no report (${reason.slice(0, 200)}): the audit did not run.`);
  process.exit(1);
}

/** One line per advisory (not per package that depends on it): the id, the package, how bad. */
const advisories = new Map();
for (const vulnerability of Object.values(report.vulnerabilities)) {
  for (const via of vulnerability.via ?? []) {
    if (typeof via !== 'object' || via === null) continue; // a package that depends on another vulnerable one
    const ghsa = /GHSA(-[0-9a-z]{4}){3}/i.exec(via.url ?? '')?.[0];
    const id = ghsa ?? `npm advisory ${via.source}`;
    advisories.set(id, {
      id,
      name: via.name ?? vulnerability.name,
      severity: via.severity,
      title: via.title,
      url: via.url,
      key: ghsa ?? String(via.source),
    });
  }
}

// Only the "Known advisories" section explains an advisory (an id elsewhere in the file does not).
const security = readFileSync(securityPath, 'utf8');
const knownStart = security.search(/^#+ Known advisories/m);
const known = knownStart < 0 ? '' : security.slice(knownStart);
const unexplained = [...advisories.values()].filter((advisory) => !new RegExp(`\\b${advisory.key}\\b`).test(known));
for (const advisory of advisories.values()) {
  const state = unexplained.includes(advisory) ? 'NOT EXPLAINED' : 'explained in SECURITY.md';
  console.log(`  ${advisory.id}  ${advisory.name}  ${advisory.severity}  ${advisory.title ?? ''}  (${state})`);
}
if (unexplained.length > 0) {
  console.error(
    `npm audit --omit=dev: ${unexplained.length} advisory/advisories not explained in SECURITY.md. ` +
      'Update the package, or add the id to SECURITY.md ("Known advisories") with why it does not matter here.',
  );
  process.exit(1);
}
console.log(
  advisories.size === 0
    ? 'npm audit --omit=dev: no advisories.'
    : `npm audit --omit=dev: ${advisories.size} advisory/advisories, each explained in SECURITY.md.`,
);
