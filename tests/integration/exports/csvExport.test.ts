import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../../shared/domain/exportOptions';
import { writeExport } from '../../../src-main/core/exports/writeExport';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { sampleRegister } from './exportTestRegisters';

useTempDirs();

async function exportCsv(path: string, table?: CsvTable): Promise<{ text: string; lines: string[] }> {
  const target = join(tempDir(), 'export.csv');
  await writeExport({
    dbPath: path,
    options: { format: 'csv', from: '2013-01-01', to: '2014-12-31', ...(table && { csv: { table } }) },
    target,
  });
  const text = readFileSync(target, 'utf8');
  return { text, lines: text.slice(1).split('\r\n') };
}

describe('CSV export', () => {
  it('never exports the bin, even when the grid it came from showed deleted channels', async () => {
    const { path, register } = sampleRegister();
    const toerisme = register.channels.list({ search: 'Toerisme Mechelen', filters: { platforms: ['twitter'] } }).rows[0]!;
    register.channels.delete([toerisme.id]);
    for (const deleted of ['include', 'only'] as const) {
      const target = join(tempDir(), `${deleted}.csv`);
      await writeExport({ dbPath: path, options: { format: 'csv', query: { deleted } }, target });
      const lines = readFileSync(target, 'utf8').slice(1).split('\r\n');
      expect(lines.some((line) => line.includes('@ToerismeMech'))).toBe(false);
      // The live channels the rest of the query selects: 43 after the deletion, header and last CRLF around them.
      expect(lines).toHaveLength(1 + 43 + 1);
    }
  });

  it('refuses a period outside the cost years (1990-2200, at most 50 years) with the field named', async () => {
    const { path } = sampleRegister();
    const target = join(tempDir(), 'old.csv');
    const refused = await writeExport({
      dbPath: path,
      options: { format: 'csv', from: '1989-06-01', to: '2014-12-31' },
      target,
    }).then(
      () => null,
      (error: unknown) => error as { messageNl: string; messageEn: string },
    );
    expect(refused?.messageNl).toMatch(/Begindatum moet tussen 1990 en 2200 liggen/);
    expect(refused?.messageEn).toMatch(/Start date must lie between 1990 and 2200/);
  });

  it('channels (the default table): UTF-8 with BOM, ";" between cells, CRLF, numbers with a decimal comma, ISO dates', async () => {
    const { path } = sampleRegister();
    const { text, lines } = await exportCsv(path);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines[0]).toBe(
      'Organisatie;Soort organisatie;Platform;Naam;Account;URL;Verantwoordelijke;Status;Laatste telling;Eenheid;Datum telling;' +
        'Groei 01/01/2013 – 31/12/2014;Kost 2013;Kost 2014;Kost totaal',
    );
    expect(lines).toHaveLength(1 + 44 + 1);
    expect(lines).toContain(
      'Stad Mechelen;Stadsdienst;Facebook;Stadsbestuur Mechelen;StadMechelen;https://www.facebook.com/StadMechelen;;Niet beoordeeld;3107;likes;2014-09-02;;60;0;60',
    );
    // A Twitter account starts with "@": written as text (see the formula-injection test).
    expect(lines).toContain(
      "Stad Mechelen;Stadsdienst;Twitter / X;Stad Mechelen;'@StadMechelen;http://twitter.com/StadMechelen;;Niet beoordeeld;2780;volgers;2014-09-02;;;;",
    );
  });

  it('growth: one row per count', async () => {
    const { path } = sampleRegister();
    const { lines } = await exportCsv(path, 'growth');
    expect(lines[0]).toBe('Kanaal;Platform;Organisatie;Datum;Aantal;Eenheid');
    expect(lines).toContain('Stadsbestuur Mechelen;Facebook;Stad Mechelen;2014-09-02;3107;likes');
    expect(lines).toHaveLength(1 + 24 + 1);
  });

  it('cost lines: a text with ";" or quotes is quoted, quotes doubled; amounts in euro', async () => {
    const { path } = sampleRegister();
    const { lines } = await exportCsv(path, 'costLines');
    expect(lines[0]).toBe(
      'Omschrijving;Kanaal;Platform;Organisatie;Gedeelde kost;Categorie;Bedrag;Btw inbegrepen;Datum;Einddatum;Herhaling;Leverancier;Referentie;Opmerkingen',
    );
    expect(lines[1]).toMatch(
      /^Mechelenbon t\.w\.v\. 60 euro \(prijs 'like en deel'-wedstrijd\);Stadsbestuur Mechelen;Facebook;Stad Mechelen;Nee;Prijzen en acties;60;;2013-12-31;;Eenmalig;;;"Prijs van .*; hier is het einde .*'Evolutie'\."$/,
    );
  });

  it('cost lines: amounts with cents keep a decimal comma, a quote in a text is doubled', async () => {
    const { register, path } = sampleRegister();
    const channel = register.channels.list({ search: 'bibliotheek', limit: 10 }).rows[0]!;
    register.costs.create({
      channelId: channel.id,
      description: 'Hosting "pro"',
      category: 'hosting',
      amountCents: 123456,
      startDate: '2014-03-01',
    });
    const { lines } = await exportCsv(path, 'costLines');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^"Hosting ""pro""";Bibliotheek Mechelen;Facebook;Bibliotheek Mechelen;Nee;Hosting;1234,56;;2014-03-01;/,
      ),
    );
  });

  it('cost totals: per channel, organisation, category and register, per year', async () => {
    const { path } = sampleRegister();
    const { lines } = await exportCsv(path, 'costTotals');
    expect(lines[0]).toBe('Totaal per;Naam;Platform;Organisatie;Jaar;Bedrag');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Kanaal;Stadsbestuur Mechelen;Facebook;Stad Mechelen;2013;60',
        'Kanaal;Stadsbestuur Mechelen;Facebook;Stad Mechelen;2014;0',
        'Organisatie;Stad Mechelen;;;2013;60',
        'Categorie;Prijzen en acties;;;2013;60',
        'Register;Voorbeeld Mechelen 2014;;;2013;60',
        'Register;Voorbeeld Mechelen 2014;;;2014;0',
      ]),
    );
  });
});
