import { LineRuleType, PageOrientation, type IStylesOptions, type ISectionPropertiesOptions } from 'docx';

/**
 * Page and type of the Word export. A4 with margins of 2 cm (twips: 1/20 pt, 567 to the cm).
 * Portrait for the note's text, landscape for the wide tables of the annex.
 */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

/** The width text and tables may use, per orientation. */
export const CONTENT_WIDTH = { portrait: A4.width - 2 * MARGIN, landscape: A4.height - 2 * MARGIN };

export function pageProperties(orientation: 'portrait' | 'landscape'): ISectionPropertiesOptions {
  return {
    page: {
      // docx swaps width and height itself for a landscape page (w:orient="landscape").
      size: { ...A4, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
    },
  };
}

/**
 * Calibri is what Office installs; where it is missing (LibreOffice on Linux) the reader's
 * substitute takes its place. Every text is Belgian Dutch, so spelling and hyphenation use nl-BE.
 */
export const FONT = 'Calibri';
export const LANGUAGE = 'nl-BE';
const INK = '000000';

/** Sizes in half points. */
export const SIZE = { body: 22, table: 18, small: 18 };

/** Word's own heading styles, with their outline level: the navigation pane, PDF bookmarks and screen readers see the structure. */
const heading = (level: number, size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: INK },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
});

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: LANGUAGE } },
      // lineRule written out: without it LibreOffice reads the line height as exact and clips the chart.
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    heading1: heading(1, 28, 240),
    heading2: heading(2, 26, 240),
    heading3: heading(3, 23, 200),
    heading4: heading(4, 22, 160),
  },
  paragraphStyles: [
    {
      id: 'TableText',
      name: 'Tabeltekst',
      basedOn: 'Normal',
      run: { size: SIZE.table },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: SIZE.small, italics: true },
      paragraph: { spacing: { before: 60, after: 240 } },
    },
  ],
};
