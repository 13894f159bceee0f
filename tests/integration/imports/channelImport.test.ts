import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type AllHandlers } from '../../../src-main/core/api/dispatch';
import { DomainError } from '../../../src-main/core/errors';
import { importsHandlers } from '../../../src-main/core/imports/importsHandlers';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { createTempRegister, onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { batchIds, bytesInput, changeCount, channelsInRegister, fixture, importService } from './importHelpers';

useTempDirs();

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'expected a DomainError').toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('imports.channels.preview', () => {
  it('reads the Dutch inventory workbook: header under a title, suggested mapping, the one bad row', async () => {
    const { register } = createTempRegister();
    const preview = await importService(register).preview(fixture('inventaris.xlsx'));

    expect(preview).toMatchObject({
      fileName: 'inventaris.xlsx',
      format: 'xlsx',
      sheets: ['Kanalen', 'Toelichting'],
      sheet: 'Kanalen',
    });
    expect(preview.encoding).toBeNull();
    expect(preview.headers.map((h) => `${h.letter}:${h.header}`)).toEqual([
      'A:Naam',
      'B:Platform',
      'C:URL',
      'D:Account',
      'E:Organisatie',
      'F:Soort organisatie',
      'G:Verantwoordelijke',
      'H:E-mail verantwoordelijke',
      'I:Status',
      'J:Doelgroep',
      'K:Doel',
      'L:Aangemaakt door webmasters?',
      'M:Opmerkingen',
      'N:Volgers',
    ]);
    expect(preview.mapping.map((m) => m.field)).toEqual([
      'name',
      'platform',
      'url',
      'handle',
      'organisation',
      'organisationKind',
      'responsiblePerson',
      'responsibleEmail',
      'status',
      'audience',
      'purpose',
      'createdByWebmasters',
      'notes',
      null,
    ]);
    expect(preview.mapping.slice(0, 13).every((m) => m.suggested)).toBe(true);
    expect(preview.mapping[13]).toEqual({ column: 13, field: null, suggested: false });

    expect(preview.rowCount).toBe(7);
    expect(preview.validRowCount).toBe(6);
    expect(preview.problems).toEqual([
      {
        sheet: 'Kanalen',
        row: 7,
        column: 'B',
        field: 'platform',
        message: "Blad 'Kanalen', rij 7, kolom B: onbekend platform 'Faceboek'.",
        messageEn: "Sheet 'Kanalen', row 7, column B: unknown platform 'Faceboek'.",
      },
    ]);
    // Rows keep the numbers Excel shows; a date in a text column becomes ISO text; a merged cell reads as its top-left value.
    expect(preview.sampleRows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(preview.sampleRows[0]!.values[12]).toBe('2014-09-05');
    expect(preview.sampleRows[0]!.values[13]).toBe('3107');
    expect(preview.sampleRows[3]!.values[4]).toBe('Cultuurcentrum');
    expect(preview.newOrganisations).toEqual(['Communicatie', 'Cultuurcentrum', 'Archief', 'Partnerproject Maanrock']);
    expect(preview.newPeople).toEqual(['Jan Peeters', 'Els Vermeulen']);
  });

  it('writes nothing', async () => {
    const { register, path } = createTempRegister();
    const before = changeCount(register);
    await importService(register).preview(fixture('inventaris.xlsx'));
    await importService(register).preview(fixture('inventaris-utf8-bom.csv'));
    expect(changeCount(register)).toBe(before);
    expect(channelsInRegister(register)).toEqual([]);
    expect(path).toBeTruthy();
  });

  it('reads the same inventory as a UTF-8 CSV with BOM and semicolons, row for row', async () => {
    const { register } = createTempRegister();
    const fromCsv = await importService(register).preview(fixture('inventaris-utf8-bom.csv'));
    const fromXlsx = await importService(register).preview(fixture('inventaris.xlsx'));
    expect(fromCsv).toMatchObject({ format: 'csv', sheets: [], sheet: null, encoding: 'utf-8', separator: ';' });
    expect(fromCsv.headers[0]!.header).toBe('Naam'); // the BOM is not part of the first header
    expect(fromCsv.mapping).toEqual(fromXlsx.mapping);
    expect(fromCsv.sampleRows).toEqual(fromXlsx.sampleRows);
    expect(fromCsv.problems).toEqual([
      expect.objectContaining({ sheet: null, row: 7, column: 'B', message: "Rij 7, kolom B: onbekend platform 'Faceboek'." }),
    ]);
    expect(fromCsv.newOrganisations).toEqual(fromXlsx.newOrganisations);
  });

  it('detects a Windows-1252 CSV and keeps é, ë, € and the dash', async () => {
    const { register } = createTempRegister();
    const preview = await importService(register).preview(fixture('accenten-windows-1252.csv'));
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: ';', rowCount: 2, validRowCount: 2, problems: [] });
    expect(preview.sampleRows[0]!.values).toEqual([
      'Zoë’s café',
      'Facebook',
      'https://www.facebook.com/zoescafe',
      'Dienst Économie',
      'Budget 500 € — ´t is gezellig',
    ]);
    expect(preview.newOrganisations).toEqual(['Dienst Économie', 'Bibliotheek']);

    // Forcing the wrong encoding is the caller's choice: the text shows it.
    const forced = await importService(register).preview({ ...fixture('accenten-windows-1252.csv'), encoding: 'utf-8' });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.sampleRows[0]!.values[0]).toContain('\uFFFD');
  });

  it('reads English headers, commas, quoted commas, doubled quotes and line breaks inside quotes', async () => {
    const { register } = createTempRegister();
    const preview = await importService(register).preview(fixture('inventory-english.csv'));
    expect(preview).toMatchObject({ encoding: 'utf-8', separator: ',', rowCount: 3, validRowCount: 3, problems: [] });
    expect(preview.mapping.map((m) => m.field)).toEqual([
      'name',
      'platform',
      'url',
      'organisation',
      'responsiblePerson',
      'status',
      'audience',
      'notes',
    ]);
    // One record over two lines is one row, as Excel shows it.
    expect(preview.sampleRows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(preview.sampleRows[0]!.values).toEqual([
      'Library, Mechelen',
      'Facebook',
      'https://www.facebook.com/bibliotheekmechelen',
      'Library',
      'Ann Smith',
      'Active',
      'Readers, students',
      'Line one\nline two',
    ]);
    expect(preview.sampleRows[1]!.values[7]).toBe('He said "hi", twice');
    expect(preview.newPeople).toEqual(['Ann Smith']);

    const forced = await importService(register).preview({ ...fixture('inventory-english.csv'), separator: ';' });
    expect(forced.separator).toBe(';');
    expect(forced.headers).toHaveLength(1);
    expect(forced.problems.map((p) => p.field)).toEqual(['name', 'platform']); // nothing can be mapped
    expect(forced.validRowCount).toBe(0);
  });

  it('uses cached formula results without evaluating, and reports error cells and formulas without a result', async () => {
    const { register } = createTempRegister();
    const preview = await importService(register).preview(fixture('formules.xlsx'));
    expect(preview.sampleRows.map((r) => r.values)).toEqual([
      ['Formule kanaal', 'Facebook', 'https://www.facebook.com/formule', '2', 'Actief'],
      ['Fout kanaal', 'Twitter', 'https://twitter.com/fout', 'x', '#REF!'],
      ['Zonder uitkomst', 'Instagram', 'https://www.instagram.com/zonder', '#FORMULE?', 'Actief'],
      ['Stad Mechelen', 'YouTube', 'https://www.youtube.com/@stadmechelen', '', 'Actief'],
    ]);
    expect(preview.problems.map((p) => p.message)).toEqual([
      "Blad 'Formules', rij 3, kolom E: de cel bevat een foutwaarde (#REF!).",
      expect.stringMatching(/^Blad 'Formules', rij 4, kolom D: de formule in deze cel heeft geen opgeslagen uitkomst/),
    ]);
    expect(preview.problems[0]!.messageEn).toBe("Sheet 'Formules', row 3, column E: the cell holds an error value (#REF!).");
    expect(preview.validRowCount).toBe(2);
  });

  it('matches existing organisations and people by name, ignoring case and accents', async () => {
    const { register } = createTempRegister();
    register.organisations.create({ name: 'COMMUNICATIE', kind: 'stadsdienst' });
    register.people.create({ name: 'jan peeters' });
    register.people.create({ name: 'Éls Vermeulen' });
    const preview = await importService(register).preview(fixture('inventaris.xlsx'));
    expect(preview.newOrganisations).toEqual(['Cultuurcentrum', 'Archief', 'Partnerproject Maanrock']);
    expect(preview.newPeople).toEqual([]);
  });

  it('reports duplicates within the file and against the register', async () => {
    const { register } = createTempRegister();
    register.channels.create({
      kind: 'social',
      platform: 'instagram',
      name: 'Bestaand',
      url: 'https://instagram.com/ccmechelen',
    });
    const csv = [
      'Naam;URL',
      'Stad op X;https://x.com/StadMechelen',
      'Stad op Twitter;http://twitter.com/stadmechelen?ref_src=abc',
      'CC;https://www.instagram.com/ccmechelen/',
      'Site;https://www.mechelen.be/',
      'Site opnieuw;mechelen.be',
    ].join('\n');
    const preview = await importService(register).preview(bytesInput('dubbel.csv', csv));
    expect(preview.problems.map((p) => [p.row, p.column, p.field, p.message])).toEqual([
      [3, 'B', 'url', 'Rij 3, kolom B: hetzelfde kanaal als rij 2 (zelfde adres of account).'],
      [4, 'B', 'url', "Rij 4, kolom B: dit kanaal staat al in het register als 'Bestaand' (zelfde adres of account)."],
      [6, 'B', 'url', 'Rij 6, kolom B: hetzelfde kanaal als rij 5 (zelfde adres of account).'],
    ]);
    expect(preview.validRowCount).toBe(2);
  });

  it('reads each field: platform from the URL, derived name and handle, labels, yes/no, organisation kind', async () => {
    const { register } = createTempRegister();
    const csv = [
      'Naam,Platform,URL,Account,Soort kanaal,Status,Webmasters,Organisatie,Type organisatie,Contactpersoon,E-mail',
      ',,https://www.facebook.com/bibliotheekmechelen?fref=ts,,,Te schrappen,x,Bib,EVA,,bib@mechelen.be',
      'Faceboek-pagina,Twitter,https://www.facebook.com/iets,,,Actief,ja,,,,',
      'Zonder platform,,,@iemand,,,,,,,',
      'Vreemd,Facebook,niet een adres,,,Bijna,misschien,Bib,Gemeente,Iemand,geen-mail',
      'Blog,Ander,https://blog.example.org/mechelen,,website,,,,,,',
    ].join('\n');
    const preview = await importService(register).preview(bytesInput('velden.csv', csv));
    expect(preview.mapping.map((m) => m.field)).toEqual([
      'name',
      'platform',
      'url',
      'handle',
      'kind',
      'status',
      'createdByWebmasters',
      'organisation',
      'organisationKind',
      'responsiblePerson',
      'responsibleEmail',
    ]);
    expect(preview.problems.map((p) => `${p.row}${p.column ?? ''} ${p.field}: ${p.messageEn}`)).toEqual([
      '3B platform: Row 3, column B: the platform is Twitter / X, but the URL is a Facebook address.',
      '4B platform: Row 4, column B: the platform is missing, and there is no URL to tell it from.',
      "5C url: Row 5, column C: 'niet een adres' is not a web address (http:// or https://).",
      "5F status: Row 5, column F: unknown status 'Bijna' (Active, Passive, Dormant, To remove, Removed or blank).",
      "5G createdByWebmasters: Row 5, column G: 'misschien' is not yes or no.",
      "5I organisationKind: Row 5, column I: unknown kind of organisation 'Gemeente' (City department, AGB, EVA, Partner project or Other).",
      "5K responsibleEmail: Row 5, column K: 'geen-mail' is not a valid e-mail address.",
    ]);
    expect(preview.validRowCount).toBe(2);
    expect(preview.newOrganisations).toEqual(['Bib']);
    expect(preview.newPeople).toEqual(['bib@mechelen.be']);

    const result = await importService(register).commit({ ...bytesInput('velden.csv', csv), skipInvalidRows: true });
    expect(result).toMatchObject({ created: 2, skipped: 3, organisationsCreated: 1, peopleCreated: 1 });
    expect(channelsInRegister(register)).toEqual([
      expect.objectContaining({
        name: 'bibliotheekmechelen',
        kind: 'social',
        platform: 'facebook',
        handle: 'bibliotheekmechelen',
        url: 'https://www.facebook.com/bibliotheekmechelen',
        status: 'to_remove',
        createdByWebmasters: 1,
        organisationName: 'Bib',
        organisationKind: 'eva',
        personName: 'bib@mechelen.be',
        personEmail: 'bib@mechelen.be',
      }),
      expect.objectContaining({
        name: 'Blog',
        kind: 'website',
        platform: 'other',
        url: 'https://blog.example.org/mechelen',
        handle: null,
      }),
    ]);
  });

  it('reports each field once: a missing name, a name too long for the register', async () => {
    const { register } = createTempRegister();
    const csv = ['Naam;Platform;Organisatie', ';Facebook;Bib', `${'x'.repeat(301)};Facebook;Bib`, 'Goed;Website;Bib'].join('\n');
    const preview = await importService(register).preview(bytesInput('namen.csv', csv));
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Rij 2, kolom A: de naam ontbreekt (en er is geen account of URL om ze uit af te leiden).',
      'Rij 3, kolom A: Naam is te groot (maximum 300).',
    ]);
    expect(preview.validRowCount).toBe(1);
  });

  it('applies a mapping override per column and says which entries were suggested', async () => {
    const { register } = createTempRegister();
    const preview = await importService(register).preview({
      ...fixture('inventaris.xlsx'),
      mapping: [
        { column: 12, field: null },
        { column: 13, field: 'notes' },
      ],
    });
    expect(preview.mapping[12]).toEqual({ column: 12, field: null, suggested: false });
    expect(preview.mapping[13]).toEqual({ column: 13, field: 'notes', suggested: false });
    expect(preview.mapping[0]).toEqual({ column: 0, field: 'name', suggested: true });

    const twice = await rejection(
      importService(register).preview({ ...fixture('inventaris.xlsx'), mapping: [{ column: 0, field: 'url' }] }),
    );
    expect(twice.code).toBe('INVALID_INPUT');
    expect(twice.messageNl).toBe("Kolom A en kolom C zijn allebei gekoppeld aan 'url'; een veld kan maar uit één kolom komen.");
    expect(twice.details).toMatchObject({ reason: 'mapping', field: 'url' });

    const outside = await rejection(
      importService(register).preview({ ...fixture('inventaris.xlsx'), mapping: [{ column: 40, field: 'notes' }] }),
    );
    expect(outside.messageEn).toMatch(/names column AO, but the file has only 14 columns \(up to N\)/);
  });

  it('reads another sheet on request, and names the sheets when the requested one does not exist', async () => {
    const { register } = createTempRegister();
    const explanation = await rejection(importService(register).preview({ ...fixture('inventaris.xlsx'), sheet: 'Toelichting' }));
    expect(explanation.details).toMatchObject({ reason: 'no_data' });
    expect(explanation.messageNl).toMatch(/blad 'Toelichting'/);
    const missing = await rejection(importService(register).preview({ ...fixture('inventaris.xlsx'), sheet: 'Bestaat niet' }));
    expect(missing.messageNl).toBe("De werkmap heeft geen blad 'Bestaat niet'. Bladen: 'Kanalen', 'Toelichting'.");
    expect(missing.messageEn).toBe("The workbook has no sheet 'Bestaat niet'. Sheets: 'Kanalen', 'Toelichting'.");
  });
});

describe('imports.channels.commit', () => {
  it('refuses while there are problems, listing them, and writes nothing', async () => {
    const { register } = createTempRegister();
    const before = changeCount(register);
    const error = await rejection(importService(register).commit(fixture('inventaris.xlsx')));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.messageNl).toMatch(/^Niets geïmporteerd: het bestand heeft 1 probleem/);
    expect(error.messageEn).toMatch(/^Nothing imported: the file has 1 problem/);
    expect(error.details).toEqual({
      problemCount: 1,
      problems: [expect.objectContaining({ sheet: 'Kanalen', row: 7, column: 'B', field: 'platform' })],
    });
    expect(changeCount(register)).toBe(before);
    expect(channelsInRegister(register)).toEqual([]);
  });

  it('with skipInvalidRows imports the other rows, organisations and people in one batch', async () => {
    const { register } = createTempRegister();
    expect(changeCount(register)).toBe(0);
    const result = await importService(register).commit({ ...fixture('inventaris.xlsx'), skipInvalidRows: true });
    expect(result).toMatchObject({ created: 6, skipped: 1, organisationsCreated: 4, peopleCreated: 2 });
    expect(result.problems).toHaveLength(1);
    expect(result.batchId).toMatch(/^[0-9a-f-]{36}$/);
    // One transaction, one undo step: every change row carries the same batch id.
    expect(batchIds(register)).toEqual([result.batchId]);

    const channels = channelsInRegister(register);
    expect(channels.map((c) => c.name)).toEqual([
      'Stad Mechelen',
      'Stad Mechelen',
      'Cultuurcentrum Mechelen',
      'Stadsarchief',
      'stadmechelen',
      'Maanrock',
    ]);
    expect(channels[0]).toEqual({
      name: 'Stad Mechelen',
      kind: 'social',
      platform: 'facebook',
      handle: 'StadMechelen',
      url: 'https://www.facebook.com/StadMechelen',
      status: 'active',
      audience: 'Alle inwoners',
      purpose: 'Nieuws en dienstverlening',
      notes: '2014-09-05',
      createdByWebmasters: 1,
      organisationName: 'Communicatie',
      organisationKind: 'stadsdienst',
      personName: 'Jan Peeters',
      personEmail: 'jan.peeters@mechelen.be',
    });
    expect(channels[1]).toMatchObject({ platform: 'twitter', handle: '@StadMechelen', url: 'https://twitter.com/StadMechelen' });
    expect(channels[2]).toMatchObject({
      platform: 'instagram',
      handle: 'ccmechelen',
      status: 'passive',
      createdByWebmasters: 0,
      organisationName: 'Cultuurcentrum',
      organisationKind: 'agb',
      personEmail: 'els@ccmechelen.be',
    });
    expect(channels[3]).toMatchObject({
      kind: 'website',
      platform: 'website',
      status: null,
      organisationKind: 'other',
      personName: null,
    });
    expect(channels[4]).toMatchObject({
      platform: 'youtube',
      handle: 'stadmechelen',
      status: 'dormant',
      organisationName: 'Communicatie',
    });
    expect(channels[5]).toMatchObject({
      url: 'http://maanrock.be',
      createdByWebmasters: null,
      organisationKind: 'partnerproject',
    });
    expect(register.organisations.list()).toHaveLength(4);
    expect(register.people.list().map((p) => p.name)).toEqual(['Els Vermeulen', 'Jan Peeters']);
  });

  it('imports a clean file without skipInvalidRows; importing it again finds every row already there', async () => {
    const { register } = createTempRegister();
    const first = await importService(register).commit(fixture('inventory-english.csv'));
    expect(first).toMatchObject({ created: 3, skipped: 0, problems: [], organisationsCreated: 3, peopleCreated: 1 });
    expect(channelsInRegister(register).map((c) => [c.name, c.platform, c.status, c.url, c.notes])).toEqual([
      ['Library, Mechelen', 'facebook', 'active', 'https://www.facebook.com/bibliotheekmechelen', 'Line one\nline two'],
      ['City of Mechelen', 'twitter', 'dormant', 'https://twitter.com/StadMechelen', 'He said "hi", twice'],
      ['Tourism, Visit Mechelen', 'instagram', 'to_remove', 'https://www.instagram.com/visitmechelen', null],
    ]);

    const before = changeCount(register);
    const again = await rejection(importService(register).commit(fixture('inventory-english.csv')));
    expect(again.details).toMatchObject({ problemCount: 3 });
    const skipped = await importService(register).commit({ ...fixture('inventory-english.csv'), skipInvalidRows: true });
    expect(skipped).toMatchObject({ created: 0, skipped: 3, batchId: null });
    expect(changeCount(register)).toBe(before);
  });

  it('re-reads the file with the confirmed mapping (stateless)', async () => {
    const { register } = createTempRegister();
    const result = await importService(register).commit({
      ...fixture('inventaris.xlsx'),
      skipInvalidRows: true,
      mapping: [
        { column: 4, field: null },
        { column: 5, field: null },
        { column: 6, field: null },
        { column: 7, field: null },
        { column: 12, field: null },
        { column: 13, field: 'notes' },
      ],
    });
    expect(result).toMatchObject({ created: 6, organisationsCreated: 0, peopleCreated: 0 });
    expect(channelsInRegister(register)[0]).toMatchObject({ notes: '3107', organisationName: null, personName: null });
  });

  it('refuses a mapping that leaves no name and no platform source, without writing', async () => {
    const { register } = createTempRegister();
    const error = await rejection(
      importService(register).commit({
        ...fixture('inventory-english.csv'),
        mapping: [
          { column: 0, field: null },
          { column: 1, field: null },
          { column: 2, field: null },
        ],
      }),
    );
    expect((error.details as { problems: Array<{ message: string }> }).problems.map((p) => p.message)).toEqual([
      'Rij 1: geen enkele kolom is gekoppeld aan de naam, de URL of het account; koppel er minstens één.',
      'Rij 1: geen enkele kolom is gekoppeld aan het platform of de URL; koppel er minstens één.',
    ]);
    expect(changeCount(register)).toBe(0);
  });
});

describe('imports handlers through the dispatcher', () => {
  it('validate the input against the contract, answer values, and refuse without an open register', async () => {
    const session = new RegisterSession({ dataDir: tempDir(), actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    const handlers = importsHandlers(session) as unknown as AllHandlers;

    const none = await dispatch(handlers, 'imports.channels.preview', fixture('inventory-english.csv'));
    expect(none).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });

    await session.create(join(tempDir(), 'register.sqlite'));
    const notBase64 = await dispatch(handlers, 'imports.channels.preview', { fileName: 'x.csv', contentBase64: 'no base64!' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const preview = await dispatch(handlers, 'imports.channels.preview', fixture('inventaris.xlsx'));
    expect(preview).toMatchObject({ ok: true, value: { rowCount: 7, validRowCount: 6 } });

    const refusedCommit = await dispatch(handlers, 'imports.channels.commit', fixture('inventaris.xlsx'));
    expect(refusedCommit).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { problemCount: 1, problems: [{ row: 7, column: 'B' }] } },
    });

    const committed = await dispatch(handlers, 'imports.channels.commit', {
      ...fixture('inventaris.xlsx'),
      skipInvalidRows: true,
    });
    expect(committed).toMatchObject({ ok: true, value: { created: 6, skipped: 1 } });
    expect(session.require().info().channelCount).toBe(6);

    const broken = await dispatch(handlers, 'imports.channels.preview', fixture('afgebroken.xlsx'));
    expect(broken).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { reason: 'zip_invalid' } } });
  });
});
