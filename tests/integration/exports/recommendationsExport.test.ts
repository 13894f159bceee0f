import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src-main/core/exports/docxWriter';
import { readExportDataset } from '../../../src-main/core/exports/readExportDataset';
import { writeXlsx } from '../../../src-main/core/exports/xlsxWriter';
import { paragraphTexts, readDocx } from '../../helpers/docxPackage';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { cellText, channelId, readWorkbook, sampleRegister, sheetRows } from './exportTestRegisters';

useTempDirs();

const PERIOD = { from: '2013-01-01', to: '2014-09-30' };

/** The sample with two accepted recommendations (one done) and one dismissed finding. */
function decidedSample() {
  const { register } = sampleRegister();
  const owner = register.people.create({ name: '=Webmaster Mechelen' });
  const toerisme = channelId(register, 'Toerisme Mechelen', 'twitter');
  const maanrock = channelId(register, 'Maanrock.be', 'website');
  const wegenwerken = channelId(register, 'Wegenwerken Mechelen', 'twitter');
  register.review.decide({ findingId: `dormant:${toerisme}`, state: 'accepted', ownerPersonId: owner.id, dueDate: '2014-10-17' });
  register.review.decide({ findingId: `own_domain:${maanrock}`, state: 'accepted' });
  register.review.decide({ findingId: `own_domain:${maanrock}`, state: 'done' });
  const duplicate = register.review.run().findings.find((f) => f.rule === 'duplicate' && f.subjectKey.includes(wegenwerken))!;
  register.review.decide({ findingId: duplicate.id, state: 'dismissed', reason: 'Wegenwerken heeft een eigen doelgroep.' });
  return register;
}

describe('recommendations in the exports', () => {
  it('the workbook gets an "Aanbevelingen" sheet with the accepted ones, formula-neutralised', async () => {
    const register = decidedSample();
    const file = join(tempDir(), 'kanalen.xlsx');
    const result = await writeXlsx(readExportDataset(register, { ...PERIOD }), {}, file);
    const workbook = await readWorkbook(file);
    const sheet = workbook.getWorksheet('Aanbevelingen')!;
    expect(sheet).toBeDefined();
    const rows = sheetRows(sheet).map((row) =>
      row.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : cellText(value))),
    );
    expect(rows[0]).toEqual(['Regel', 'Kanalen', 'Organisatie', 'Aanbeveling', 'Verantwoordelijke', 'Tegen', 'Status']);
    expect(rows.slice(1)).toEqual([
      [
        'Slapend kanaal',
        'Toerisme Mechelen (Twitter / X)',
        'Toerisme Mechelen',
        'Verwijderen. Nooit iets gepost (notitie: geen tweets?? Zo staat het in de bron: het account heeft nooit getweet, daarom staat Ooit gepost op nee.) (verantwoordelijke: =Webmaster Mechelen, tegen 17/10/2014).',
        "'=Webmaster Mechelen",
        '2014-10-17',
        'Aanvaard',
      ],
      [
        'Eigen domeinnaam',
        'Maanrock.be',
        null,
        'Samenvoegen. Eigen domeinnaam maanrock.be in plaats van mechelen.be/trefwoord. Uitgevoerd.',
        null,
        null,
        'Uitgevoerd',
      ],
    ]);
    expect(result.neutralisedCells).toBeGreaterThanOrEqual(1);
    expect(workbook.worksheets.map((s) => s.name)).toContain('Overzicht');
  });

  it('no recommendations, no sheet', async () => {
    const { register } = sampleRegister();
    const file = join(tempDir(), 'kanalen.xlsx');
    await writeXlsx(readExportDataset(register, { ...PERIOD }), {}, file);
    expect((await readWorkbook(file)).getWorksheet('Aanbevelingen')).toBeUndefined();
  });

  it('the college note shows them under "Aanbevelingen", before Besluit', async () => {
    const register = decidedSample();
    const file = join(tempDir(), 'nota.docx');
    const options = { format: 'docx' as const, ...PERIOD };
    await writeDocx(readExportDataset(register, options), options, file, register.noteTemplate.get());
    const texts = paragraphTexts((await readDocx(file)).document);
    const at = texts.indexOf('Aanbevelingen');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(texts.indexOf('Besluit'));
    expect(texts.slice(at + 1, at + 5)).toEqual([
      'Slapend kanaal: Toerisme Mechelen (Twitter / X)',
      'Verwijderen. Nooit iets gepost (notitie: geen tweets?? Zo staat het in de bron: het account heeft nooit getweet, daarom staat Ooit gepost op nee.) (verantwoordelijke: =Webmaster Mechelen, tegen 17/10/2014).',
      'Eigen domeinnaam: Maanrock.be',
      'Samenvoegen. Eigen domeinnaam maanrock.be in plaats van mechelen.be/trefwoord. Uitgevoerd.',
    ]);
    expect(texts.join('\n')).not.toContain('Wegenwerken heeft een eigen doelgroep');
  });
});
