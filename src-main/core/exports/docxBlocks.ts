import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

/**
 * The building blocks every part of the Word export is made of: paragraphs from plain text,
 * headings (Word's own heading styles, so the navigation pane and screen readers see the
 * structure), links, and tables whose header row repeats on every page.
 */

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

export function heading(text: string, level: keyof typeof HEADINGS): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], children: [new TextRun(text)] });
}

/** One paragraph of runs. */
export function paragraph(children: ParagraphChild[], options: { keepNext?: boolean; style?: string } = {}): Paragraph {
  return new Paragraph({ children, keepNext: options.keepNext, keepLines: options.keepNext, style: options.style });
}

/**
 * Typed text as paragraphs: a blank line starts a new paragraph, a single line break stays a
 * line break. Nothing is read as markup (an asterisk is an asterisk); empty text gives nothing.
 */
export function textParagraphs(text: string, options: { bold?: boolean; keepTogether?: boolean } = {}): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map(
      (block) =>
        new Paragraph({
          keepNext: options.keepTogether,
          keepLines: options.keepTogether,
          children: lineRuns(block, options.bold),
        }),
    );
}

/** A block's lines as runs, with a line break before every line but the first. */
export function lineRuns(block: string, bold?: boolean): TextRun[] {
  return block.split('\n').map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : undefined }));
}

/** Only web addresses become links; anything else in a URL field stays text. */
export function link(url: string): ParagraphChild {
  if (!/^https?:\/\//i.test(url)) return new TextRun(url);
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] });
}

export interface TableColumn {
  title: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  numeric?: boolean;
}

/** A cell: text, a web address shown as a link, or runs already made. */
export type CellContent = string | { url: string } | ParagraphChild[];

/** A data row, or a row spanning the whole table that names the rows after it ("Partnerprojecten"). */
export type TableRowContent = { cells: CellContent[]; bold?: boolean } | { group: string };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8c959f' };
const HEADER_FILL = 'dde3ea';
const GROUP_FILL = 'f0f3f6';

/**
 * A table `width` twips wide (the page's content width) with fixed column widths (long addresses
 * wrap instead of widening the table) and a header row Word and LibreOffice repeat on every
 * page (w:tblHeader).
 */
export function dataTable(columns: TableColumn[], rows: TableRowContent[], width: number): Table {
  const widths = columnWidths(columns, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
          children: [cellParagraph([new TextRun({ text: column.title, bold: true })], column.numeric)],
        }),
    ),
  });
  const body = rows.map((row) =>
    'group' in row
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: columns.length,
              width: { size: width, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, fill: GROUP_FILL, color: 'auto' },
              children: [cellParagraph([new TextRun({ text: row.group, bold: true })], false, true)],
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: columns.map(
            (column, index) =>
              new TableCell({
                width: { size: widths[index]!, type: WidthType.DXA },
                children: [cellParagraph(cellRuns(row.cells[index] ?? '', row.bold), column.numeric)],
              }),
          ),
        }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Narrow side margins (0,15 cm): more room for text in the many columns of the annex.
    margins: { left: 85, right: 85 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

/** Whole twips in proportion to the weights, adding up to `width` exactly (the rest goes to the first column). */
function columnWidths(columns: TableColumn[], width: number): number[] {
  const weights = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => Math.floor((column.weight / weights) * width));
  widths[0]! += width - widths.reduce((sum, part) => sum + part, 0);
  return widths;
}

function cellRuns(content: CellContent, bold?: boolean): ParagraphChild[] {
  if (typeof content === 'string') return [new TextRun({ text: content, bold })];
  if ('url' in content) return [link(content.url)];
  return content;
}

function cellParagraph(children: ParagraphChild[], numeric?: boolean, keepNext?: boolean): Paragraph {
  return new Paragraph({
    style: 'TableText',
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    keepNext,
    children,
  });
}
