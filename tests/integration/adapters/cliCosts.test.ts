import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostOverview } from '../../../shared/domain/costOverview';
import { runCli, USAGE } from '../../../src-main/adapters/cli';
import { openDatabase } from '../../../src-main/core/db/open';
import { Register } from '../../../src-main/core/register/register';
import { sha256File, tempDir, testAuthor, useTempDirs } from '../../helpers/tempRegister';
import { addCostOwners, windows1252 } from '../imports/costImportHelpers';

useTempDirs();

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', tempDir()], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A register file with the organisations and channels of costImportHelpers, closed again. */
function registerWithOwners(): string {
  const db = join(tempDir(), 'kosten.sqlite');
  const register = Register.create(db, testAuthor());
  try {
    addCostOwners(register);
  } finally {
    register.close();
  }
  return db;
}

function costRows(db: string) {
  const opened = openDatabase(db);
  try {
    return {
      lines: opened.prepare(`SELECT amount_cents AS cents FROM cost_lines WHERE deleted_at IS NULL ORDER BY rowid`).all(),
      batches: (
        opened.prepare(`SELECT count(DISTINCT batch_id) AS n FROM change_log WHERE entity = 'costLine'`).get() as { n: number }
      ).n,
    };
  } finally {
    opened.close();
  }
}

const FINANCE_CSV = windows1252(
  [
    'Omschrijving;Kanaal;Organisatie;Categorie;Bedrag;Datum',
    'Ontwerp affiche;Stadsbestuur Mechelen;;Aanmaak;€ 1.234,56;05/09/2014',
    'Domeinnaam;https://www.mechelen.be;;Domeinnaam;12,10;01/01/2014',
    'CMS-licentie;;Stad Mechelen;Licentie;100,00;01/03/2014',
  ].join('\r\n'),
);

describe('kanalenregister import-costs', () => {
  it('--dry-run prints the mapping, the rows and the total, and writes nothing; then the import is one step', async () => {
    const db = registerWithOwners();
    const file = join(tempDir(), 'financiën.csv');
    writeFileSync(file, FINANCE_CSV);
    const before = sha256File(db);

    const dry = await cli(['import-costs', file, '--db', db, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.err).toBe('');
    expect(dry.out).toContain("Bestand / file: financiën.csv (csv, windows-1252, scheidingsteken / separator ';')");
    expect(dry.out).toMatch(/ {2}B {3}Kanaal +-> kanaal \/ channel \(voorgesteld \/ suggested\)/);
    expect(dry.out).toMatch(/ {2}E {3}Bedrag +-> bedrag \/ amount \(voorgesteld \/ suggested\)/);
    expect(dry.out).toContain('Rijen / rows: 3; zonder problemen / without problems: 3; met problemen / with problems: 0');
    expect(dry.out).toContain('Totaal van de rijen zonder problemen / total of the rows without problems: € 1.346,66');
    expect(dry.out).toContain('Dry run: nothing was written. Without --dry-run: 3 cost lines imported.');
    expect(sha256File(db)).toBe(before);

    const imported = await cli(['import-costs', file, '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Geïmporteerd: 3 kostenlijnen; 0 rijen overgeslagen\. Eén ongedaan-maakstap: [0-9a-f-]{36}/);
    expect(imported.out).toMatch(/Imported: 3 cost lines; 0 rows skipped\. One undo step: [0-9a-f-]{36}/);
    expect(costRows(db)).toEqual({ lines: [{ cents: 123456 }, { cents: 1210 }, { cents: 10000 }], batches: 1 });
  });

  it('lists each problem by row and column and exits 1 without writing; --skip-invalid imports the rest', async () => {
    const db = registerWithOwners();
    const file = join(tempDir(), 'fouten.csv');
    writeFileSync(
      file,
      'Kanaal;Categorie;Bedrag;Datum\nOnbekend;Hosting;10;01/01/2014\nWebsite stad;Hosting;12,345.678;01/01/2014\nWebsite stad;Hosting;7,50;01/01/2014\n',
    );

    const refused = await cli(['import-costs', file, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('  Rij 2, kolom A: onbekend kanaal "Onbekend"');
    expect(refused.out).toContain('    Row 2, column A: unknown channel "Onbekend"');
    expect(refused.out).toContain("  Rij 3, kolom C: '12,345.678' is geen geldig bedrag");
    expect(refused.err).toMatch(/^Niets geïmporteerd: 2 rijen met problemen\. .*--skip-invalid/);
    expect(refused.err).toMatch(/Nothing imported: 2 rows with problems\./);
    expect(costRows(db).lines).toEqual([]);

    const skipping = await cli(['import-costs', file, '--db', db, '--skip-invalid']);
    expect(skipping.code).toBe(0);
    expect(skipping.out).toContain('Imported: 1 cost line; 2 rows skipped.');
    expect(costRows(db).lines).toEqual([{ cents: 750 }]);
  });

  it('refuses wrong arguments with the usage and exit code 2', async () => {
    const db = registerWithOwners();
    const file = join(tempDir(), 'k.csv');
    writeFileSync(file, FINANCE_CSV);
    for (const args of [
      ['import-costs', '--db', db],
      ['import-costs', file, '--db', db, '--json'],
      ['import-costs', file, '--db', db, '--year', '2014'],
      ['costs', '--db', db],
      ['costs', '--db', db, '--year', '14'],
      ['costs', '--db', db, '--year', '2015', '--to-year', '2014'],
      ['costs', '--db', db, '--year', '2014', '--allocation', 'fair'],
      ['costs', '--db', db, '--year', '2014', '--dry-run'],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(USAGE);
    }
    expect(USAGE).toMatch(/import-costs <bestand\.xlsx\|\.csv>/);
    expect(USAGE).toMatch(/costs --year <jjjj> \[--to-year <jjjj>\]/);
    expect(USAGE).toMatch(/--allocation <a> +none \| equal \| followers/);
  });
});

describe('kanalenregister costs', () => {
  it('--json prints the overview of costs.overview; the text gives the totals per year, category and channel in nl-BE', async () => {
    const db = registerWithOwners();
    const file = join(tempDir(), 'financiën.csv');
    writeFileSync(file, FINANCE_CSV);
    expect((await cli(['import-costs', file, '--db', db])).code).toBe(0);

    const json = await cli(['costs', '--db', db, '--year', '2014', '--json']);
    expect(json.code).toBe(0);
    expect(json.err).toBe('');
    const overview = JSON.parse(json.out) as CostOverview;
    expect(overview).toMatchObject({
      fromYear: 2014,
      toYear: 2014,
      allocation: 'none',
      totalCents: 134666,
      unallocatedCents: 10000,
    });
    expect(overview.years).toEqual([expect.objectContaining({ year: 2014, totalCents: 134666 })]);
    expect(overview.byCategory.find((c) => c.category === 'creation')?.totalCents).toBe(123456);
    expect(overview.byChannel.find((c) => c.channelName === 'Website stad')?.totalCents).toBe(1210);

    // The shared licence divided equally over the five channels of Stad Mechelen: 20 euro each.
    const equal = JSON.parse(
      (await cli(['costs', '--db', db, '--year', '2014', '--allocation', 'equal', '--json'])).out,
    ) as CostOverview;
    expect(equal).toMatchObject({ allocation: 'equal', totalCents: 134666, unallocatedCents: 0 });
    expect(equal.byChannel.find((c) => c.channelName === 'Website stad')).toMatchObject({
      directCents: 1210,
      allocatedCents: 2000,
    });

    const text = await cli(['costs', '--db', db, '--year', '2014', '--to-year', '2015']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^Kosten \/ costs 2014–2015; lopende kosten tot \/ running costs up to \d{4}-\d{2}-\d{2}; verdeling \/ allocation: /,
    );
    expect(text.out).toContain('Totaal / total: € 1.346,66');
    expect(text.out).toMatch(/\n {2}2014 +€ 1\.346,66\n {2}2015 +€ 0,00\n/);
    expect(text.out).toMatch(/\n {2}Aanmaak \(Creation\) +€ 1\.234,56\n/);
    expect(text.out).toMatch(/\n {2}Stadsbestuur Mechelen \(Facebook, Stad Mechelen\) +€ 1\.234,56\n/);
    expect(text.out).toContain('Gedeelde kosten, niet verdeeld / shared costs, not allocated: € 100,00');
    expect(text.out).not.toContain('\u00a0');
  });
});
