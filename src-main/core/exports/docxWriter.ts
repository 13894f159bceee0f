import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  Paragraph,
  PageNumber,
  TextRun,
  ShadingType,
  type ISectionOptions,
  type Table,
} from 'docx';
import { writeFile } from 'node:fs/promises';
import type { CollegeNote } from '../../../shared/domain/collegeNote';
import type { ExportOptions } from '../../../shared/domain/exportOptions';
import { DomainError } from '../errors';
import { heading, paragraph } from './docxBlocks';
import { growthBlocks } from './docxChart';
import { channelList, channelTables } from './docxChannels';
import { costBlocks } from './docxCosts';
import { formatShortDate } from './docxFormat';
import { agendaPoint, besluit, motivering, noteHeader, recommendations, signature } from './docxNote';
import { DOCUMENT_STYLES, SIZE, pageProperties } from './docxStyles';
import type { ExportDataset } from './exportDataset';

/**
 * A note lists every channel twice (the list and the tables): 2,000 channels are some 90 pages,
 * written in about 2 s with 320 MB; 10,000 took 11 s and 1,1 GB, and 100,000 would not fit in
 * memory. More than this is no note for the college: Excel is the export for that.
 */
export const MAX_DOCX_CHANNELS = 2000;

export interface DocxResult {
  /** Word has no formulas, so no text needs neutralising (kept for the same shape as the other writers). */
  neutralisedCells: 0;
}

/**
 * Writes the Word export to `target` (the caller wraps it with writeFileAtomically).
 * - "note": the college note in the shape of the 2014 extract (portrait), with the tables, the
 *   costs and the growth chart in a landscape annex;
 * - "tables": only the annex, to paste into the city's own template.
 * A4, page numbers "Pagina X van Y", header rows repeated on every page, language nl-BE with
 * automatic hyphenation. The note's texts: options.docx.note when the dialog sent them, else
 * `template`, the register's template (register.noteTemplate.get()).
 */
export async function writeDocx(
  dataset: ExportDataset,
  options: ExportOptions,
  target: string,
  template: CollegeNote,
): Promise<DocxResult> {
  if (dataset.channels.length > MAX_DOCX_CHANNELS) throw tooManyChannels(dataset.channels.length);
  const note = options.docx?.note ?? template;
  const variant = options.docx?.variant ?? 'note';
  const annex = annexBlocks(dataset, options.docx?.includeChart !== false);
  const sections: ISectionOptions[] =
    variant === 'note'
      ? [
          section('portrait', [...fictitiousWarning(dataset), ...noteBlocks(note, dataset)]),
          section('landscape', [heading('Bijlage: overzicht van de digitale kanalen', 1), periodLine(dataset), ...annex]),
        ]
      : [section('landscape', [...fictitiousWarning(dataset), heading(note.title, 1), periodLine(dataset), ...annex])];
  const document = new Document({
    title: note.title,
    subject: 'Overzicht van de digitale kanalen',
    creator: 'Kanalenregister',
    lastModifiedBy: 'Kanalenregister',
    description: `${dataset.registerName}: ${dataset.selectionLabel}, ${formatShortDate(dataset.from)} – ${formatShortDate(dataset.to)}`,
    styles: DOCUMENT_STYLES,
    hyphenation: { autoHyphenation: true },
    sections,
  });
  await writeFile(target, await Packer.toBuffer(document));
  return { neutralisedCells: 0 };
}

function tooManyChannels(count: number): DomainError {
  const nl = (value: number) => value.toLocaleString('nl-BE');
  return new DomainError(
    'INVALID_INPUT',
    `Een Word-nota kan hoogstens ${nl(MAX_DOCX_CHANNELS)} kanalen bevatten; deze selectie heeft er ${nl(count)}. Kies een weergave of filter met minder kanalen, of exporteer naar Excel.`,
    `A Word note can hold at most ${MAX_DOCX_CHANNELS.toLocaleString('en')} channels; this selection has ${count.toLocaleString('en')}. Choose a view or filter with fewer channels, or export to Excel.`,
    { maxChannels: MAX_DOCX_CHANNELS, channels: count },
  );
}

function noteBlocks(note: CollegeNote, dataset: ExportDataset): Array<Paragraph | Table> {
  return [
    ...noteHeader(note),
    agendaPoint(note),
    ...motivering(note, { feitenEnContext: channelList(dataset) }),
    ...recommendations(dataset.recommendations ?? []),
    ...besluit(note),
    ...signature(note),
  ];
}

function annexBlocks(dataset: ExportDataset, includeChart: boolean): Array<Paragraph | Table> {
  return [...channelTables(dataset), ...costBlocks(dataset), ...(includeChart ? growthBlocks(dataset) : [])];
}

/** "Selectie: Alle kanalen – periode 01/10/2013 tot 30/09/2014 – register Voorbeeld Mechelen 2014" */
function periodLine(dataset: ExportDataset): Paragraph {
  return paragraph([
    new TextRun(
      `Selectie: ${dataset.selectionLabel} – periode ${formatShortDate(dataset.from)} tot ${formatShortDate(dataset.to)} – register ${dataset.registerName}.`,
    ),
  ]);
}

/** A register with made-up counts says so before anything else, so the note is never taken for real figures. */
function fictitiousWarning(dataset: ExportDataset): Paragraph[] {
  if (!dataset.fictitious) return [];
  return [
    new Paragraph({
      shading: { type: ShadingType.CLEAR, fill: 'fff3c4', color: 'auto' },
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: 'Fictieve gegevens: dit register bevat verzonnen demonstratietellingen. Gebruik dit document niet als officieel stuk.',
          bold: true,
        }),
      ],
    }),
  ];
}

function section(orientation: 'portrait' | 'landscape', children: Array<Paragraph | Table>): ISectionOptions {
  return { properties: pageProperties(orientation), footers: { default: pageFooter() }, children };
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: SIZE.small, children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
