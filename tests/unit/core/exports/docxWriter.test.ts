import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollegeNote } from '../../../../shared/domain/collegeNote';
import type { ExportOptions } from '../../../../shared/domain/exportOptions';
import { COLLEGE_NOTE_DEFAULT } from '../../../../src-main/core/exports/collegeNoteDefault';
import { MAX_DOCX_CHANNELS, writeDocx } from '../../../../src-main/core/exports/docxWriter';
import type { ExportDataset } from '../../../../src-main/core/exports/exportDataset';
import { DomainError } from '../../../../src-main/core/errors';
import { findAll, paragraphTexts, readDocx, textOf } from '../../../helpers/docxPackage';
import { tempDir, useTempDirs } from '../../../helpers/tempRegister';
import { channel, dataset, overviewWithBudget } from './docxTestDataset';

useTempDirs();

const STAD = channel({
  name: 'Stadsbestuur Mechelen',
  url: 'https://www.facebook.com/StadMechelen',
  latestMetricLabel: 'likes',
  countAtFrom: { date: '2025-01-01', count: 3000 },
  countAtTo: { date: '2025-12-01', count: 3250 },
  growth: 250,
  countsInPeriod: [
    { date: '2025-01-01', count: 3000 },
    { date: '2025-12-01', count: 3250 },
  ],
});

async function write(data: ExportDataset, options: Partial<ExportOptions> = {}, template: CollegeNote = COLLEGE_NOTE_DEFAULT) {
  const file = join(tempDir(), 'nota.docx');
  const result = await writeDocx(data, { format: 'docx', ...options }, file, template);
  return { result, ...(await readDocx(file)) };
}

describe('writeDocx', () => {
  it('writes the note texts as plain text: blank lines part paragraphs, line breaks stay, nothing is markup', async () => {
    const note: CollegeNote = {
      ...COLLEGE_NOTE_DEFAULT,
      meetingDate: '2026-12-04',
      agendaNumber: '17.',
      voorgeschiedenis: 'Eerste **alinea** met <b>tags</b> & {velden}\nen een tweede regel.\n\n\nTweede alinea.',
      adviezen: '   ',
      articles: ['=HYPERLINK("http://x","y")', 'Tweede artikel.'],
    };
    const { result, document } = await write(dataset([STAD]), {}, note);
    expect(result).toEqual({ neutralisedCells: 0 });
    const texts = paragraphTexts(document);
    expect(texts).toContain('Vergadering van 4 december 2026');
    expect(texts).toContain('17. Overzicht van de digitale kanalen van de Mechelse diensten en aanverwanten');
    const start = texts.indexOf('Voorgeschiedenis');
    expect(texts.slice(start + 1, start + 3)).toEqual([
      'Eerste **alinea** met <b>tags</b> & {velden}en een tweede regel.',
      'Tweede alinea.',
    ]);
    const first = findAll(document, 'w:p').find((p) => textOf(p).startsWith('Eerste'))!;
    expect(findAll(first, 'w:br')).toHaveLength(1);
    // An empty part keeps its heading and says "Geen.".
    expect(texts[texts.indexOf('Adviezen') + 1]).toBe('Geen.');
    expect(texts.slice(texts.indexOf('Artikel 1'), texts.indexOf('Artikel 2') + 2)).toEqual([
      'Artikel 1',
      '=HYPERLINK("http://x","y")',
      'Artikel 2',
      'Tweede artikel.',
    ]);
  });

  it('takes the texts of the dialog before the template', async () => {
    const dialog = { ...COLLEGE_NOTE_DEFAULT, title: 'Titel uit het dialoogvenster' };
    const { document } = await write(dataset([STAD]), { docx: { note: dialog } }, { ...COLLEGE_NOTE_DEFAULT, title: 'Sjabloon' });
    expect(paragraphTexts(document)).toContain('Titel uit het dialoogvenster');
    expect(paragraphTexts(document)).not.toContain('Sjabloon');
  });

  it('says first of all that a fictitious register holds made-up figures, in both variants', async () => {
    for (const variant of ['note', 'tables'] as const) {
      const { document } = await write(dataset([STAD], { fictitious: true }), { docx: { variant } });
      expect(paragraphTexts(document)[0]).toMatch(/^Fictieve gegevens: dit register bevat verzonnen demonstratietellingen\./);
    }
    const { document } = await write(dataset([STAD]));
    expect(paragraphTexts(document).some((text) => text.startsWith('Fictieve gegevens'))).toBe(false);
  });

  it('has "Aanbevelingen" before Besluit only when the dataset brings recommendations', async () => {
    const recommendations = [
      { title: 'Slapende kanalen opruimen', text: 'Verwijder de vijf Google+-pagina’s.\n\nMeld dit aan de webmasters.' },
    ];
    const { document } = await write(dataset([STAD], { recommendations }));
    const texts = paragraphTexts(document);
    const at = texts.indexOf('Aanbevelingen');
    expect(at).toBeGreaterThan(texts.indexOf('Financiële gevolgen'));
    expect(at).toBeLessThan(texts.indexOf('Besluit'));
    expect(texts.slice(at + 1, at + 4)).toEqual([
      'Slapende kanalen opruimen',
      'Verwijder de vijf Google+-pagina’s.',
      'Meld dit aan de webmasters.',
    ]);
    const without = await write(dataset([STAD], { recommendations: [] }));
    expect(paragraphTexts(without.document)).not.toContain('Aanbevelingen');
  });

  it('lists partner projects after the city, links only web addresses, and marks what is unknown', async () => {
    const partner = channel({
      name: 'Project Wolf',
      organisationKind: 'partnerproject',
      url: 'https://www.facebook.com/pr0jectw0lf',
    });
    const odd = channel({ name: '@Wegenwerken', platform: 'twitter', platformLabel: 'Twitter / X', url: 'javascript:alert(1)' });
    const { document, parts } = await write(dataset([partner, STAD, odd]));
    const texts = paragraphTexts(document);
    expect(texts.indexOf('Stadsbestuur Mechelen: https://www.facebook.com/StadMechelen (3.250 likes)')).toBeLessThan(
      texts.indexOf('Project Wolf: https://www.facebook.com/pr0jectw0lf'),
    );
    expect(texts).toContain('@Wegenwerken: javascript:alert(1)');
    const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('Target="https://www.facebook.com/pr0jectw0lf"');
    expect(rels).not.toContain('javascript:');
    const rows = findAll(document, 'w:tr').map((row) => findAll(row, 'w:tc').map(textOf));
    expect(rows).toContainEqual([
      'Stadsbestuur Mechelen',
      'Stad Mechelen',
      'https://www.facebook.com/StadMechelen',
      '–',
      'Actief',
      '3.250 likes',
      '01/12/2025',
      '+250',
    ]);
    expect(rows).toContainEqual(['Partnerprojecten']);
    expect(rows.findIndex((row) => row[0] === 'Partnerprojecten')).toBeLessThan(
      rows.findIndex((row) => row[0] === 'Project Wolf'),
    );
  });

  it('shows costs per category with the budget, per channel, budgets against actual and the unknown count', async () => {
    const costed = channel({ ...STAD, name: 'Met kosten', costByYear: { 2025: 123_456 }, knownCostCents: 123_456 });
    const { document } = await write(
      dataset([costed, channel({ name: 'Zonder kosten' })], { costOverview: overviewWithBudget() }),
    );
    const rows = findAll(document, 'w:tr').map((row) => findAll(row, 'w:tc').map(textOf));
    expect(rows).toContainEqual([
      'Jaar',
      'Hosting',
      'Advertenties / boosting',
      'Totaal',
      'Budget',
      'Verschil (budget – werkelijk)',
    ]);
    expect(rows).toContainEqual([
      '2025',
      '€\u00a0234,56',
      '€\u00a01.000,00',
      '€\u00a01.234,56',
      '€\u00a02.000,00',
      '€\u00a0765,44',
    ]);
    expect(rows).toContainEqual(['Met kosten', 'Stad Mechelen', 'Facebook', '€\u00a01.234,56', '€\u00a01.234,56']);
    expect(rows).toContainEqual([
      '2025',
      'Hele register',
      'Alle categorieën',
      '€\u00a02.000,00',
      '€\u00a01.234,56',
      '€\u00a0765,44',
    ]);
    expect(paragraphTexts(document).join('\n')).toContain(
      'Kosten onbekend: voor 1 van de 2 kanalen in deze selectie is geen enkele kost ingevoerd.',
    );
  });

  it('says there is no chart when no channel has a count in the period, and has no image then', async () => {
    const { document, parts } = await write(dataset([channel({ name: 'Zonder tellingen' })]));
    expect(paragraphTexts(document)).toContain(
      'Er zijn geen tellingen van 01/01/2025 tot 31/12/2025 voor de kanalen in deze selectie; daarom is er geen grafiek.',
    );
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });

  it('refuses more channels than a note can hold, before writing anything', async () => {
    const many = Array.from({ length: MAX_DOCX_CHANNELS + 1 }, (_, index) => channel({ name: `Kanaal ${index}` }));
    const file = join(tempDir(), 'te-groot.docx');
    const error = await writeDocx(dataset(many), { format: 'docx' }, file, COLLEGE_NOTE_DEFAULT).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      messageNl:
        'Een Word-nota kan hoogstens 2.000 kanalen bevatten; deze selectie heeft er 2.001. Kies een weergave of filter met minder kanalen, of exporteer naar Excel.',
    });
    expect(existsSync(file)).toBe(false);
  });

  it('sizes the chart to the landscape page and describes it for screen readers', async () => {
    const { document } = await write(dataset([STAD]));
    const [extent] = findAll(document, 'wp:extent');
    // 960 x 451 CSS pixels shown at most as wide as the page's text (25,7 cm = 9.252.000 EMU).
    expect(Number(extent!.attributes.cx)).toBeLessThanOrEqual(9_252_000);
    const [picture] = findAll(document, 'wp:docPr');
    expect(picture!.attributes).toMatchObject({
      name: 'Groeigrafiek',
      title: 'Aantal volgers per kanaal, 01/01/2025 – 31/12/2025',
    });
    expect(picture!.attributes.descr).toBe(
      'Lijngrafiek: Aantal volgers per kanaal, 01/01/2025 – 31/12/2025, het enige kanaal met tellingen in de periode. ' +
        'Stadsbestuur Mechelen (Facebook, likes): van 3.000 op 01/01/2025 naar 3.250 op 01/12/2025.',
    );
  });
});
