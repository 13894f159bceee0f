import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import { heading, paragraph } from './docxBlocks';
import { formatShortDate } from './docxFormat';
import { CONTENT_WIDTH } from './docxStyles';
import type { ExportDataset } from './exportDataset';
import { growthChart } from './growthChart';

/** Twips per CSS pixel (96 to the inch): the image is sized in pixels, the page in twips. */
const TWIPS_PER_PIXEL = 15;

/**
 * "Groei": the growth chart as a PNG with its caption and a text alternative for screen
 * readers, or, without counts in the period, a sentence saying so (never an empty chart).
 */
export function growthBlocks(dataset: ExportDataset): Paragraph[] {
  const chart = growthChart(dataset);
  if (!chart) {
    return [
      heading('Groei', 2),
      paragraph([
        new TextRun(
          `Er zijn geen tellingen van ${formatShortDate(dataset.from)} tot ${formatShortDate(dataset.to)} voor de kanalen in deze selectie; daarom is er geen grafiek.`,
        ),
      ]),
    ];
  }
  const width = Math.min(chart.width, Math.floor(CONTENT_WIDTH.landscape / TWIPS_PER_PIXEL));
  const height = Math.round((chart.height * width) / chart.width);
  return [
    heading('Groei', 2),
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width, height },
          altText: { name: 'Groeigrafiek', title: chart.title, description: chart.description },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', children: [new TextRun(`Figuur 1. ${chart.caption}`)] }),
  ];
}
