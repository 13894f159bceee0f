import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type AllHandlers } from '../../../src-main/core/api/dispatch';
import { COST_IMPORT_FIELDS } from '../../../shared/domain/costImport';
import { DomainError } from '../../../src-main/core/errors';
import { costImportsHandlers } from '../../../src-main/core/imports/costImportsHandlers';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { createTempRegister, onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { addCostOwners, costImportService, costLinesInRegister, windows1252, workbook } from './costImportHelpers';
import { batchIds, bytesInput, changeCount } from './importHelpers';

useTempDirs();

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

const HEADER = [
  'Omschrijving',
  'Kanaal',
  'Organisatie',
  'Soort kost',
  'Bedrag (EUR)',
  'Incl. btw',
  'Factuurdatum',
  'Tot',
  'Frequentie',
  'Leverancier',
  'Factuurnummer',
  'Opmerkingen',
];

describe('imports.costs.preview and commit: a workbook', () => {
  it('suggests the mapping from Dutch headers, reads real numbers and dates, and imports every row', async () => {
    const { register } = createTempRegister();
    const owners = addCostOwners(register);
    const bytes = await workbook('Kosten 2014', [
      ['Kosten sociale media 2014'],
      HEADER,
      [
        'Hosting website',
        'https://mechelen.be/',
        '',
        'Hosting',
        25.5,
        'ja',
        utc(2014, 1, 31),
        utc(2014, 12, 31),
        'Maandelijks',
        'Combell',
        'F-2014-001',
        'Loopt door',
      ],
      [
        'Boost kerstactie',
        'Stadsbestuur Mechelen',
        'Stad Mechelen',
        'Advertenties / boosting',
        1234.56,
        'nee',
        utc(2013, 12, 20),
        null,
        '',
        'Meta',
        '',
        '',
      ],
      ['Mechelenbon', 'Cultuur', 'Cultuurcentrum', 'prijs', '60,00', '', '31/12/2013', '', 'eenmalig', '', '', ''],
      [
        'CMS-licentie',
        '',
        'Stad Mechelen',
        'Licentie / tool',
        1200,
        'ja',
        '2014-07-01',
        '',
        'jaarlijks',
        'Drupal BV',
        'BB-77',
        'Voor alle sites',
      ],
    ]);
    const service = costImportService(register);
    const before = changeCount(register);
    const preview = await service.preview(bytesInput('kosten.xlsx', bytes));

    expect(changeCount(register)).toBe(before);
    expect(preview).toMatchObject({ format: 'xlsx', sheets: ['Kosten 2014'], sheet: 'Kosten 2014', encoding: null });
    expect(preview.headers.map((h) => `${h.letter}:${h.header}`)).toEqual(
      HEADER.map((h, i) => `${String.fromCharCode(65 + i)}:${h}`),
    );
    expect(preview.mapping.map((m) => m.field)).toEqual([
      'description',
      'channel',
      'organisation',
      'category',
      'amount',
      'vatIncluded',
      'startDate',
      'endDate',
      'recurrence',
      'supplier',
      'reference',
      'notes',
    ]);
    expect(preview.mapping.every((m) => m.suggested)).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ rowCount: 4, validRowCount: 4 });
    // 25,50 + 1.234,56 + 60,00 + 1.200,00
    expect(preview.validAmountCents).toBe(2550 + 123456 + 6000 + 120000);
    expect(preview.sampleRows[0]).toEqual({
      row: 3,
      values: [
        'Hosting website',
        'https://mechelen.be/',
        '',
        'Hosting',
        '25.5',
        'ja',
        '2014-01-31',
        '2014-12-31',
        'Maandelijks',
        'Combell',
        'F-2014-001',
        'Loopt door',
      ],
    });

    const result = await service.commit(bytesInput('kosten.xlsx', bytes));
    expect(result).toMatchObject({ created: 4, skipped: 0, problems: [] });
    expect(result.batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(costLinesInRegister(register)).toEqual([
      {
        description: 'Hosting website',
        channelName: 'Website stad',
        organisationName: null,
        category: 'hosting',
        amountCents: 2550,
        vatIncluded: 1,
        startDate: '2014-01-31',
        endDate: '2014-12-31',
        recurrence: 'monthly',
        supplier: 'Combell',
        reference: 'F-2014-001',
        notes: 'Loopt door',
      },
      {
        description: 'Boost kerstactie',
        channelName: 'Stadsbestuur Mechelen',
        organisationName: null,
        category: 'advertising',
        amountCents: 123456,
        vatIncluded: 0,
        startDate: '2013-12-20',
        endDate: null,
        recurrence: 'once',
        supplier: 'Meta',
        reference: null,
        notes: null,
      },
      {
        description: 'Mechelenbon',
        channelName: 'Cultuur',
        organisationName: null,
        category: 'prizes_actions',
        amountCents: 6000,
        vatIncluded: null,
        startDate: '2013-12-31',
        endDate: null,
        recurrence: 'once',
        supplier: null,
        reference: null,
        notes: null,
      },
      {
        description: 'CMS-licentie',
        channelName: null,
        organisationName: 'Stad Mechelen',
        category: 'licence_tool',
        amountCents: 120000,
        vatIncluded: 1,
        startDate: '2014-07-01',
        endDate: null,
        recurrence: 'yearly',
        supplier: 'Drupal BV',
        reference: 'BB-77',
        notes: 'Voor alle sites',
      },
    ]);
    // "Cultuur" is two channels; the organisation column chose the Cultuurcentrum's.
    const chosen = register.db.prepare(`SELECT channel_id AS id FROM cost_lines WHERE description = 'Mechelenbon'`).get();
    expect(chosen).toEqual({ id: owners.cultuurFacebook.id });
  });

  it('refuses numbers with more than two decimals (1.234 is not 1234 euro), and bad dates and categories, by sheet, row and column', async () => {
    const { register } = createTempRegister();
    addCostOwners(register);
    const bytes = await workbook('Facturen', [
      ['Omschrijving', 'Kanaal', 'Categorie', 'Bedrag', 'Datum'],
      ['Drie decimalen', 'Website stad', 'Hosting', 1.234, utc(2014, 3, 1)],
      ['Tekst met vier decimalen', 'Website stad', 'Hosting', '12,3456', utc(2014, 3, 1)],
      ['Geen datum', 'Website stad', 'Hosting', 10, '31/02/2014'],
      ['Getal als datum', 'Website stad', 'Hosting', 10, 41700],
      ['Verkeerde soort', 'Website stad', 'Koffie', 10, utc(2014, 3, 1)],
      ['Goed', 'Website stad', 'Domeinnaam', 12.5, utc(2014, 3, 1)],
    ]);
    const preview = await costImportService(register).preview(bytesInput('facturen.xlsx', bytes));

    expect(preview).toMatchObject({ rowCount: 6, validRowCount: 1, validAmountCents: 1250 });
    expect(preview.problems.map((p) => [p.sheet, p.row, p.column, p.field])).toEqual([
      ['Facturen', 2, 'D', 'amount'],
      ['Facturen', 3, 'D', 'amount'],
      ['Facturen', 4, 'E', 'startDate'],
      ['Facturen', 5, 'E', 'startDate'],
      ['Facturen', 6, 'C', 'category'],
    ]);
    expect(preview.problems[0]).toMatchObject({
      message:
        "Blad 'Facturen', rij 2, kolom D: '1.234' is geen geldig bedrag: een bedrag heeft hoogstens twee cijfers na de komma.",
      messageEn: "Sheet 'Facturen', row 2, column D: '1.234' is not a valid amount: an amount has at most two decimals.",
    });
    expect(preview.problems[2]).toMatchObject({
      message: "Blad 'Facturen', rij 4, kolom E: '31/02/2014' is geen datum (dd/mm/jjjj of jjjj-mm-dd).",
      messageEn: "Sheet 'Facturen', row 4, column E: '31/02/2014' is not a date (dd/mm/yyyy or yyyy-mm-dd).",
    });
    expect(preview.problems[3]!.message).toContain("'41700' is een getal, geen datum");
    expect(preview.problems[4]!.message).toMatch(/^Blad 'Facturen', rij 6, kolom C: onbekende categorie 'Koffie' \(Aanmaak, /);
    expect(preview.problems[4]!.messageEn).toMatch(/^Sheet 'Facturen', row 6, column C: unknown category 'Koffie' \(Creation, /);
  });

  it('reads a date cell as its day whatever the time zone of the machine', async () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Brussels']) {
        process.env.TZ = zone;
        const { register } = createTempRegister();
        addCostOwners(register);
        const bytes = await workbook('Blad1', [
          ['Kanaal', 'Categorie', 'Bedrag', 'Startdatum', 'Einddatum'],
          ['Website stad', 'Hosting', 100, utc(2014, 1, 1), utc(2014, 12, 31)],
        ]);
        const preview = await costImportService(register).preview(bytesInput('zones.xlsx', bytes));
        expect(preview.sampleRows[0]!.values.slice(3), zone).toEqual(['2014-01-01', '2014-12-31']);
        expect(preview.problems, zone).toEqual([]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('imports.costs: a Belgian CSV', () => {
  it('reads Windows-1252 with semicolons, "€ 1.234,56" and dd/mm/jjjj, and imports it', async () => {
    const { register } = createTempRegister();
    addCostOwners(register);
    const csv = windows1252(
      [
        'Omschrijving;Kanaal;Categorie;Bedrag;Btw inbegrepen;Datum;Herhaling;Leverancier;Referentie',
        'Ontwerp affiche é;Stadsbestuur Mechelen;Aanmaak;€ 1.234,56;ja;05/09/2014;;Studio Zoë;BB-2014-12',
        'Domeinnaam;https://www.mechelen.be;Domeinnaam;12,10;nee;1-1-2014;Jaarlijks;DNS Belgium;',
        'Totaal;;;€ 1.246,66;;;;;',
      ].join('\r\n') + '\r\n',
    );
    const service = costImportService(register);
    const preview = await service.preview(bytesInput('kosten.csv', csv));

    expect(preview).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ';', sheet: null });
    expect(preview.mapping.map((m) => m.field)).toEqual([
      'description',
      'channel',
      'category',
      'amount',
      'vatIncluded',
      'startDate',
      'recurrence',
      'supplier',
      'reference',
    ]);
    // The total line is not a cost: it is neither imported nor a problem.
    expect(preview).toMatchObject({ rowCount: 2, validRowCount: 2, problems: [] });
    expect(preview.validAmountCents).toBe(123456 + 1210);
    expect(preview.sampleRows[0]!.values[3]).toBe('€ 1.234,56');

    const result = await service.commit(bytesInput('kosten.csv', csv));
    expect(result).toMatchObject({ created: 2, skipped: 0 });
    expect(costLinesInRegister(register)).toEqual([
      expect.objectContaining({
        description: 'Ontwerp affiche é',
        channelName: 'Stadsbestuur Mechelen',
        category: 'creation',
        amountCents: 123456,
        vatIncluded: 1,
        startDate: '2014-09-05',
        recurrence: 'once',
        supplier: 'Studio Zoë',
        reference: 'BB-2014-12',
      }),
      expect.objectContaining({
        description: 'Domeinnaam',
        channelName: 'Website stad',
        category: 'domain_name',
        amountCents: 1210,
        vatIncluded: 0,
        startDate: '2014-01-01',
        recurrence: 'yearly',
      }),
    ]);
  });
});

describe("imports.costs: the register's own rules", () => {
  it("an end date before the start date is a problem in the end date's column", async () => {
    const { register } = createTempRegister();
    addCostOwners(register);
    const csv = 'Kanaal;Categorie;Bedrag;Datum;Einddatum\nWebsite stad;Hosting;10;01/03/2014;28/02/2014\n';
    const preview = await costImportService(register).preview(bytesInput('data.csv', csv));
    expect(preview.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'E',
        field: 'endDate',
        message: 'Rij 2, kolom E: Einddatum ligt vóór de begindatum.',
      }),
    ]);
    expect(preview.validRowCount).toBe(0);
  });
});

describe('imports.costs: owners', () => {
  it('names unknown and ambiguous channels, unknown organisations and a wrong organisation, and creates nothing', async () => {
    const { register } = createTempRegister();
    const owners = addCostOwners(register);
    const csv = [
      'Kanaal;Organisatie;Categorie;Bedrag;Datum',
      'Onbekend kanaal;;Hosting;10;01/01/2014',
      'Jeugd;;Hosting;10;01/01/2014',
      'Jeugd;Stad Mechelen;Hosting;10;01/01/2014',
      'https://www.instagram.com/jeugdmechelen/;;Hosting;10;01/01/2014',
      'Cultuur;;Hosting;10;01/01/2014',
      'Cultuur;Stad Mechelen;Hosting;10;01/01/2014',
      'Stadsbestuur Mechelen;Cultuurcentrum;Hosting;10;01/01/2014',
      ';Dienst die niet bestaat;Hosting;10;01/01/2014',
      ';;Hosting;10;01/01/2014',
    ].join('\n');
    const service = costImportService(register);
    const organisationsBefore = register.organisations.list().length;
    const preview = await service.preview(bytesInput('eigenaars.csv', csv));

    expect(preview.problems.map((p) => [p.row, p.column, p.field])).toEqual([
      [2, 'A', 'channel'],
      [3, 'A', 'channel'],
      [4, 'A', 'channel'],
      [6, 'A', 'channel'],
      [8, 'B', 'organisation'],
      [9, 'B', 'organisation'],
      [10, 'A', 'channel'],
    ]);
    expect(preview.problems[0]!.message).toMatch(/^Rij 2, kolom A: onbekend kanaal "Onbekend kanaal"/);
    expect(preview.problems[0]!.messageEn).toMatch(/^Row 2, column A: unknown channel "Onbekend kanaal"/);
    // Same name, same organisation: only the address tells them apart.
    expect(preview.problems[2]!.message).toMatch(/^Rij 4, kolom A: er zijn 2 kanalen "Jeugd"/);
    expect(preview.problems[3]!.message).toContain('Facebook (Cultuurcentrum)');
    expect(preview.problems[3]!.message).toContain('Twitter / X (Stad Mechelen)');
    expect(preview.problems[4]).toMatchObject({
      message: "Rij 8, kolom B: het kanaal 'Stadsbestuur Mechelen' hoort bij 'Stad Mechelen', niet bij 'Cultuurcentrum'.",
      messageEn: "Row 8, column B: the channel 'Stadsbestuur Mechelen' belongs to 'Stad Mechelen', not to 'Cultuurcentrum'.",
    });
    expect(preview.problems[5]!.message).toMatch(
      /^Rij 9, kolom B: onbekende organisatie 'Dienst die niet bestaat'; de import maakt geen organisaties aan/,
    );
    expect(preview.problems[6]!.messageEn).toBe(
      'Row 10, column A: channel and organisation are blank: a cost belongs to a channel, or as a shared cost to an organisation.',
    );
    expect(preview).toMatchObject({ rowCount: 9, validRowCount: 2 });

    const refused = await service.commit(bytesInput('eigenaars.csv', csv)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).details).toMatchObject({ problemCount: 7 });
    expect(costLinesInRegister(register)).toEqual([]);

    const result = await service.commit({ ...bytesInput('eigenaars.csv', csv), skipInvalidRows: true });
    expect(result).toMatchObject({ created: 2, skipped: 7 });
    expect(result.problems).toHaveLength(7);
    const written = register.db.prepare(`SELECT channel_id AS id FROM cost_lines ORDER BY rowid`).all();
    expect(written).toEqual([{ id: owners.jeugdInstagram.id }, { id: owners.cultuurTwitter.id }]);
    expect(register.organisations.list()).toHaveLength(organisationsBefore);
    expect(register.info().channelCount).toBe(6);
  });

  it('recognises English headers and the other Dutch names finance lists use', async () => {
    const { register } = createTempRegister();
    const service = costImportService(register);
    const english = await service.preview(
      bytesInput(
        'costs.csv',
        'Description,Channel,Organisation,Category,Amount,VAT included,Start date,End date,Recurrence,Supplier,Reference,Notes\nx,y,z,Hosting,1,yes,2014-01-01,,,,,\n',
      ),
    );
    expect(english.mapping.map((m) => m.field)).toEqual([...COST_IMPORT_FIELDS]);

    const dutch = await service.preview(
      bytesInput(
        'kosten.csv',
        'Kanaal;Bedrag incl. btw;Btw inbegrepen;Startdatum;Einddatum;Bestelbon;Categorie;BTW\nx;1;ja;01/01/2014;;;Hosting;21%\n',
      ),
    );
    // "Bedrag incl. btw" is the amount; a bare "BTW" column (a rate or a VAT amount) is left alone.
    expect(dutch.mapping.map((m) => m.field)).toEqual([
      'channel',
      'amount',
      'vatIncluded',
      'startDate',
      'endDate',
      'reference',
      'category',
      null,
    ]);
  });

  it('says once which columns are missing from the mapping, and follows a changed mapping', async () => {
    const { register } = createTempRegister();
    addCostOwners(register);
    const csv = 'Wat;Waar;Hoeveel;Wanneer\nHosting;Website stad;10;01/01/2014\n';
    const service = costImportService(register);
    const preview = await service.preview(bytesInput('vrij.csv', csv));
    expect(preview.mapping.map((m) => m.field)).toEqual(['description', null, null, null]);
    expect(preview.problems.map((p) => [p.row, p.column, p.field])).toEqual([
      [1, null, 'channel'],
      [1, null, 'category'],
      [1, null, 'amount'],
      [1, null, 'startDate'],
    ]);
    expect(preview.problems[2]!.message).toBe('Rij 1: geen enkele kolom is gekoppeld aan het bedrag; koppel er een kolom aan.');

    const mapping = [
      { column: 0, field: 'category' as const },
      { column: 1, field: 'channel' as const },
      { column: 2, field: 'amount' as const },
      { column: 3, field: 'startDate' as const },
    ];
    const mapped = await service.preview({ ...bytesInput('vrij.csv', csv), mapping });
    expect(mapped).toMatchObject({ problems: [], validRowCount: 1, validAmountCents: 1000 });
    expect(mapped.mapping.every((m) => !m.suggested)).toBe(true);
  });
});

describe('imports.costs: one step', () => {
  it('writes every line in one batch that one undo takes back', async () => {
    const { register } = createTempRegister();
    addCostOwners(register);
    const csv = [
      'Kanaal;Categorie;Bedrag;Datum',
      ...Array.from(
        { length: 30 },
        (_, i) => `Website stad;Hosting;${i + 1},00;${String((i % 28) + 1).padStart(2, '0')}/03/2014`,
      ),
    ].join('\n');
    const batchesBefore = batchIds(register);
    const result = await costImportService(register).commit(bytesInput('dertig.csv', csv));

    expect(result.created).toBe(30);
    const newBatches = batchIds(register).filter((id) => !batchesBefore.includes(id));
    expect(newBatches).toEqual([result.batchId]);
    expect(costLinesInRegister(register)).toHaveLength(30);

    register.history.undo();
    expect(costLinesInRegister(register)).toEqual([]);
    register.history.redo();
    expect(costLinesInRegister(register)).toHaveLength(30);
  });
});

describe('imports.costs handlers through the dispatcher', () => {
  it('validate the input against the contract and answer values', async () => {
    const session = new RegisterSession({ dataDir: tempDir(), actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    const handlers = costImportsHandlers(session) as unknown as AllHandlers;
    const csv = bytesInput('k.csv', 'Kanaal;Categorie;Bedrag;Datum\nWebsite stad;Hosting;10;01/01/2014\n');

    expect(await dispatch(handlers, 'imports.costs.preview', csv)).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });
    await session.create(join(tempDir(), 'register.sqlite'));
    addCostOwners(session.require());

    const wrongField = await dispatch(handlers, 'imports.costs.preview', { ...csv, mapping: [{ column: 0, field: 'name' }] });
    expect(wrongField).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(handlers, 'imports.costs.preview', csv)).toMatchObject({
      ok: true,
      value: { rowCount: 1, validRowCount: 1, validAmountCents: 1000 },
    });
    expect(await dispatch(handlers, 'imports.costs.commit', csv)).toMatchObject({ ok: true, value: { created: 1 } });
  });
});
