import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/api/dispatch';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { snapshotImportsHandlers } from '../../../src-main/core/snapshotImports/snapshotImportsHandlers';
import { createTempRegister, onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';
import {
  addChannel,
  batchIds,
  bytesInput,
  changeCount,
  countsOf,
  fixture,
  latestOf,
  rejection,
  snapshotImports,
} from './snapshotHelpers';

useTempDirs();

/** The Meta fixture's days and new follows: 5, 8, 9 and 11 September are left out (no follows). */
const META_DAYS = ['2014-09-03', '2014-09-04', '2014-09-06', '2014-09-07', '2014-09-10', '2014-09-12'];
const META_GAINS = [5, 3, 12, 1, 7, 2];

describe('snapshots.importPreview: the platforms exports', () => {
  it('Meta Business Suite follows (UTF-16 LE with BOM, sep=, title line): days without follows stay out', async () => {
    const { register } = createTempRegister();
    const before = changeCount(register);
    const preview = await snapshotImports(register).preview(fixture('meta-facebook-volgers.csv'));
    expect(preview).toMatchObject({
      fileName: 'meta-facebook-volgers.csv',
      format: 'meta-follows',
      metric: 'followers',
      gainsOnly: true,
      columnsUsed: [
        { header: 'Date', usedAs: 'datum' },
        { header: 'Primary', usedAs: 'nieuwe volgers per dag' },
      ],
      firstDate: '2014-09-03',
      lastDate: '2014-09-12',
      rowCount: 6,
      // No channel: no suggestion, no totals, no duplicates.
      suggestedStartCount: null,
      startCountUsed: null,
      duplicates: 0,
      problems: [],
    });
    expect(preview.rows).toEqual(META_DAYS.map((date, i) => ({ date, gain: META_GAINS[i], total: null })));
    expect(changeCount(register)).toBe(before);
  });

  it('Meta: totals from the given starting count, for the days in the file only', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('meta-facebook-volgers.csv'), startCount: 3050 });
    expect(preview.startCountUsed).toBe(3050);
    expect(preview.rows.map((r) => [r.date, r.total])).toEqual([
      ['2014-09-03', 3055],
      ['2014-09-04', 3058],
      ['2014-09-06', 3070],
      ['2014-09-07', 3071],
      ['2014-09-10', 3078],
      ['2014-09-12', 3080],
    ]);
  });

  it('suggests the latest count of that channel and metric strictly before the first day; startCount overrides it', async () => {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'facebook');
    const other = addChannel(register, 'facebook', 'Toerisme Mechelen');
    register.snapshots.add({ channelId, date: '2014-08-01', metric: 'followers', count: 2950 });
    register.snapshots.add({ channelId, date: '2014-09-01', metric: 'followers', count: 3050 });
    register.snapshots.add({ channelId, date: '2014-09-02', metric: 'likes', count: 3107 }); // another metric
    register.snapshots.add({ channelId: other, date: '2014-09-02', metric: 'followers', count: 1005 }); // another channel
    register.snapshots.add({ channelId, date: '2014-09-03', metric: 'followers', count: 3060 }); // the first day itself

    const preview = await snapshotImports(register).preview({ ...fixture('meta-facebook-volgers.csv'), channelId });
    expect(preview.suggestedStartCount).toEqual({ date: '2014-09-01', count: 3050 });
    expect(preview.startCountUsed).toBe(3050);
    expect(preview.rows[0]).toEqual({ date: '2014-09-03', gain: 5, total: 3055 });
    // 3 September already has 3060: one duplicate.
    expect(preview.duplicates).toBe(1);

    const overridden = await snapshotImports(register).preview({
      ...fixture('meta-facebook-volgers.csv'),
      channelId,
      startCount: 3055,
    });
    expect(overridden.suggestedStartCount).toEqual({ date: '2014-09-01', count: 3050 });
    expect(overridden.startCountUsed).toBe(3055);
    expect(overridden.rows[0]!.total).toBe(3060);
    expect(overridden.duplicates).toBe(0); // the same count on that day is no conflict
  });

  it('LinkedIn followers (.xlsx, sheet "New followers", MM/DD/YYYY text): month first, as LinkedIn writes it', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('linkedin-volgers.xlsx'), startCount: 100 });
    expect(preview).toMatchObject({
      format: 'linkedin-followers',
      metric: 'followers',
      gainsOnly: true,
      columnsUsed: [
        { header: 'Date', usedAs: 'datum' },
        { header: 'Total followers', usedAs: 'nieuwe volgers per dag (totaal)' },
      ],
      // 09/03/2014 is 3 September, not 9 March, although no day above 12 proves it.
      firstDate: '2014-09-03',
      lastDate: '2014-09-09',
      rowCount: 7,
      problems: [],
    });
    expect(preview.rows.map((r) => r.gain)).toEqual([5, 5, 0, 8, 2, 2, 6]);
    expect(preview.rows.map((r) => r.total)).toEqual([105, 110, 110, 118, 120, 122, 128]);
  });

  it('LinkedIn in Dutch, saved again in Excel: the "Nieuwe volgers" sheet wherever it is, real date cells', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('linkedin-nieuwe-volgers.xlsx'), startCount: 420 });
    expect(preview).toMatchObject({
      format: 'linkedin-followers',
      columnsUsed: [
        { header: 'Datum', usedAs: 'datum' },
        { header: 'Totaal aantal volgers', usedAs: 'nieuwe volgers per dag (totaal)' },
      ],
      firstDate: '2014-09-03',
      lastDate: '2014-09-05',
      problems: [],
    });
    expect(preview.rows.map((r) => r.total)).toEqual([423, 423, 426]);
  });

  it('YouTube Studio "Table data.csv": the "Total" row is skipped, newest-first days are sorted, Subscribers is the net change', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('youtube/Table data.csv'), startCount: 180 });
    expect(preview).toMatchObject({
      fileName: 'Table data.csv',
      format: 'youtube-table',
      metric: 'subscribers',
      gainsOnly: true,
      columnsUsed: [
        { header: 'Date', usedAs: 'datum' },
        { header: 'Subscribers', usedAs: 'nettogroei abonnees per dag' },
      ],
      firstDate: '2014-09-03',
      lastDate: '2014-09-07',
      rowCount: 5,
      problems: [],
    });
    expect(preview.rows).toEqual([
      { date: '2014-09-03', gain: 3, total: 183 },
      { date: '2014-09-04', gain: 3, total: 186 },
      { date: '2014-09-05', gain: 0, total: 186 },
      { date: '2014-09-06', gain: 4, total: 190 },
      { date: '2014-09-07', gain: -1, total: 189 },
    ]);
  });

  it('YouTube Studio "Totals.csv": Date and Subscribers as the net change per day', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('youtube/Totals.csv'), startCount: 180 });
    expect(preview).toMatchObject({ format: 'youtube-totals', metric: 'subscribers', gainsOnly: true, rowCount: 5 });
    expect(preview.columnsUsed).toEqual([
      { header: 'Date', usedAs: 'datum' },
      { header: 'Subscribers', usedAs: 'nettogroei abonnees per dag' },
    ]);
    expect(preview.rows.map((r) => r.total)).toEqual([183, 186, 186, 190, 189]);
  });

  it('YouTube Studio in Dutch: "Totaal" skipped, gained minus lost when there is no net column', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('youtube-nl/Tabelgegevens.csv'), startCount: 50 });
    expect(preview).toMatchObject({
      format: 'youtube-table',
      metric: 'subscribers',
      firstDate: '2014-09-03',
      lastDate: '2014-09-05',
    });
    expect(preview.columnsUsed).toEqual([
      { header: 'Datum', usedAs: 'datum' },
      { header: 'Gewonnen abonnees', usedAs: 'nieuwe abonnees per dag (opgeteld)' },
      { header: 'Verloren abonnees', usedAs: 'verloren abonnees per dag (afgetrokken)' },
    ]);
    expect(preview.rows.map((r) => [r.gain, r.total])).toEqual([
      [4, 54],
      [4, 58],
      [2, 60],
    ]);
  });

  it('a table of its own: totals as they are, no starting count needed (Windows-1252 CSV, dd/mm/yyyy, 2.950)', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('volgers-tabel.csv'), startCount: 1 });
    expect(preview).toMatchObject({
      format: 'date-count',
      metric: 'followers',
      gainsOnly: false,
      columnsUsed: [
        { header: 'Datum', usedAs: 'datum' },
        { header: 'Aantal volgers', usedAs: 'volgers (totaal)' },
      ],
      suggestedStartCount: null,
      startCountUsed: null,
      firstDate: '2014-08-01',
      lastDate: '2014-09-01',
      problems: [],
    });
    expect(preview.rows).toEqual([
      { date: '2014-08-01', gain: null, total: 2950 },
      { date: '2014-08-28', gain: null, total: 3020 },
      { date: '2014-09-01', gain: null, total: 3050 },
    ]);
  });

  it('a table of its own as a workbook with date cells', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview(fixture('tellingen.xlsx'));
    expect(preview).toMatchObject({ format: 'date-count', metric: 'followers', gainsOnly: false, firstDate: '2014-07-01' });
    expect(preview.rows.map((r) => [r.date, r.total])).toEqual([
      ['2014-07-01', 2710],
      ['2014-08-01', 2755],
      ['2014-09-01', 2776],
    ]);
  });

  it('tables: English headers, gains columns, the metric from the header or else from the channel', async () => {
    const { register } = createTempRegister();
    const youtube = addChannel(register, 'youtube');
    const service = snapshotImports(register);
    const english = await service.preview(bytesInput('counts.csv', 'date,subscribers\n2014-09-01,180\n2014-09-02,182\n'));
    expect(english).toMatchObject({ format: 'date-count', metric: 'subscribers', gainsOnly: false });
    expect(english.columnsUsed[1]).toEqual({ header: 'subscribers', usedAs: 'abonnees (totaal)' });

    const gains = await service.preview(bytesInput('groei.csv', 'Datum;Nieuwe volgers\n2014-09-01;4\n2014-09-02;-1\n'));
    expect(gains).toMatchObject({ format: 'date-count', metric: 'followers', gainsOnly: true });
    expect(gains.columnsUsed[1]).toEqual({ header: 'Nieuwe volgers', usedAs: 'nieuwe volgers per dag' });

    const plain = await service.preview(bytesInput('aantal.csv', 'Datum;Aantal\n2014-09-01;180\n'));
    expect(plain.metric).toBe('followers');
    const forYoutube = await service.preview({
      ...bytesInput('aantal.csv', 'Datum;Aantal\n2014-09-01;180\n'),
      channelId: youtube,
    });
    expect(forYoutube.metric).toBe('subscribers');
    expect(forYoutube.columnsUsed[1]).toEqual({ header: 'Aantal', usedAs: 'aantal (totaal)' });
  });

  it('UTF-16 without BOM and UTF-16 big-endian are read too', async () => {
    const { register } = createTempRegister();
    const text = 'sep=,\n"Facebook follows"\n"Date","Primary"\n"2014-09-03","5"\n"2014-09-04","3"\n';
    const le = await snapshotImports(register).preview(bytesInput('follows.csv', Buffer.from(text, 'utf16le')));
    expect(le).toMatchObject({ format: 'meta-follows', rowCount: 2, problems: [] });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const fromBe = await snapshotImports(register).preview(bytesInput('follows.csv', be));
    expect(fromBe.rows).toEqual(le.rows);
  });
});

describe('snapshots.importPreview: dates', () => {
  it('day/month only where the column proves it or the header says so; ambiguous dates are problems, never guesses', async () => {
    const { register } = createTempRegister();
    const service = snapshotImports(register);
    const ambiguous = await service.preview(bytesInput('t.csv', 'Datum;Volgers\n01/02/2014;10\n05/05/2014;11\n03/04/2014;12\n'));
    expect(ambiguous.problems.map((p) => [p.row, p.column, p.field])).toEqual([
      [2, 'A', 'date'],
      [4, 'A', 'date'],
    ]);
    expect(ambiguous.problems[0]!.message).toBe(
      "Rij 2, kolom A: '01/02/2014' kan dag/maand of maand/dag zijn; schrijf de datum als JJJJ-MM-DD.",
    );
    expect(ambiguous.problems[0]!.messageEn).toBe(
      "Row 2, column A: '01/02/2014' can be day/month or month/day; write the date as YYYY-MM-DD.",
    );
    expect(ambiguous.rows.map((r) => r.date)).toEqual(['2014-05-05']); // the same either way

    const byHeader = await service.preview(bytesInput('t.csv', 'Datum (dd/mm/jjjj);Volgers\n01/02/2014;10\n03/04/2014;12\n'));
    expect(byHeader.rows.map((r) => r.date)).toEqual(['2014-02-01', '2014-04-03']);
    const us = await service.preview(bytesInput('t.csv', 'Date,Followers\n01/02/2014,10\n01/13/2014,12\n'));
    expect(us.rows.map((r) => r.date)).toEqual(['2014-01-02', '2014-01-13']);
    const named = await service.preview(
      bytesInput(
        't.csv',
        'Date;Followers\n"Sep 2, 2014";10\n3 september 2014;11\n4 sept. 2014;12\n2014-09-05T00:00:00Z;13\n05.09.2014;14\n',
      ),
    );
    expect(named.rows.map((r) => r.date)).toEqual(['2014-09-02', '2014-09-03', '2014-09-04', '2014-09-05']);
    expect(named.problems.map((p) => p.message)).toEqual([
      'Rij 6, kolom A: 2014-09-05 staat twee keer in het bestand (ook op rij 5); een dag kan maar één aantal hebben.',
    ]);
  });
});

describe('snapshots.importPreview: problems by row and column', () => {
  it('a bad date, a count that is no whole number and a day twice, with row and column; those rows are left out', async () => {
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...fixture('youtube-problemen/Table data.csv'), startCount: 10 });
    expect(preview.problems).toEqual([
      {
        sheet: null,
        row: 4,
        column: 'A',
        field: 'date',
        message: "Rij 4, kolom A: '2014-09-31' is geen geldige datum.",
        messageEn: "Row 4, column A: '2014-09-31' is not a valid date.",
      },
      {
        sheet: null,
        row: 5,
        column: 'B',
        field: 'count',
        message: "Rij 5, kolom B: 'twee' is geen geheel getal.",
        messageEn: "Row 5, column B: 'twee' is not a whole number.",
      },
      {
        sheet: null,
        row: 6,
        column: 'A',
        field: 'date',
        message: 'Rij 6, kolom A: 2014-09-03 staat twee keer in het bestand (ook op rij 3); een dag kan maar één aantal hebben.',
        messageEn: 'Row 6, column A: 2014-09-03 is in the file twice (also in row 3); a day can have one count only.',
      },
      {
        sheet: null,
        row: 7,
        column: 'B',
        field: 'count',
        message: "Rij 7, kolom B: '1.5' is geen geheel getal.",
        messageEn: "Row 7, column B: '1.5' is not a whole number.",
      },
    ]);
    expect(preview.rows).toEqual([{ date: '2014-09-03', gain: 2, total: 12 }]);
  });

  it('in a workbook the problem names the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('New followers');
    sheet.addRow(['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers']);
    sheet.addRow(['09/03/2014', 0, 1, 0, 1]);
    sheet.addRow(['09/04/2014', 0, 1, 0, 'n.v.t.']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { register } = createTempRegister();
    const preview = await snapshotImports(register).preview({ ...bytesInput('linkedin.xlsx', bytes), startCount: 5 });
    expect(preview.problems).toEqual([
      expect.objectContaining({
        sheet: 'New followers',
        row: 3,
        column: 'E',
        message: "Blad 'New followers', rij 3, kolom E: 'n.v.t.' is geen geheel getal.",
      }),
    ]);
  });

  it('a total that goes below zero is a problem at the first day it does', async () => {
    const { register } = createTempRegister();
    const input = {
      ...bytesInput('groei.csv', 'Datum;Nieuwe volgers\n2014-09-01;-1\n2014-09-02;-5\n2014-09-03;-1\n'),
      startCount: 3,
    };
    const preview = await snapshotImports(register).preview(input);
    expect(preview.rows.map((r) => r.total)).toEqual([2, -3, -4]);
    expect(preview.problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'B',
        field: 'count',
        message:
          'Rij 3, kolom B: het totaal wordt op 2014-09-02 negatief (-3) (en op 1 latere dag): het begintal 3 is te laag, of een dag in het bestand klopt niet.',
      }),
    ]);
    const totals = await snapshotImports(register).preview(bytesInput('t.csv', 'Datum;Volgers\n2014-09-01;-4\n'));
    expect(totals.problems.map((p) => p.message)).toEqual(['Rij 2, kolom B: een aantal kan niet negatief zijn (-4).']);
  });
});

describe('broken files: a clear message in Dutch and English, nothing saved', () => {
  const cases: Array<[string, string, RegExp, RegExp]> = [
    ['Meta, wrong encoding', 'meta-verkeerde-codering.csv', /geen geldige UTF-16/, /not valid UTF-16/],
    ['Meta, not a follows export', 'meta-facebook-bereik.csv', /over 'Facebook-bereik', niet over volgers/, /not of follows/],
    ['LinkedIn, truncated .xlsx', 'linkedin-afgebroken.xlsx', /beschadigd of onvolledig/, /damaged or incomplete/],
    ['LinkedIn, old .xls', 'linkedin-volgers.xls', /\.xls, Excel 97-2003/, /old Excel file \(\.xls/],
    ['YouTube, exported per video (no dates)', 'youtube-per-video/Table data.csv', /Onbekende indeling/, /Unknown layout/],
    ['an empty file', 'leeg.csv', /is leeg/, /is empty/],
  ];
  for (const [what, file, nl, en] of cases) {
    it(what, async () => {
      const { register } = createTempRegister();
      const channelId = addChannel(register, 'facebook');
      const before = changeCount(register);
      const service = snapshotImports(register);
      const previewError = await rejection(service.preview({ ...fixture(file), channelId }));
      expect(previewError.code).toBe('INVALID_INPUT');
      expect(previewError.messageNl).toMatch(nl);
      expect(previewError.messageEn).toMatch(en);
      const commitError = await rejection(
        service.commit({ ...fixture(file), channelId, startCount: 100, onDuplicate: 'replace' }),
      );
      expect(commitError.messageNl).toBe(previewError.messageNl);
      expect(changeCount(register)).toBe(before);
      expect(countsOf(register, channelId)).toEqual([]);
    });
  }

  it('a file with problems is refused at commit with the problems, nothing saved', async () => {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'youtube');
    const before = changeCount(register);
    const error = await rejection(
      snapshotImports(register).commit({ ...fixture('youtube-problemen/Table data.csv'), channelId, startCount: 10 }),
    );
    expect(error.messageNl).toBe('Niets geïmporteerd: het bestand heeft 4 problemen. Verbeter ze en importeer opnieuw.');
    expect(error.messageEn).toBe('Nothing imported: the file has 4 problems. Correct them and import again.');
    expect(error.details).toMatchObject({ reason: 'problems', problemCount: 4 });
    expect((error.details as { problems: unknown[] }).problems).toHaveLength(4);
    expect(changeCount(register)).toBe(before);
  });
});

describe('snapshots.importCommit', () => {
  it('saves the Meta days from the suggested starting count in one undo step; the channel shows the new latest count', async () => {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'facebook');
    register.snapshots.add({ channelId, date: '2014-09-01', metric: 'followers', count: 3050 });
    const batchesBefore = batchIds(register).length;

    const result = await snapshotImports(register).commit({ ...fixture('meta-facebook-volgers.csv'), channelId });
    expect(result).toMatchObject({ saved: 6, replaced: 0, kept: 0, duplicates: [], flags: [], problems: [] });
    expect(result.batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(batchIds(register)).toHaveLength(batchesBefore + 1);
    expect(countsOf(register, channelId)).toEqual([
      { date: '2014-09-01', metric: 'followers', count: 3050 },
      { date: '2014-09-03', metric: 'followers', count: 3055 },
      { date: '2014-09-04', metric: 'followers', count: 3058 },
      { date: '2014-09-06', metric: 'followers', count: 3070 },
      { date: '2014-09-07', metric: 'followers', count: 3071 },
      { date: '2014-09-10', metric: 'followers', count: 3078 },
      { date: '2014-09-12', metric: 'followers', count: 3080 },
    ]);
    expect(latestOf(register, channelId)).toEqual({ count: 3080, metric: 'followers', date: '2014-09-12' });
    const sources = register.db.prepare(`SELECT DISTINCT source FROM follower_snapshots WHERE date > '2014-09-01'`).all();
    expect(sources).toEqual([{ source: 'Import meta-facebook-volgers.csv (Meta Business Suite, volgers)' }]);

    // One undo step takes the whole import back.
    register.history.undo();
    expect(countsOf(register, channelId)).toEqual([{ date: '2014-09-01', metric: 'followers', count: 3050 }]);
  });

  it('saves totals of a table as they are, and a given starting count for a YouTube export', async () => {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'youtube');
    const table = await snapshotImports(register).commit({ ...fixture('youtube/Totals.csv'), channelId, startCount: 180 });
    expect(table.saved).toBe(5);
    expect(countsOf(register, channelId).map((c) => [c.date, c.metric, c.count])).toEqual([
      ['2014-09-03', 'subscribers', 183],
      ['2014-09-04', 'subscribers', 186],
      ['2014-09-05', 'subscribers', 186],
      ['2014-09-06', 'subscribers', 190],
      ['2014-09-07', 'subscribers', 189],
    ]);
    const other = addChannel(register, 'linkedin');
    const counts = await snapshotImports(register).commit({ ...fixture('tellingen.xlsx'), channelId: other });
    expect(counts.saved).toBe(3);
    expect(latestOf(register, other)).toEqual({ count: 2776, metric: 'followers', date: '2014-09-01' });
  });

  it('gains without a starting count and without an earlier count in the register are refused, nothing saved', async () => {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'linkedin');
    register.snapshots.add({ channelId, date: '2014-09-20', metric: 'followers', count: 500 }); // after the file: no help
    const before = changeCount(register);
    const error = await rejection(snapshotImports(register).commit({ ...fixture('linkedin-volgers.xlsx'), channelId }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({ reason: 'start_count_missing', firstDate: '2014-09-03' });
    expect(error.messageNl).toBe(
      "Niets geïmporteerd: dit bestand (LinkedIn, volgers van de pagina) geeft alleen de groei per dag. Om daar totalen van te maken is het aantal volgers op het einde van 2014-09-02 nodig, en het register heeft voor 'Stad Mechelen' geen telling (followers) vóór 2014-09-03. Geef dat begintal op.",
    );
    expect(error.messageEn).toMatch(/needs the number of followers at the end of 2014-09-02/);
    expect(changeCount(register)).toBe(before);
  });

  it('refuses an unknown channel, and a commit without a channel', async () => {
    const { register } = createTempRegister();
    const error = await rejection(
      snapshotImports(register).commit({ ...fixture('tellingen.xlsx'), channelId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(error.code).toBe('NOT_FOUND');

    const session = new RegisterSession({ dataDir: tempDir(), actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    const handlers = snapshotImportsHandlers(session);
    const noChannel = await dispatch(handlers as never, 'snapshots.importCommit', fixture('tellingen.xlsx'));
    expect(noChannel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('flags an implausible drop but saves it', async () => {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'twitter');
    const result = await snapshotImports(register).commit({
      ...bytesInput('t.csv', 'Datum;Volgers\n2014-09-01;1000\n2014-09-02;400\n'),
      channelId,
    });
    expect(result.saved).toBe(2);
    expect(result.flags).toEqual([expect.objectContaining({ date: '2014-09-02', previous: 1000, count: 400 })]);
  });
});

describe('duplicates: ask, keep, replace', () => {
  /** A register where 4 September has another count (9999) and 6 September the same one (3070). */
  function withDuplicates() {
    const { register } = createTempRegister();
    const channelId = addChannel(register, 'facebook');
    register.snapshots.add({ channelId, date: '2014-09-01', metric: 'followers', count: 3050 });
    register.snapshots.add({ channelId, date: '2014-09-04', metric: 'followers', count: 9999 });
    register.snapshots.add({ channelId, date: '2014-09-06', metric: 'followers', count: 3070 });
    return { register, channelId, input: { ...fixture('meta-facebook-volgers.csv'), channelId } };
  }

  it('the preview counts the days that already have another count', async () => {
    const { register, input } = withDuplicates();
    expect((await snapshotImports(register).preview(input)).duplicates).toBe(1);
  });

  it('ask (the default): nothing is written and the duplicates come back', async () => {
    const { register, channelId, input } = withDuplicates();
    const before = changeCount(register);
    const result = await snapshotImports(register).commit(input);
    expect(result).toEqual({
      saved: 0,
      replaced: 0,
      kept: 0,
      duplicates: [{ channelId, date: '2014-09-04', metric: 'followers', existing: 9999, incoming: 3058 }],
      flags: [],
      problems: [],
      batchId: null,
    });
    expect(changeCount(register)).toBe(before);
    expect(await snapshotImports(register).commit({ ...input, onDuplicate: 'ask' })).toEqual(result);
  });

  it('keep: the register keeps its count, the other days are saved', async () => {
    const { register, channelId, input } = withDuplicates();
    const result = await snapshotImports(register).commit({ ...input, onDuplicate: 'keep' });
    // The duplicates are still listed (as saveCounts does), now resolved.
    expect(result).toMatchObject({
      saved: 4,
      replaced: 0,
      kept: 2,
      duplicates: [expect.objectContaining({ date: '2014-09-04' })],
    });
    expect(countsOf(register, channelId).find((c) => c.date === '2014-09-04')!.count).toBe(9999);
    expect(countsOf(register, channelId)).toHaveLength(7);
  });

  it('replace: the file wins, in the same undo step', async () => {
    const { register, channelId, input } = withDuplicates();
    const batchesBefore = batchIds(register).length;
    const result = await snapshotImports(register).commit({ ...input, onDuplicate: 'replace' });
    expect(result).toMatchObject({
      saved: 4,
      replaced: 1,
      kept: 1,
      duplicates: [expect.objectContaining({ date: '2014-09-04' })],
    });
    expect(countsOf(register, channelId).find((c) => c.date === '2014-09-04')!.count).toBe(3058);
    expect(batchIds(register)).toHaveLength(batchesBefore + 1);
    expect(latestOf(register, channelId)).toEqual({ count: 3080, metric: 'followers', date: '2014-09-12' });
  });
});
