import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../shared/domain/exportOptions';
import { writeDocx } from '../../../src-main/core/exports/docxWriter';
import { readExportDataset } from '../../../src-main/core/exports/readExportDataset';
import { Register } from '../../../src-main/core/register/register';
import { loadSample } from '../../../src-main/core/sample/sampleRegister';
import { findAll, paragraphTexts, readDocx, textOf, type XmlElement } from '../../helpers/docxPackage';
import { convertToPdf, pdfPageCount, pdfText } from '../../helpers/officePdf';
import { onCleanup, tempDir, testAuthor, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/** The period of the 2014 decision: the 2013 campaigns, the Mechelenbon cost and the counts of 02/09/2014. */
const PERIOD = { from: '2013-01-01', to: '2014-09-30' };

/** The sample register as it ships, with the meeting and agenda number of the 2014 decision in its template. */
function sampleRegister(): Register {
  const register = Register.create(join(tempDir(), 'Voorbeeld Mechelen 2014.sqlite'), testAuthor(), { isSample: true });
  onCleanup(() => register.close());
  loadSample(register);
  register.noteTemplate.save({ ...register.noteTemplate.get(), meetingDate: '2014-09-05', agendaNumber: '62' });
  return register;
}

async function exportDocx(register: Register, options: Omit<ExportOptions, 'format'>) {
  const file = join(tempDir(), `${options.docx?.variant ?? 'note'}.docx`);
  const all = { format: 'docx' as const, ...PERIOD, ...options };
  await writeDocx(readExportDataset(register, all), all, file, register.noteTemplate.get());
  return { file, ...(await readDocx(file)) };
}

function styleOf(paragraph: XmlElement): string | undefined {
  return findAll(paragraph, 'w:pStyle')[0]?.attributes['w:val'];
}

function headings(document: XmlElement, style: string): string[] {
  return findAll(document, 'w:p')
    .filter((p) => styleOf(p) === style)
    .map(textOf);
}

/** Each table's rows as the texts of their cells. */
function tables(document: XmlElement): string[][][] {
  return findAll(document, 'w:tbl').map((table) =>
    findAll(table, 'w:tr').map((row) => findAll(row, 'w:tc').map((cell) => paragraphTexts(cell).join('\n'))),
  );
}

describe('the Word college note of the sample register', () => {
  let note: Awaited<ReturnType<typeof exportDocx>>;
  let texts: string[];

  beforeAll(async () => {
    note = await exportDocx(sampleRegister(), {});
    texts = paragraphTexts(note.document);
  });

  it('opens with the header of the college extract, the meeting and the agenda point', () => {
    expect(texts.slice(0, 3)).toEqual([
      'STAD MECHELEN',
      'College van burgemeester en schepenen – Uittreksel uit de notulen',
      'Vergadering van 5 september 2014',
    ]);
    expect(texts[3]).toMatch(/^Aanwezig: \[naam\], burgemeester/);
    expect(headings(note.document, 'Heading1')[0]).toBe(
      '62. Overzicht van de digitale kanalen van de Mechelse diensten en aanverwanten',
    );
  });

  it('has Motivering with its six parts, then Besluit with numbered articles and the signatures', () => {
    expect(headings(note.document, 'Heading2')).toEqual(['Motivering', 'Besluit', 'Kanalen per platform', 'Kosten', 'Groei']);
    expect(headings(note.document, 'Heading3').slice(0, 8)).toEqual([
      'Voorgeschiedenis',
      'Feiten en context',
      'Juridische grond',
      'Adviezen',
      'Argumentatie',
      'Financiële gevolgen',
      'Artikel 1',
      'Artikel 2',
    ]);
    const article1 = texts.indexOf('Artikel 1');
    expect(texts[article1 + 1]).toBe('Het college neemt kennis van het overzicht van de digitale kanalen in bijlage.');
    expect(texts).toContain('Namens het college van burgemeester en schepenen:');
    // No recommendations yet (issue 7): no heading that promises them.
    expect(texts).not.toContain('Aanbevelingen');
  });

  it('lists the channels per platform as the 2014 decision does, city first, then the partner projects', () => {
    const stad = texts.indexOf('Stadsbestuur Mechelen: https://www.facebook.com/StadMechelen (3.107 likes)');
    const partners = texts.indexOf('Partnerprojecten:', stad);
    const wolf = texts.indexOf('Project Wolf: https://www.facebook.com/pr0jectw0lf (1.482 likes)');
    expect(stad).toBeGreaterThan(texts.indexOf('Feiten en context'));
    expect(stad).toBeLessThan(texts.indexOf('Juridische grond'));
    expect(partners).toBeGreaterThan(stad);
    expect(wolf).toBeGreaterThan(partners);
    expect(texts).toContain('Stad Mechelen: http://twitter.com/StadMechelen (2.780 volgers)');
    // The address is a real link.
    const rels = note.parts.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toMatch(/Target="https:\/\/www\.facebook\.com\/StadMechelen" TargetMode="External"/);
  });

  it('has a table per platform whose header row repeats on every page', () => {
    const all = tables(note.document);
    const facebook = all.find((table) => table.some((row) => row[0] === 'Stadsbestuur Mechelen'))!;
    expect(facebook[0]).toEqual([
      'Naam',
      'Organisatie',
      'Adres',
      'Verantwoordelijke',
      'Status',
      'Laatste telling',
      'Datum',
      'Groei',
    ]);
    expect(facebook.find((row) => row[0] === 'Stadsbestuur Mechelen')).toEqual([
      'Stadsbestuur Mechelen',
      'Stad Mechelen',
      'https://www.facebook.com/StadMechelen',
      '–',
      'Niet beoordeeld',
      '3.107 likes',
      '02/09/2014',
      '–',
    ]);
    expect(facebook.findIndex((row) => row[0] === 'Partnerprojecten')).toBeGreaterThan(
      facebook.findIndex((row) => row[0] === 'Stadsbestuur Mechelen'),
    );
    for (const table of findAll(note.document, 'w:tbl')) {
      const [header, ...rest] = findAll(table, 'w:tr');
      expect(findAll(header!, 'w:tblHeader')).toHaveLength(1);
      for (const row of rest) expect(findAll(row, 'w:tblHeader')).toHaveLength(0);
    }
  });

  it('shows the known costs with the Mechelenbon prize of 2013', () => {
    const all = tables(note.document);
    const perYear = all.find((table) => table[0]![0] === 'Jaar' && table[0]!.includes('Prijzen en acties'))!;
    expect(perYear.find((row) => row[0] === '2013')).toEqual(['2013', '€\u00a060,00', '€\u00a060,00']);
    const perChannel = all.find((table) => table[0]![0] === 'Kanaal')!;
    expect(perChannel[0]).toEqual(['Kanaal', 'Organisatie', 'Platform', '2013', '2014', 'Totaal']);
    expect(perChannel[1]).toEqual([
      'Stadsbestuur Mechelen',
      'Stad Mechelen',
      'Facebook',
      '€\u00a060,00',
      '€\u00a00,00',
      '€\u00a060,00',
    ]);
    expect(texts.some((text) => text.includes('voor 43 van de 44 kanalen in deze selectie is geen enkele kost ingevoerd'))).toBe(
      true,
    );
  });

  it('embeds the growth chart as a PNG with a caption and a text alternative', () => {
    const media = [...note.parts.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(note.parts.get(media[0]!)!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [picture] = findAll(note.document, 'wp:docPr');
    expect(picture!.attributes.descr).toContain('Stadsbestuur Mechelen (Facebook, likes): 3.107 op 02/09/2014.');
    expect(texts.find((text) => text.startsWith('Figuur 1.'))).toBe(
      'Figuur 1. Aantal volgers per kanaal, 01/01/2013 – 30/09/2014 (de 8 kanalen met de meeste volgers, van de 24 met tellingen in de periode).',
    );
  });

  it('is A4 in nl-BE with hyphenation, page numbers, the note in portrait and the annex in landscape', () => {
    const sizes = findAll(note.document, 'w:pgSz').map((size) => size.attributes);
    expect(sizes).toEqual([
      { 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' },
      { 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' },
    ]);
    for (const margin of findAll(note.document, 'w:pgMar'))
      expect(margin.attributes).toMatchObject({ 'w:top': '1134', 'w:left': '1134' });
    const styles = note.xml('word/styles.xml');
    const defaults = findAll(styles, 'w:docDefaults')[0]!;
    expect(findAll(defaults, 'w:lang')[0]!.attributes['w:val']).toBe('nl-BE');
    expect(findAll(note.xml('word/settings.xml'), 'w:autoHyphenation')).toHaveLength(1);
    const heading1 = findAll(styles, 'w:style').find((style) => style.attributes['w:styleId'] === 'Heading1')!;
    expect(findAll(heading1, 'w:outlineLvl')[0]!.attributes['w:val']).toBe('0');
    // Both sections have a footer with "Pagina {PAGE} van {NUMPAGES}".
    expect(findAll(note.document, 'w:footerReference')).toHaveLength(2);
    const footers = [...note.parts.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name));
    for (const name of footers) {
      const footer = note.xml(name);
      expect(findAll(footer, 'w:instrText').map((instruction) => instruction.text.trim())).toEqual(['PAGE', 'NUMPAGES']);
      expect(textOf(footer)).toBe('Pagina  van ');
    }
  });

  it('converts to PDF with LibreOffice, page numbers and all', async () => {
    // A file of its own: the temp dirs of beforeAll are gone after the first test.
    const { file } = await exportDocx(sampleRegister(), {});
    const pdf = convertToPdf(file, tempDir());
    const text = pdfText(pdf);
    expect(text).toContain('Stadsbestuur Mechelen: https://www.facebook.com/StadMechelen (3.107 likes)');
    expect(text).toContain('Artikel 1');
    expect(text).toContain('€ 60,00');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
  }, 120_000);
});

describe('the tables-only Word export of the sample register', () => {
  it('has the tables and the chart, in landscape, without the note texts', async () => {
    const register = sampleRegister();
    const { file, document, parts } = await exportDocx(register, { docx: { variant: 'tables' } });
    const texts = paragraphTexts(document);
    expect(texts[0]).toBe('Overzicht van de digitale kanalen van de Mechelse diensten en aanverwanten');
    for (const absent of ['STAD MECHELEN', 'Motivering', 'Artikel 1', 'Namens het college van burgemeester en schepenen:']) {
      expect(texts).not.toContain(absent);
    }
    expect(findAll(document, 'w:pgSz').map((size) => size.attributes['w:orient'])).toEqual(['landscape']);
    const rows = findAll(document, 'w:tr').map((row) => findAll(row, 'w:tc').map(textOf));
    expect(rows).toContainEqual(expect.arrayContaining(['Stadsbestuur Mechelen', '3.107 likes', '02/09/2014']));
    expect([...parts.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);

    const text = pdfText(convertToPdf(file, tempDir()));
    expect(text).toContain('Stadsbestuur Mechelen');
    expect(text).not.toContain('Artikel 1');
  }, 120_000);

  it('leaves the chart out when asked, and says so when the period has no counts', async () => {
    const register = sampleRegister();
    const withoutChart = await exportDocx(register, { docx: { variant: 'tables', includeChart: false } });
    expect([...withoutChart.parts.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(headings(withoutChart.document, 'Heading2')).toEqual(['Kanalen per platform', 'Kosten']);

    const noCounts = await exportDocx(register, { from: '2020-01-01', to: '2020-12-31', docx: { variant: 'tables' } });
    expect([...noCounts.parts.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(paragraphTexts(noCounts.document)).toContain(
      'Er zijn geen tellingen van 01/01/2020 tot 31/12/2020 voor de kanalen in deze selectie; daarom is er geen grafiek.',
    );
  });
});
