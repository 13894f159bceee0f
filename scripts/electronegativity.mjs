// `npm run security`: Doyensec's Electronegativity over the app's sources, and every finding must
// be justified in security/electronegativity.json (check + file + reason). A new finding, a
// finding in another file, or a justification that no longer matches anything fails the run.
//
// The sources (src-main, src-renderer, shared, package.json) are copied to a temp folder first
// so the scan sees exactly them (not tests with fake Electron modules, not dist/ bundles) and
// reports paths relative to the repository. The full report is written as SARIF beside it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const JUSTIFICATIONS = join(root, 'security', 'electronegativity.json');
const SCANNED = ['src-main', 'src-renderer', 'shared', 'package.json'];
/** The Electron version the app is built with (package.json devDependencies, resolved). */
const ELECTRON_VERSION = require('electron/package.json').version;

const started = Date.now();
const config = JSON.parse(readFileSync(JUSTIFICATIONS, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'kanalenregister-electronegativity-'));
const input = join(work, 'app');
/** The full report (SARIF), kept after the run for a CI artefact or a closer look. */
const report = join(tmpdir(), 'kanalenregister-electronegativity.sarif');
rmSync(report, { force: true });
for (const entry of SCANNED) {
  cpSync(join(root, entry), join(input, entry), { recursive: true, filter: (source) => !source.endsWith('.map') });
}

/** How many files the scan reads (what Electronegativity's loader picks: sources, pages, package.json). */
const scannedFiles = readdirSync(input, { recursive: true }).filter((name) =>
  /\.(js|jsx|ts|tsx|html?)$|package\.json$/.test(name),
).length;

// Its messages come from a translation fetched over the internet (1 s timeout); offline it says
// "Could not retrieve updated translations" and uses the English ones it ships.
process.env.LANG = 'en-US';
const run = require('@doyensec/electronegativity');
let result;
try {
  result = await run({
    input,
    output: report,
    isSarif: true,
    customScan: [],
    excludeFromScan: config.excludedChecks.map((excluded) => excluded.check),
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
  });
} catch (error) {
  console.error(`Electronegativity kon niet draaien / could not run: ${error.message}`);
  process.exit(1);
}

rmSync(work, { recursive: true, force: true });
await reportWritten();

const problems = [];
for (const error of result.errors) {
  // A file it cannot parse is a file it did not check.
  if (!error.tolerable) problems.push(`cannot parse ${relative(input, error.file)}: ${error.message}`);
}

const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file.split('\\').join('/'),
  line: issue.location?.line ?? 0,
  severity: issue.severity?.name ?? String(issue.severity),
  confidence: issue.confidence?.name ?? String(issue.confidence),
  description: issue.description,
}));
const used = new Set();
// Each justification covers a fixed number of findings (`count`, default 1): a second openExternal
// or preload in the same file is a new finding to review, not one already justified.
const matched = new Map();
for (const finding of findings) {
  const index = config.findings.findIndex((entry) => entry.check === finding.check && entry.file === finding.file);
  if (index === -1) {
    problems.push(
      `not justified: ${finding.check} in ${finding.file}:${finding.line} (${finding.severity}, ${finding.confidence}) — ${finding.description}`,
    );
  } else {
    used.add(index);
    matched.set(index, (matched.get(index) ?? 0) + 1);
  }
}
config.findings.forEach((entry, index) => {
  if (!entry.reason || entry.reason.trim().length < 20)
    problems.push(`justification without a real reason: ${entry.check} in ${entry.file}`);
  if (!used.has(index)) problems.push(`stale justification (no such finding any more): ${entry.check} in ${entry.file}`);
  else if (matched.get(index) !== (entry.count ?? 1))
    problems.push(
      `${entry.check} in ${entry.file}: ${matched.get(index)} finding(s), the justification covers ${entry.count ?? 1}; review the new one(s)`,
    );
});

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `Electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${ELECTRON_VERSION}, ` +
    `${result.globalChecks + result.atomicChecks} checks over ${scannedFiles} files, excluded: ${config.excludedChecks.map((e) => e.check).join(', ') || 'none'}): ` +
    `${findings.length} finding(s), ${used.size} justified in security/electronegativity.json, ${seconds} s.`,
);
for (const finding of findings)
  console.log(`  ${finding.check}  ${finding.file}:${finding.line}  ${finding.severity}/${finding.confidence}`);
console.log(`Report (SARIF): ${report}`);
if (problems.length > 0) {
  console.error(`\nElectronegativity: ${problems.length} probleem/problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

/** Electronegativity writes the report with an unawaited fs.writeFile: wait until it is complete JSON. */
async function reportWritten() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      JSON.parse(readFileSync(report, 'utf8'));
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  console.error(`Electronegativity wrote no report at ${report}.`);
  process.exit(1);
}
