import { BorderStyle, Paragraph, TextRun } from 'docx';
import type { CollegeNote } from '../../../shared/domain/collegeNote';
import { heading, lineRuns, paragraph, textParagraphs } from './docxBlocks';
import { formatLongDate } from './docxFormat';
import type { ExportRecommendation } from './exportDataset';

/**
 * The texts of the college note in the order of the 2014 extract: the header, who was present,
 * the agenda point, Motivering with its six parts, the recommendations, Besluit with numbered
 * articles, and the signatures. Every text is the user's plain text (see textParagraphs).
 */

const RULE = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } };

/** "STAD MECHELEN", "College van burgemeester en schepenen – Uittreksel uit de notulen", "Vergadering van 5 september 2014". */
export function noteHeader(note: CollegeNote): Paragraph[] {
  const meeting = note.meetingDate ? formatLongDate(note.meetingDate) : '[datum]';
  const present = note.present.trim();
  return [
    new Paragraph({
      children: [new TextRun({ text: note.city.toLocaleUpperCase('nl-BE'), bold: true, size: 28 })],
      spacing: { after: 60 },
    }),
    new Paragraph({
      children: [new TextRun({ text: `${note.body} – Uittreksel uit de notulen`, bold: true })],
      spacing: { after: 60 },
    }),
    new Paragraph({ children: [new TextRun({ text: `Vergadering van ${meeting}`, bold: true })], spacing: { after: 240 } }),
    ...(present
      ? [
          new Paragraph({
            children: [new TextRun({ text: 'Aanwezig: ', bold: true }), ...lineRuns(present)],
            border: RULE,
            spacing: { after: 240 },
          }),
        ]
      : []),
  ];
}

/** The agenda point as the note's main heading: "62. Overzicht van de digitale kanalen ...". */
export function agendaPoint(note: CollegeNote): Paragraph {
  const number = note.agendaNumber.trim();
  return heading(number ? `${number.replace(/\.$/, '')}. ${note.title}` : note.title, 1);
}

export const MOTIVERING_PARTS = [
  ['voorgeschiedenis', 'Voorgeschiedenis'],
  ['feitenEnContext', 'Feiten en context'],
  ['juridischeGrond', 'Juridische grond'],
  ['adviezen', 'Adviezen'],
  ['argumentatie', 'Argumentatie'],
  ['financieleGevolgen', 'Financiële gevolgen'],
] as const;

/**
 * "Motivering" and its parts, each with its text; `after` adds generated blocks under a part
 * (the channel list under "Feiten en context"). A part left empty still gets its heading, as the
 * college's template has every part, with "Geen." in place of a text.
 */
export function motivering(
  note: CollegeNote,
  after: Partial<Record<(typeof MOTIVERING_PARTS)[number][0], Paragraph[]>>,
): Paragraph[] {
  const blocks = [heading('Motivering', 2)];
  for (const [field, title] of MOTIVERING_PARTS) {
    const text = textParagraphs(note[field]);
    blocks.push(heading(title, 3), ...(text.length > 0 ? text : [paragraph([new TextRun('Geen.')])]), ...(after[field] ?? []));
  }
  return blocks;
}

/**
 * The review's recommendations (issue 7). The note has this part only when the dataset brings
 * any: an empty heading would suggest the review found nothing.
 */
export function recommendations(items: readonly ExportRecommendation[]): Paragraph[] {
  if (items.length === 0) return [];
  return [
    heading('Aanbevelingen', 2),
    ...items.flatMap((item) => [
      paragraph([new TextRun({ text: item.title, bold: true })], { keepNext: true }),
      ...textParagraphs(item.text),
    ]),
  ];
}

/** "Besluit" with "Artikel 1", "Artikel 2", ... numbered here, in the order given. */
export function besluit(note: CollegeNote): Paragraph[] {
  return [
    heading('Besluit', 2),
    ...note.articles.flatMap((article, index) => [heading(`Artikel ${index + 1}`, 3), ...textParagraphs(article)]),
  ];
}

/** The signature block, kept on one page: "Namens het college ...", "De algemeen directeur", "De burgemeester", names. */
export function signature(note: CollegeNote): Paragraph[] {
  const blocks = textParagraphs(note.signature, { keepTogether: true });
  return blocks.length === 0 ? [] : [new Paragraph({ children: [], spacing: { before: 240 } }), ...blocks];
}
